import type { Draft } from 'immer';
import { ACTOR_NAMES as NAME } from '../names.js';
import { COEFFICIENTS } from '../coefficients.js';
import { clamp } from '../math.js';
import type { ActorId, World } from '../types.js';
import type { Report } from './draw.js';
import { addTension } from './tension.js';

/** A new sanctions regime of `actor` on `target`. */
export function applySanction(w: Draft<World>, actor: ActorId, target: ActorId, report: Report): void {
  w.sanctions.push({ by: actor, on: target, since: w.turn });
  addTension(w, actor, target, COEFFICIENTS.sanction.tension);
  if (actor === 'eu') w.euUnity = clamp(w.euUnity - COEFFICIENTS.sanction.euUnityCost);
  report({ type: 'sanction.imposed', actor, text: `${NAME[actor]} imposes sanctions on ${NAME[target]}.` });
}
