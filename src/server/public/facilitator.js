// The facilitator's page: who has sealed (never what), the turn timer, resolve, pause, end,
// injects with their previews, new codes, and the world and the debrief.
import { fill, h, markdown, section, table } from './dom.js';
import { forcesSection, indicesCard, newsSection, scoresSection, sizeBars, tensionSection, treatiesSection, turnText } from './world.js';

const TIMERS = [null, 60, 120, 180, 300, 480, 600, 900];

/** Mount the facilitator's page in `root`; returns the handlers the connection feeds. */
export function facilitatorPage(root, link) {
  let state = null;
  let note = null;

  const command = (message, confirmText = null) => {
    if (confirmText && !window.confirm(confirmText)) return;
    link.send(message);
  };

  const render = () => {
    if (!state) return;
    const view = state.view;
    const world = view.world;
    const next = world.turn.next;
    const waiting = view.teams.filter((t) => !t.sealed).map((t) => t.name);
    const over = view.phase === 'over';
    const teams = table(['team', 'pages', 'order', 'code', ''], view.teams.map((t) => [
      t.name,
      String(t.clients),
      over ? h('span', { class: 'muted' }, t.heldLate ? 'held the last turn' : '—')
        : h('span', { class: t.sealed ? 'good' : 'muted', 'data-team': t.actor }, t.sealed ? '✓ sealed' : t.heldLate ? 'waiting (held last turn)' : 'waiting'),
      h('code', {}, t.code),
      h('button', { type: 'button', class: 'secondary', onclick: () => command({ type: 'resetCode', team: t.actor }, `Give ${t.name} a new code? Its pages are disconnected and must join again with the new one.`) }, 'New code'),
    ]));
    const timerSelect = h('select', { id: 'timer-select', 'aria-label': 'Turn timer' }, TIMERS.map((s) => h('option', { value: s === null ? '' : String(s), selected: s === view.timerSeconds }, s === null ? 'no timer' : `${s / 60} min a turn`)));
    const controls = over ? null : h('div', { class: 'controls' },
      h('button', { type: 'button', id: 'resolve', disabled: view.phase !== 'orders', onclick: () => command({ type: 'resolve', turn: next.number }, waiting.length > 0 ? `Resolve now? ${waiting.join(', ')} ${waiting.length > 1 ? 'have' : 'has'} not sealed and will hold.` : null) }, 'Resolve the turn now'),
      h('label', {}, 'Timer ', timerSelect),
      h('button', { type: 'button', class: 'secondary', onclick: () => command({ type: 'timer', seconds: timerSelect.value === '' ? null : Number(timerSelect.value) }) }, 'Set'),
      view.phase === 'paused'
        ? h('button', { type: 'button', class: 'secondary', onclick: () => command({ type: 'resume' }) }, 'Resume')
        : h('button', { type: 'button', class: 'secondary', onclick: () => command({ type: 'pause' }) }, 'Pause'),
      h('button', { type: 'button', class: 'danger', onclick: () => command({ type: 'end' }, 'End the game now and show the debrief?') }, 'End the game'));
    const injects = section('injects', `Injects${view.injects.some((i) => i.queued) ? ` (${view.injects.filter((i) => i.queued).length} queued)` : ''}`,
      view.injects.length === 0 ? h('p', { class: 'muted' }, 'This scenario has no injects.') : h('ul', { class: 'injects' }, view.injects.map((i) => h('li', {},
        h('label', {}, h('input', { type: 'checkbox', checked: i.queued, disabled: over, onchange: (e) => command({ type: 'inject', inject: i.id, on: e.target.checked }) }), ' ', h('strong', {}, i.title)),
        h('ul', { class: 'muted' }, i.preview.map((p) => h('li', {}, p)))))),
      { open: true });
    const timer = view.secondsLeft === null ? '' : ` · ${view.phase === 'paused' ? 'timer paused at' : 'time left'} ${Math.floor(view.secondsLeft / 60)}:${String(view.secondsLeft % 60).padStart(2, '0')}`;
    fill(root,
      h('section', { class: 'card head' }, h('h1', {}, `Facilitator · ${world.scenario.title}`),
        h('p', {}, turnText(world), view.phase === 'paused' ? ' · PAUSED' : '', timer),
        h('p', { class: 'muted' }, over ? 'The game is over.' : waiting.length === 0 ? 'Every team has sealed.' : `Waiting for: ${waiting.join(', ')}.`),
        note ? h('p', { class: 'bad', role: 'alert' }, note) : null),
      h('section', { class: 'card' }, h('h2', {}, 'Teams'), teams, h('p', { class: 'muted' }, 'Each team opens this page and types its code. Who has sealed is shown, never what.')),
      controls ? h('section', { class: 'card' }, controls) : null,
      state.debrief ? section('debrief', 'Debrief', markdown(state.debrief), { open: true }) : null,
      injects,
      newsSection(world),
      indicesCard(world),
      scoresSection(world),
      treatiesSection(world),
      forcesSection(world),
      tensionSection(world));
    sizeBars(root);
  };

  return {
    state(m) {
      state = m;
      render();
    },
    menu() {},
    ok() {
      note = null;
      render();
    },
    error(m) {
      note = m.message;
      render();
    },
  };
}
