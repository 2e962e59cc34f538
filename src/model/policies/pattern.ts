import type { Action, ActionType } from '../types.js';

/**
 * A pattern of actions: a type and any of its parameters (`{ type: 'deploy', region: 'asia' }`).
 * A list parameter (talks' partners) matches when the action's list holds every actor named.
 */
export type ActionPattern = { readonly type: ActionType } & Readonly<Record<string, string | readonly string[]>>;

/** Pure: whether `action` fits `pattern`. */
export function matches(pattern: ActionPattern, action: Action): boolean {
  if (pattern.type !== action.type) return false;
  const fields = action as unknown as Record<string, unknown>;
  for (const [key, want] of Object.entries(pattern)) {
    if (key === 'type') continue;
    const have = fields[key];
    if (Array.isArray(want)) {
      if (!Array.isArray(have) || !want.every((w) => have.includes(w))) return false;
    } else if (have !== want) return false;
  }
  return true;
}
