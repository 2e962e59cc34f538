import { randomInt } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { ActorId } from '../model/index.js';
import {
  applyFacilitator, buildDebrief, debriefMarkdown, facilitatorView, isDue, isMatchOver, isRefusal, makeCode, MenuPathError, menuFor,
  newMatch, normalizeCode, orderFor, saveFileText, saveOfGame, sealInMatch, teamView, unsealInMatch, worldView,
  type Classroom, type Debrief, type FacilitatorCommand, type Game, type Match, type RoomCommand, type RoomControl, type RoomSnapshot, type TeamSeat, type WorldView,
} from '../session/index.js';
import { AttemptLimiter } from './attemptLimiter.js';
import { FACILITATOR_MESSAGES, parseClientMessage, TEAM_MESSAGES, type ClientMessage, type ErrorCode } from './protocol.js';

/** What a room is made of, and what it asks of the outside world (files, the clock, a log). */
export interface RoomOptions {
  readonly game: Game;
  /** Codes from a save (`serve --load`), or null for new ones. */
  readonly classroom: Classroom | null;
  /** Each team's briefing (Markdown), sent to its page when it joins. */
  readonly briefings: Readonly<Partial<Record<ActorId, string>>>;
  /** Write the save file's text (atomically), after every turn and whenever a code changes; throw an Error a person can act on. */
  readonly persist: (text: string) => void;
  /** Write the debrief for the class and return where it went; throw as `persist` does. */
  readonly writeDebrief: (debrief: Debrief, markdown: string) => string;
  readonly savePath: string | null;
  /** The clock, in milliseconds (tests give their own). */
  readonly now?: () => number;
  /** One line for the facilitator's log (stderr when headless). */
  readonly log?: (line: string) => void;
}

/** What one broadcast makes once and sends to many pages. */
interface Shared {
  world?: WorldView;
  readonly texts: Map<string, string>;
}

type Role = { readonly kind: 'team'; readonly actor: ActorId } | { readonly kind: 'facilitator' };

interface Client {
  readonly ws: WebSocket;
  readonly address: string;
  role: Role | null;
  lastId: number;
  wrongCodes: number;
  alive: boolean;
}

/** A page that has not joined within this time is dropped. */
const JOIN_WITHIN_MS = 15_000;
/** Pages per team (a team's laptops and phones, reconnections that have not yet timed out). */
const MAX_PAGES_PER_TEAM = 32;
/** Pages in all, joined or not. */
const MAX_PAGES = 400;
/** Wrong codes one connection may send before it is closed. */
const MAX_WRONG_CODES_PER_PAGE = 5;
/** Bytes queued for a page that does not read them before it is dropped: a slow or dead page never holds back the others. */
const MAX_QUEUED_BYTES = 1024 * 1024;
/** How often dead pages are looked for (a ping each time; no pong by the next, the page is dropped). */
const HEARTBEAT_MS = 15_000;

/**
 * A classroom: the match, every team's code, and the pages connected. Pages join with a code and
 * are then a team or the facilitator for as long as they stay: a message never says who sends it.
 * Every change is sent to every page as its own view; a team's view holds no other team's order.
 */
export class Room implements RoomControl {
  private match: Match;
  private readonly codes: { facilitator: string; teams: Map<ActorId, string> };
  private readonly clients = new Set<Client>();
  private readonly listeners = new Set<() => void>();
  private readonly limiter = new AttemptLimiter();
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private deadlineTimer: NodeJS.Timeout | null = null;
  private readonly heartbeat: NodeJS.Timeout;
  private debrief: Debrief | null = null;
  private debriefText: string | null = null;
  private debriefPath: string | null = null;
  private message: string | null = null;
  url = '';

