// The world as the terminal dashboard shows it: indices and the ladder, the news, scores, the
// treaty board, forces and tension. Each is a section built from the view the server sent.
import { h, section, table } from './dom.js';

const fixed = (x) => (Math.round(x * 10) / 10).toFixed(1);

/** The four indices with a bar each, their course as a small chart of bars, and the escalation ladder. */
export function indicesCard(world) {
  const rows = world.indices.map((i) => h('div', { class: 'index' },
    h('span', { class: 'label' }, i.label),
    h('span', { class: 'value' }, fixed(i.value)),
    h('span', { class: 'meter', role: 'img', 'aria-label': `${i.label} ${fixed(i.value)} of 100` }, h('span', { class: 'fill', 'data-v': Math.round(i.value) })),
    h('span', { class: 'spark', 'aria-hidden': 'true' }, i.series.slice(-24).map((v) => h('span', { 'data-v': Math.round(v) })))));
  const ladder = h('ol', { class: 'ladder', 'aria-label': 'Escalation ladder' },
    world.ladder.rungs.map((r) => h('li', { class: r === world.ladder.current ? 'now' : null, 'aria-current': r === world.ladder.current ? 'step' : null }, r)));
  return h('section', { class: 'card indices', 'aria-label': 'Indices' }, rows, ladder);
}

/** Bars take their size from their value through a CSS variable, set by script (the page's policy allows no inline style attribute). */
export function sizeBars(root) {
  for (const el of root.querySelectorAll('[data-v]')) el.style.setProperty('--v', String(Math.max(0, Math.min(100, Number(el.dataset.v)))));
}

/** The news of the last turn: what every actor did, then what happened. */
export function newsSection(world, { fresh = false, mine = null } = {}) {
  const news = world.news;
  const body = news
    ? [
      h('ul', { class: 'actions' }, news.actions.map((a) => h('li', { class: a.actor === mine ? 'mine' : null },
        h('strong', {}, a.name), ' ', h('span', { class: `by ${a.by}` }, a.by === 'team' ? 'team' : 'computer'), ': ', a.text,
        a.refused ? h('span', { class: 'bad' }, ` (order refused: ${a.refused}; held)`) : null))),
      news.events.length > 0 ? h('ul', { class: 'events' }, news.events.map((e) => h('li', { class: e.kind }, e.text))) : null,
    ]
    : [h('p', {}, world.scenario.question), h('p', { class: 'muted' }, 'No turn played yet.')];
  return section('news', news ? `News of ${news.date} (turn ${news.turn})` : 'Before the first turn', body, { open: true, badge: fresh ? 'new' : null });
}

/** Every actor's score so far and its objectives, met now (✓) or not (✗). */
export function scoresSection(world, mine = null) {
  if (world.scores.length === 0) return section('scores', 'Scores', h('p', { class: 'muted' }, 'This scenario gives the teams no objectives.'));
  const played = world.turn.played;
  return section('scores', 'Scores and objectives', [
    ...world.scores.map((s) => h('div', { class: `score${s.actor === mine ? ' mine' : ''}` },
      h('h3', {}, `${s.name} (${s.team ? 'team' : 'computer'}): `, s.score === null ? '—' : `score ${Math.round(s.score)}`),
      h('ul', { class: 'objectives' }, s.objectives.map((o) => h('li', { class: o.met ? 'good' : 'bad' }, `${o.met ? '✓' : '✗'} ${o.text} `, h('span', { class: 'muted' }, `(${o.reading})`)))))),
    h('p', { class: 'muted' }, played === 0 ? 'Scores start with the first turn.' : `A score is the share of a team's objectives met, averaged over the ${played} turn${played > 1 ? 's' : ''} played.`),
  ]);
}

/** The treaty board: every regime, each actor's standing in it, its health. */
export function treatiesSection(world) {
  return section('treaties', 'Treaties', table(['regime', ...world.actors.map((a) => a.name), 'health'],
    world.treaties.map((t) => [t.name, ...t.parties.map((p) => p ?? '·'), h('span', { class: t.weak ? 'bad' : null }, t.health)]),
    '· not a party'));
}

/** Forces by region: the units of each system each actor has there. */
export function forcesSection(world) {
  return section('forces', 'Forces by region', table(['', ...world.forces.regions],
    world.actors.map((a, i) => [a.name, ...world.forces.cells[i].map((c) => (c.length > 0 ? c.join(', ') : '—'))])));
}

/** Pairwise tension (0 calm, 100 hostile), then cohesion, unity, proliferation and sanctions. */
export function tensionSection(world) {
  const f = world.facts;
  return section('tension', 'Tension (0 calm, 100 hostile)', [
    table(['', ...world.actors.map((a) => a.name)], world.actors.map((a, i) => [a.name, ...world.tension[i].map((t) => (t === null ? '—' : h('span', { class: t >= 60 ? 'bad' : t >= 40 ? 'warn' : null }, String(t))))])),
    h('p', { class: 'muted' }, `NATO cohesion ${f.natoCohesion} · EU unity ${f.euUnity} · proliferation ${f.proliferation} · sanctions: ${f.sanctions.length > 0 ? f.sanctions.join(', ') : 'none'}`),
  ]);
}

/** The turn in words: "Turn 3 of 6 · 2019-Q3", or that the game is over. */
export function turnText(world) {
  const t = world.turn;
  return t.next ? `Turn ${t.next.number} of ${t.length} · ${t.next.date}` : `Game over after ${t.played} turn${t.played === 1 ? '' : 's'}`;
}
