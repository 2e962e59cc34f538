/**
 * The peer benchmark (part of npm run bench): boardgame.io, a seeded turn-based game framework,
 * hosts the very same rules, and both play inf-2019 at its full length on the same seeds. Each of
 * the scenario's actors is a boardgame.io player whose one move a turn is the project's own
 * observe, machine and decide; the end of the last player's turn is the project's resolve, events
 * and scoring. Every peer run's digest must equal the project's for the same seed, so both do the
 * same work; the figure is how many times more runs a second the project plays.
 *
 *   node dist/bench/peer.js [runs=200]
 *
 * boardgame.io runs in production mode (NODE_ENV=production, set before it loads), and as a local
 * client with no debug panel: the cheapest way it hosts a game.
 */
import { createRequire } from 'node:module';
import type { Ctx, Game } from 'boardgame.io';
import {
  observe, publicView,
  type ActorId, type Mind, type PublicView, type Scenario, type View, type World,
} from '../src/model/index.js';
import { chooserOf, closeTurn, digestOf, observeWith, runScenario, startRun, TurnStreams, type ActionRecord, type MachineValue, type TurnRecord } from '../src/engine/index.js';
import { decide } from '../src/engine/decide.js';
import { loadScenario } from '../src/scenario/index.js';

process.env.NODE_ENV = 'production';
// boardgame.io ships CommonJS entry points in folders (boardgame.io/client), which only require resolves.
const require = createRequire(import.meta.url);
const { Client } = require('boardgame.io/client') as typeof import('boardgame.io/client');
// boardgame.io runs every move and hook inside a produce of its own immer (9), and hands it a draft
// of G. The project's code takes plain state and runs its own produce (immer 11), so the moves read
// the state the draft stands for (nothing has changed it yet: they return a new state instead).
const { original } = createRequire(require.resolve('boardgame.io/client'))('immer') as { original: <T>(draft: T) => T | undefined };
const plain = <T>(draft: T): T => original(draft) ?? draft;

/** The game's state between moves: the world, each machine's state, the record so far, and this turn's decisions. */
interface PeerState {
  readonly world: World;
  /** What every actor sees of the world this turn (as playTurn computes it once a turn). */
  readonly seen: PublicView;
  readonly machines: Readonly<Partial<Record<ActorId, MachineValue>>>;
  readonly turns: readonly TurnRecord[];
  /** This turn's decisions so far, in the order the players moved (the present actors' order). */
  readonly decided: ReadonlyArray<{ readonly actor: ActorId; readonly value: MachineValue; readonly stances: Mind['stances']; readonly action: ActionRecord }>;
}

/** inf-2019 as a boardgame.io game of `turns` turns for `seed`: player i is the i-th present actor. */
export function peerGame(scenario: Scenario, seed: number, turns: number): Game<PeerState> {
  const start = startRun(scenario, seed);
  const { present } = start;
  const { rules } = scenario;
  const viewOf = (world: World): View => ({ rules, world, present });
  return {
    name: 'multipolar',
    setup: () => ({ world: start.world, seen: publicView(viewOf(start.world)), machines: start.machines, turns: [], decided: [] }),
    moves: {
      // One actor's turn, as playTurn does it for each actor: observe, step the machine, decide.
      decide: ({ G: draft, playerID }) => {
        const G = plain(draft);
        const actor = present[Number(playerID)];
        const view = viewOf(G.world);
        const obs = observe(view, actor, G.seen);
        const value = observeWith(actor, G.machines[actor]!, G.world.doctrines[actor], rules, obs);
        const chooser = chooserOf(view, actor, value, obs, G.seen);
        const action = decide(view, chooser, new TurnStreams(seed, G.world.turn));
        return { ...G, decided: [...G.decided, { actor, value, stances: chooser.mind.stances, action }] };
      },
    },
    turn: {
      minMoves: 1,
      maxMoves: 1,
      // When the last actor has decided, the turn resolves as playTurn resolves it.
      onEnd: ({ G: draft, ctx }: { G: PeerState; ctx: Ctx }) => {
        if (ctx.playOrderPos !== present.length - 1) return draft;
        const G = plain(draft);
        const { world } = G;
        const actions: Partial<Record<ActorId, ActionRecord>> = {};
        const states: Record<string, MachineValue> = {};
        const stances: Partial<Record<ActorId, Mind['stances']>> = {};
        const machines: Partial<Record<ActorId, MachineValue>> = {};
        for (const d of G.decided) {
          actions[d.actor] = d.action;
          states[d.actor] = d.value;
          stances[d.actor] = d.stances;
          machines[d.actor] = d.value;
        }
        const closed = closeTurn(scenario, present, world, { actions, states, stances }, new TurnStreams(seed, world.turn));
        return { world: closed.world, seen: publicView(viewOf(closed.world)), machines, turns: [...G.turns, closed.record], decided: [] };
      },
    },
    endIf: ({ G }) => (G.turns.length >= turns ? { digest: digestOf(G.turns) } : undefined),
  };
}

/** One run hosted by boardgame.io: a local client, every player moving in turn until the game ends; its digest. */
export function peerRun(scenario: Scenario, seed: number, turns: number = scenario.turns): string {
  const numPlayers = scenario.rules.actorIds.filter((a) => scenario.actors[a] !== undefined).length;
  const client = Client({ game: peerGame(scenario, seed, turns), numPlayers, debug: false });
  client.start();
  for (;;) {
    const state = client.getState()!;
    if (state.ctx.gameover) {
      client.stop();
      return (state.ctx.gameover as { digest: string }).digest;
    }
    client.updatePlayerID(state.ctx.currentPlayer);
    client.moves.decide();
  }
}

const runs = Number(process.argv[2] ?? 200);
const scenario = loadScenario('inf-2019');
const seeds = Array.from({ length: runs }, (_, i) => i + 1);
// Warm both up, and check the hosting before timing it.
for (const seed of [0, 1]) {
  if (peerRun(scenario, seed) !== runScenario(scenario, seed).digest) throw new Error(`boardgame.io and the project disagree on seed ${seed}`);
}
// Seed by seed, each plays in turn, so that a machine busy with other work slows both alike.
const project = { seconds: 0, digests: [] as string[] };
const peer = { seconds: 0, digests: [] as string[] };
const timed = (into: { seconds: number; digests: string[] }, play: () => string) => {
  const started = process.hrtime.bigint();
  into.digests.push(play());
  into.seconds += Number(process.hrtime.bigint() - started) / 1e9;
};
for (const seed of seeds) {
  timed(project, () => runScenario(scenario, seed).digest);
  timed(peer, () => peerRun(scenario, seed));
}
const differ = seeds.filter((_, i) => project.digests[i] !== peer.digests[i]);
if (differ.length > 0) throw new Error(`boardgame.io and the project disagree on ${differ.length} seeds, the first ${differ[0]}`);
const rate = (r: { seconds: number }) => runs / r.seconds;
console.log(`peer          boardgame.io 0.50.2 (production mode, local client) hosting the same rules: inf-2019, ${scenario.turns} turns, seeds 1..${runs}, the same ${runs} digests`);
console.log(`project       ${rate(project).toFixed(1)} runs/s`);
console.log(`boardgame.io  ${rate(peer).toFixed(1)} runs/s`);
console.log(`ratio         ${(rate(project) / rate(peer)).toFixed(2)} times boardgame.io`);
