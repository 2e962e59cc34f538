import type { Draft } from 'immer';
import type { z } from 'zod';
import type { Doctrine } from '../doctrine.js';
import type { Draw, Report } from '../effects/draw.js';
import type { Mind } from '../mind.js';
import type { Observation } from '../observe.js';
import type { Rules } from '../rules/index.js';
import type { Policy } from '../policies/policy.js';
import type { Stances } from '../talks.js';
import type { Action, ActorId, Refusal, World } from '../types.js';

/** What the rules of an action read: the rules, the world as the turn began, and who plays. */
export interface View {
  readonly rules: Rules;
  readonly world: World;
  /** The actors playing, in canonical order. */
  readonly present: readonly ActorId[];
}

/** One named contribution to an action's utility, so that a pick can say why. */
export interface Term {
  readonly name: string;
  readonly value: number;
}

/**
 * A term's name, or how to make it. Every legal option is scored every turn but only the pick's
 * terms are ever read, so a name that costs work to make (a number, a list) is made on demand.
 */
export type TermName = string | (() => string);

/** Adds one term to an action's utility, in order: the sum depends on it. */
export type AddTerm = (name: TermName, value: number) => void;

/** Who is choosing, and what it has in mind: the inputs of an action's utility terms besides the view. */
export interface Chooser {
  readonly actor: ActorId;
  readonly mind: Mind;
  readonly doctrine: Doctrine;
  readonly obs: Observation;
  /** The doctrine's policies that bind this turn (see activePolicies). */
  readonly policies: readonly Policy[];
}

/** What an action's effect may use while a turn resolves. */
export interface TurnEffects {
  readonly rules: Rules;
  /** The world as the turn began: what every decision and every chance is judged on. */
  readonly start: World;
  readonly present: readonly ActorId[];
  /** Each actor's stance on each regime, from its machine (the engine knows them; the actors do not). */
  readonly stances: Stances;
  /** A uniform draw in [0, 1) from the named seeded stream of this turn. */
  readonly draw: Draw;
  readonly report: Report;
}

/** An actor's action, as resolution receives it. */
export interface Order<A extends Action = Action> {
  readonly actor: ActorId;
  readonly action: A;
}

/** A legal or refused action of an actor this turn. */
export interface Option<A extends Action = Action> {
  readonly action: A;
  readonly refusal: Refusal | null;
}

/** How one value of a parameter reads in the order menu. `hint` absent: the menu says how many options under it are open. */
export interface MenuChoice {
  readonly label: string;
  readonly hint?: string;
}

/** A parameter of an action, as a person picks it: one value, or (`many`) a set of actors. */
export interface ParamSpec {
  readonly key: string;
  readonly many?: boolean;
  /** The question the menu asks, given the values picked so far. */
  readonly title: (view: View, picked: Readonly<Record<string, string>>) => string;
  /** How one value reads, given the options it leads to. */
  readonly choice: (view: View, actor: ActorId, value: string, options: readonly Option[]) => MenuChoice;
}

/** Names of actors and regimes, for words. */
export interface Names {
  readonly actor: (id: ActorId) => string;
  readonly treaty: (id: string) => string;
}

/**
 * One type of action, whole: its parameters, how its options are listed, when it is refused, its
 * utility terms, its effect and when it resolves, and how it reads. The registry (`registry.ts`)
 * holds one of these per type; everything else (resolution, menus, saves, labels) derives from it.
 */
export interface ActionModule<A extends Action = Action> {
  readonly type: A['type'];
  /** The order menu's words for the type, e.g. "deploy a system to a region". */
  readonly title: string;
  /** Its parameters, in the order a person picks them. */
  readonly params: readonly ParamSpec[];
  /** The shape of an order of this type in a file (a save). Actor ids are checked against a scenario later. */
  readonly schema: z.ZodType<A>;
  /** When it resolves: lower phases first. Every type resolves in exactly one phase. */
  readonly phase: number;
  /** Pure: every action of this type the actor could name this turn, in a fixed order. */
  enumerate(view: View, actor: ActorId): A[];
  /** Pure: why the actor may not take the action, or null when it may. */
  check(view: View, actor: ActorId, action: A): Refusal | null;
  /** Pure: the action's utility terms for the chooser (besides its posture and doctrine, which every type has). */
  terms(view: View, chooser: Chooser, action: A, add: AddTerm): void;
  /** Apply this turn's actions of this type, in canonical actor order, to the draft of the next world. */
  resolve(w: Draft<World>, turn: TurnEffects, orders: ReadonlyArray<Order<A>>): void;
  /** Pure: the action with its fields in one fixed order (records are hashed). */
  canonical(action: A): A;
  /**
   * Pure: the kind of act an action is, for the first stage of a computer's pick (which kind of act,
   * then which one): its type, or a finer kind where a type holds different acts (a declaration's
   * pledge, announcement, test or end). Absent: the type.
   */
  kindOf?(action: A): string;
  /** Pure: a short, stable label for records, CSV cells and reasons, e.g. "deploy missileDefence@europe". */
  describe(action: A): string;
  /** Pure: the action in words, e.g. "deploy missile defence to Europe". */
  text(action: A, names: Names): string;
}

/** A refusal with its stable code and its reason. */
export const refuse = (code: string, reason: string): Refusal => ({ code: `order/${code}`, reason });
