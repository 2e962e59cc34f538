// A team's page: its order (only legal choices, the model's reasons for the rest), its sealed
// state, the news when the turn resolves, its briefing and objectives, and the world.
import { fill, h, markdown, section } from './dom.js';
import { forcesSection, indicesCard, newsSection, scoresSection, sizeBars, tensionSection, treatiesSection, turnText } from './world.js';

const pct = (x) => `${Math.round(x * 100)}%`;

/** Mount the team's page in `root`; returns the handlers the connection feeds. */
export function teamPage(root, link, welcome) {
  const me = welcome.team;
  let state = null;
  let menu = { path: [], labels: [], partners: null, step: null, error: null, pending: null };
  let lastPlayed = null;
  let fresh = false;

  // `labels`: the words of the choices made, for the breadcrumbs (the path holds the registry's keys).
  const ask = (path, partners = null, labels = menu.labels.slice(0, path.length)) => {
    menu = { ...menu, path, labels, partners, error: null };
    const id = link.send({ type: 'menu', path, ...(partners ? { partners } : {}) });
    menu.pending = id;
    render();
  };

  const orderCard = () => {
    const view = state.view;
    const title = h('h2', {}, `${me.name}: your order for ${turnText(view.world)}`);
    if (view.phase === 'over') return h('section', { class: 'card order' }, h('h2', {}, 'The game is over'), h('p', {}, 'The debrief is below.'));
    const waiting = view.teams.filter((t) => !t.sealed).map((t) => t.name);
    const who = h('p', { class: 'muted', id: 'who-sealed' }, waiting.length === 0 ? 'Every team has sealed.' : `Not sealed yet: ${waiting.join(', ')}.`);
    if (view.phase === 'paused') return h('section', { class: 'card order paused' }, title, h('p', { class: 'warn' }, 'The facilitator has paused the game.'), view.mine ? h('p', {}, `Sealed: ${view.mine}`) : null, who);
    if (view.mine) {
      return h('section', { class: 'card order sealed', id: 'sealed' }, title,
        h('p', { class: 'big' }, '✓ Sealed: ', h('strong', {}, view.mine)),
        h('p', {}, 'No other team sees it until the turn resolves.'), who,
        h('button', { type: 'button', class: 'secondary', onclick: () => link.send({ type: 'unseal', turn: view.world.turn.next.number }) }, 'Change the order'));
    }
    const crumbs = menu.path.length > 0
      ? h('p', { class: 'crumbs' }, h('button', { type: 'button', class: 'secondary', onclick: () => ask(menu.path.slice(0, -1)) }, '← Back'), ' ', menu.labels.join(' › '))
      : null;
    const step = menu.step;
    let body;
    if (!step) body = h('p', { class: 'muted' }, 'Loading the choices…');
    else if (step.kind === 'choose') {
      const open = step.choices.filter((c) => !c.unavailable);
      const shut = step.choices.filter((c) => c.unavailable);
      body = [
        h('h3', {}, step.title),
        h('ul', { class: 'choices' }, open.map((c) => h('li', {}, h('button', { type: 'button', class: 'choice', 'data-key': c.key, onclick: () => ask([...menu.path, c.key], null, [...menu.labels, c.label]) }, h('span', {}, c.label), c.hint ? h('small', {}, c.hint) : null)))),
        shut.length > 0 ? h('details', { class: 'refused' }, h('summary', {}, `${shut.length} not possible, and why`), h('ul', {}, shut.map((c) => h('li', {}, h('span', { class: 'muted' }, `✗ ${c.label}`), ` — ${c.unavailable}`)))) : null,
      ];
    } else if (step.kind === 'many') {
      const partners = step.partners;
      const toggle = (actor) => ask(menu.path, partners.includes(actor) ? partners.filter((p) => p !== actor) : [...partners, actor]);
      body = [
        h('h3', {}, step.title),
        h('ul', { class: 'choices' }, step.candidates.map((c) => h('li', {},
          h('button', { type: 'button', class: `choice toggle${c.invited ? ' on' : ''}`, 'aria-pressed': c.invited ? 'true' : 'false', disabled: c.unavailable !== null, 'data-key': c.actor, onclick: () => toggle(c.actor) },
            h('span', {}, `${c.invited ? '☑' : '☐'} ${c.name}`),
            h('small', {}, c.unavailable ? `✗ ${c.unavailable}` : c.oddsIfToggled === null ? '' : `${c.invited ? 'if dropped' : 'if invited'}: ${pct(c.oddsIfToggled)}`))))),
        h('p', {}, step.odds === null ? '' : `Odds applied this turn: ${pct(step.odds)}, if no other actor also chooses these talks.`),
        step.refusal ? h('p', { class: 'bad' }, `Not possible: ${step.refusal}`) : null,
        step.order ? sealBar(step.order, partners) : null,
      ];
    } else {
      body = sealBar(step.order, null);
    }
    return h('section', { class: 'card order', id: 'order' }, title, crumbs, body, menu.error ? h('p', { class: 'bad', role: 'alert' }, menu.error) : null, who);
  };

  const sealBar = (order, partners) => h('div', { class: 'seal' },
    h('p', {}, 'Your order: ', h('strong', {}, order)),
    h('button', { type: 'button', id: 'seal', onclick: () => link.send({ type: 'seal', turn: state.view.world.turn.next.number, path: menu.path, ...(partners ? { partners } : {}) }) }, 'Seal the order'));

  const render = () => {
    if (!state) return;
    const view = state.view;
    const world = view.world;
    const timer = view.secondsLeft === null ? null : h('span', { class: 'timer', id: 'timer', 'data-left': view.secondsLeft, 'data-at': Date.now() }, '');
    const page = [
      h('section', { class: 'card head' }, h('h1', {}, world.scenario.title), h('p', {}, turnText(world), timer ? ' · ' : '', timer),
        view.heldLate ? h('p', { class: 'warn' }, 'Your team did not seal in time last turn, so it held.') : null),
      orderCard(),
      newsSection(world, { fresh, mine: me.actor }),
      indicesCard(world),
      scoresSection(world, me.actor),
      treatiesSection(world),
      forcesSection(world),
      tensionSection(world),
      section('briefing', 'Your briefing', markdown(welcome.briefing)),
      state.debrief ? section('debrief', 'Debrief', markdown(state.debrief), { open: true }) : null,
    ];
    fill(root, page);
    sizeBars(root);
    tick();
  };

  const tick = () => {
    const el = document.getElementById('timer');
    if (!el) return;
    const left = Math.max(0, Number(el.dataset.left) - Math.floor((Date.now() - Number(el.dataset.at)) / 1000));
    el.textContent = state.view.phase === 'paused' ? `timer paused at ${clock(left)}` : `${clock(left)} left`;
  };
  setInterval(tick, 1000);

  return {
    state(m) {
      const played = m.view.world.turn.played;
      fresh = lastPlayed !== null && played > lastPlayed;
      const turnChanged = lastPlayed !== played;
      lastPlayed = played;
      state = m;
      if (turnChanged) {
        menu = { path: [], labels: [], partners: null, step: null, error: null, pending: null };
        if (m.view.phase !== 'over') ask([]);
      }
      render();
      if (fresh) document.getElementById('s-news')?.scrollIntoView({ block: 'start' });
    },
    menu(m) {
      if (m.re !== menu.pending) return;
      menu = { ...menu, step: m.step, partners: m.step.kind === 'many' ? m.step.partners : null };
      render();
    },
    ok() {},
    error(m) {
      if (m.re === menu.pending && menu.path.length > 0) menu = { ...menu, path: menu.path.slice(0, -1), labels: menu.labels.slice(0, -1) };
      menu = { ...menu, error: m.message };
      render();
    },
  };
}

function clock(seconds) {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
