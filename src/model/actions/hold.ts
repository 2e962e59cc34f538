import { z } from 'zod';
import type { HoldAction } from '../types.js';
import type { ActionModule } from './module.js';

/** Change nothing this turn: restraint, valued by a doctrine's cost sensitivity. */
export const hold: ActionModule<HoldAction> = {
  type: 'hold',
  title: 'hold: change nothing this turn',
  params: [],
  schema: z.strictObject({ type: z.literal('hold') }),
  // Holding changes nothing; it has a phase all the same, so that every type resolves somewhere.
  phase: 60,
  enumerate: () => [{ type: 'hold' }],
  check: () => null,
  terms({ rules }, { doctrine }, _action, add) {
    add('restraint', doctrine.costSensitivity * rules.utility.restraint);
  },
  resolve() {},
  canonical: () => ({ type: 'hold' }),
  describe: () => 'hold',
  text: () => 'hold',
};
