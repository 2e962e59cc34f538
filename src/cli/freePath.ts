import { existsSync } from 'node:fs';

/**
 * The first of `<stem><ext>`, `<stem>-2<ext>`, `<stem>-3<ext>`, ... that names no file yet, so that
 * a new game's save or debrief never writes over another game's file of the same scenario and seed.
 */
export function freePath(stem: string, ext: string, exists: (path: string) => boolean = existsSync): string {
  for (let n = 1; ; n++) {
    const path = `${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    if (!exists(path)) return path;
  }
}