  constructor(private readonly options: RoomOptions) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => {});
    this.match = newMatch(options.game);
    const taken = new Set<string>();
    const fresh = () => {
      let code: string;
      do code = makeCode(randomInt); while (taken.has(code));
      taken.add(code);
      return code;
    };
    const saved = options.classroom;
    const facilitator = saved?.facilitatorCode ?? fresh();
    taken.add(facilitator);
    for (const code of Object.values(saved?.teamCodes ?? {})) if (code) taken.add(code);
    this.codes = { facilitator, teams: new Map(options.game.humans.map((a) => [a, saved?.teamCodes[a] ?? fresh()])) };
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    this.persist();
    if (isMatchOver(this.match)) this.finish();
  }

  /** The facilitator's code and each team's, as the command line prints them. */
  get joinCodes(): { readonly facilitator: string; readonly teams: ReadonlyMap<ActorId, string> } {
    return this.codes;
  }

  /** The match as it stands (for tests and the command line; pages get views). */
  get current(): Match {
    return this.match;
  }

  // ---- RoomControl: the facilitator's dashboard ----

  snapshot(): RoomSnapshot {
    return {
      game: this.match.game, view: facilitatorView(this.match, this.seats(), this.now()), debrief: this.debrief,
      savePath: this.options.savePath, debriefPath: this.debriefPath, message: this.message,
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  command(command: RoomCommand): string | null {
    if (command.type === 'resetCode') return this.resetCode(command.team);
    return this.facilitate(command);
  }

  // ---- pages ----

  /** Take a page's WebSocket (already past the Host and Origin checks) from `address`. */
  attach(ws: WebSocket, address: string): void {
    if (this.clients.size >= MAX_PAGES) {
      ws.close(1013, 'the room is full');
      return;
    }
    const client: Client = { ws, address, role: null, lastId: 0, wrongCodes: 0, alive: true };
    this.clients.add(client);
    const joinTimer = setTimeout(() => {
      if (client.role === null) ws.close(4000, 'no code given in time');
    }, JOIN_WITHIN_MS);
    joinTimer.unref();
    ws.on('pong', () => void (client.alive = true));
    ws.on('message', (data, isBinary) => {
      try {
        this.receive(client, isBinary ? 'binary' : (data as Buffer));
      } catch (e) {
        // A bug must not end the class: say so in the log, answer the page, keep the room.
        this.log(`internal error on a message: ${e instanceof Error ? e.message : String(e)}`);
        this.error(client, 'invalid', 'the server could not handle this message');
      }
    });
    // ws reports a frame over maxPayload, or a broken socket, as an error, then closes: the room goes on.
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(joinTimer);
      const hadRole = client.role !== null;
      this.clients.delete(client);
      if (hadRole) this.changed({ pagesOnly: true });
    });
  }

  /** Stop: every page is closed, every timer cleared. */
  close(): void {
    clearInterval(this.heartbeat);
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    for (const c of this.clients) c.ws.close(1001, 'the server is stopping');
    this.clients.clear();
  }

  private receive(client: Client, data: Buffer | 'binary'): void {
    if (data === 'binary') return this.error(client, 'malformed', 'messages are JSON text, not binary');
    const parsed = parseClientMessage(data);
    if ('error' in parsed) return this.error(client, parsed.error, parsed.detail);
    const m = parsed.message;
    if (m.id <= client.lastId) return this.error(client, 'replayed', `message ${m.id} comes after message ${client.lastId}: ids must increase`, m.id);
    client.lastId = m.id;
    if (m.type === 'join') return this.join(client, m);
    const role = client.role;
    if (role === null) return this.error(client, 'not-joined', 'send your code first', m.id);
    if (role.kind === 'team' && TEAM_MESSAGES.has(m.type)) return this.teamMessage(client, role.actor, m);
    if (role.kind === 'facilitator' && FACILITATOR_MESSAGES.has(m.type)) return this.facilitatorMessage(client, m);
    this.error(client, 'not-allowed', `a ${role.kind === 'team' ? 'team' : 'facilitator'} cannot send "${m.type}"`, m.id);
  }

  private join(client: Client, m: Extract<ClientMessage, { type: 'join' }>): void {
    if (client.role !== null) return this.error(client, 'already-joined', 'this page has already joined', m.id);
    const now = this.now();
    const wait = this.limiter.waitFor(client.address, now);
    if (wait > 0) return this.error(client, 'rate-limited', `too many wrong codes: try again in ${Math.ceil(wait / 1000)} s`, m.id);
    const code = normalizeCode(m.code);
    const team = code === null ? undefined : [...this.codes.teams].find(([, c]) => c === code)?.[0];
    const role: Role | null = code !== null && code === this.codes.facilitator ? { kind: 'facilitator' } : team ? { kind: 'team', actor: team } : null;
    if (role === null) {
      this.limiter.fail(client.address, now);
      this.error(client, 'wrong-code', 'no team has this code: check it with your facilitator', m.id);
      if (++client.wrongCodes >= MAX_WRONG_CODES_PER_PAGE) client.ws.close(4003, 'too many wrong codes');
      return;
    }
    if (role.kind === 'team' && this.pagesOf(role.actor) >= MAX_PAGES_PER_TEAM) return this.error(client, 'not-allowed', `a team may have at most ${MAX_PAGES_PER_TEAM} pages open`, m.id);
    client.role = role;
    const rules = this.match.game.run.scenario.rules;
    this.send(client, role.kind === 'team'
      ? { type: 'welcome', re: m.id, role: 'team', team: { actor: role.actor, name: rules.actors[role.actor].name }, briefing: this.options.briefings[role.actor] ?? '' }
      : { type: 'welcome', re: m.id, role: 'facilitator', url: this.url });
    this.send(client, this.stateFor(role, { texts: new Map() }));
    this.changed({ pagesOnly: true });
  }

  private teamMessage(client: Client, actor: ActorId, m: ClientMessage): void {
    const game = this.match.game;
    const next = game.run.turns.length + 1;
    if ((m.type === 'seal' || m.type === 'unseal') && m.turn !== next) {
      return this.error(client, 'stale-turn', `this order was for turn ${m.turn}; the turn to play is ${isMatchOver(this.match) ? 'none (the game is over)' : next}`, m.id);
    }
    try {
      if (m.type === 'menu') return this.send(client, { type: 'menu', re: m.id, path: m.path, step: menuFor(game, actor, m.path, m.partners) });
      if (m.type === 'seal') {
        const order = orderFor(game, actor, m.path, m.partners);
        if ('refusal' in order) return this.error(client, 'refused', order.refusal, m.id);
        const sealed = sealInMatch(this.match, actor, order.action);
        if (isRefusal(sealed)) return this.error(client, 'refused', sealed.reason, m.id);
        this.match = sealed;
      } else if (m.type === 'unseal') {
        const unsealed = unsealInMatch(this.match, actor);
        if (isRefusal(unsealed)) return this.error(client, 'refused', unsealed.reason, m.id);
        this.match = unsealed;
      }
    } catch (e) {
      if (e instanceof MenuPathError) return this.error(client, 'bad-path', e.message, m.id);
      throw e;
    }
    this.send(client, { type: 'ok', re: m.id });
    this.advanceIfDue();
    this.changed();
  }

  private facilitatorMessage(client: Client, m: ClientMessage): void {
    let why: string | null;
    switch (m.type) {
      case 'resolve':
        if (m.turn !== this.match.game.run.turns.length + 1) return this.error(client, 'stale-turn', `turn ${m.turn} has already been played`, m.id);
        why = this.facilitate({ type: 'resolve' });
        break;
      case 'timer':
        why = this.facilitate({ type: 'timer', seconds: m.seconds });
        break;
      case 'pause':
      case 'resume':
      case 'end':
        why = this.facilitate({ type: m.type });
        break;
      case 'inject':
        why = this.facilitate({ type: 'inject', id: m.inject, on: m.on });
        break;
      case 'resetCode':
        why = this.resetCode(m.team);
        break;
      default:
        why = 'not a facilitator command';
    }
    this.send(client, why === null ? { type: 'ok', re: m.id } : { type: 'error', re: m.id, code: 'refused', message: why });
  }

  // ---- the match ----

  private facilitate(command: FacilitatorCommand): string | null {
    const next = applyFacilitator(this.match, command, this.now());
    if (isRefusal(next)) return next.reason;
    const played = next.game.run.turns.length > this.match.game.run.turns.length;
    this.match = next;
    if (played) this.afterTurn();
    if (command.type === 'end') {
      this.message = 'The facilitator ended the game: preparing the debrief.';
      this.finish();
    }
    this.changed();
    return null;
  }

  /** Play the turn when every team has sealed (or the timer is up), then wait for the next deadline. */
  private advanceIfDue(): void {
    if (!isDue(this.match, this.now())) return;
    const next = applyFacilitator(this.match, { type: 'resolve' }, this.now());
    if (isRefusal(next)) return;
    this.match = next;
    this.afterTurn();
  }

  private afterTurn(): void {
    const { run } = this.match.game;
    const last = run.turns[run.turns.length - 1];
    const late = this.match.late.map((a) => run.scenario.rules.actors[a].name);
    this.message = `${last.date} resolved.${late.length > 0 ? ` ${late.join(', ')} held: not sealed in time.` : ''}`;
    this.log(this.message);
    this.persist();
    if (isMatchOver(this.match)) this.finish();
  }

  /** Make the debrief once the game is over: after the last news has gone out, since it replays the game. */
  private finish(): void {
    if (this.debrief) return;
    setImmediate(() => {
      if (this.debrief) return;
      const debrief = buildDebrief(this.match.game);
      this.debrief = debrief;
      this.debriefText = debriefMarkdown(debrief);
      try {
        this.debriefPath = this.options.writeDebrief(debrief, this.debriefText);
        this.message = `The game is over. Debrief written to ${this.debriefPath}`;
      } catch (e) {
        this.message = `The game is over. The debrief file was not written: ${e instanceof Error ? e.message : String(e)}`;
      }
      this.log(this.message);
      this.changed();
    });
  }

  private resetCode(team: string): string | null {
    const actor = this.match.game.humans.find((a) => a === team);
    if (!actor) return `no team plays "${team.slice(0, 40)}"`;
    const taken = new Set([this.codes.facilitator, ...this.codes.teams.values()]);
    let code: string;
    do code = makeCode(randomInt); while (taken.has(code));
    this.codes.teams.set(actor, code);
    for (const c of this.clients) {
      if (c.role?.kind === 'team' && c.role.actor === actor) {
        this.send(c, { type: 'bye', reason: 'The facilitator gave your team a new code: ask for it to join again.' });
        c.ws.close(4001, 'code reset');
        c.role = null;
      }
    }
    this.message = `${this.match.game.run.scenario.rules.actors[actor].name} has a new code.`;
    this.persist();
    this.changed();
    return null;
  }

  private persist(): void {
    const classroom: Classroom = { length: this.match.game.length, facilitatorCode: this.codes.facilitator, teamCodes: Object.fromEntries(this.codes.teams) };
    try {
      this.options.persist(saveFileText(saveOfGame(this.match.game), classroom));
    } catch (e) {
      this.message = `Not saved: ${e instanceof Error ? e.message : String(e)}`;
      this.log(this.message);
    }
  }

  // ---- telling everyone ----

  private seats(): Partial<Record<ActorId, TeamSeat>> {
    const seats: Partial<Record<ActorId, TeamSeat>> = {};
    for (const [actor, code] of this.codes.teams) seats[actor] = { clients: this.pagesOf(actor), code, url: `${this.url}#code=${code}` };
    return seats;
  }

  private pagesOf(actor: ActorId): number {
    let n = 0;
    for (const c of this.clients) if (c.role?.kind === 'team' && c.role.actor === actor) n++;
    return n;
  }

  /** A role's state message; `shared` lets the pages of one broadcast share the world's view and each role's text. */
  private stateFor(role: Role, shared: Shared): string {
    const key = role.kind === 'team' ? role.actor : '';
    let text = shared.texts.get(key);
    if (text === undefined) {
      shared.world ??= worldView(this.match.game);
      const view = role.kind === 'team' ? teamView(this.match, role.actor, this.now(), shared.world) : facilitatorView(this.match, this.seats(), this.now(), shared.world);
      text = JSON.stringify({ type: 'state', view, debrief: this.debriefText });
      shared.texts.set(key, text);
    }
    return text;
  }

  /** Send every page its view (or, when only pages came and went, the facilitators theirs), and tell the dashboard. */
  private changed({ pagesOnly = false } = {}): void {
    this.schedule();
    const shared: Shared = { texts: new Map() };
    for (const c of this.clients) {
      if (c.role === null || (pagesOnly && c.role.kind === 'team')) continue;
      this.send(c, this.stateFor(c.role, shared));
    }
    for (const listener of this.listeners) listener();
  }

  /** Wake up when this turn's time is up. */
  private schedule(): void {
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
    const { deadline } = this.match.clock;
    if (deadline === null || isMatchOver(this.match)) return;
    this.deadlineTimer = setTimeout(() => {
      this.deadlineTimer = null;
      const before = this.match;
      this.advanceIfDue();
      if (this.match !== before) this.changed();
      else this.schedule();
    }, Math.max(0, deadline - this.now()) + 5);
    this.deadlineTimer.unref();
  }

  private send(client: Client, message: object | string): void {
    const { ws } = client;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_QUEUED_BYTES) {
      ws.terminate();
      return;
    }
    ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  private error(client: Client, code: ErrorCode, message: string, re?: number): void {
    this.send(client, { type: 'error', ...(re === undefined ? {} : { re }), code, message });
  }

  private beat(): void {
    for (const c of this.clients) {
      if (!c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      c.ws.ping();
    }
  }
}
