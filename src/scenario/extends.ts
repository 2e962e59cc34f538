import { lstatSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** True when a reference is a path (has a slash or a YAML/JSON extension) rather than an id. */
export const isPathRef = (ref: string): boolean => ref.includes('/') || ref.includes('\\') || ['.yaml', '.yml', '.json'].includes(extname(ref));

/** Where a variant's base is: its path and real path, or why it cannot be used. */
export type BaseLookup = { readonly file: string; readonly real: string } | { readonly problem: string };

/** The real path of a file (symbolic links resolved), or the path itself when it cannot be resolved. */
export function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

const isLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * Find the base that `variantFile` names with `extends: ref`. An id (`inf-2019`) is looked up in the
 * variant's own folder first, then among the shipped scenarios in `shippedDir`. A path
 * (`bases/cold-war.yaml`) is resolved from the variant's folder and must stay inside it: no absolute
 * path, no `..` out of it, and no symbolic link on the way (FIFOs and devices are refused when the
 * file is read). Never reads the file.
 */
export function findBase(variantFile: string, ref: string, shippedDir: string): BaseLookup {
  const folder = dirname(resolve(variantFile));
  if (!isPathRef(ref)) {
    const local = join(folder, `${ref}.yaml`);
    const shipped = join(shippedDir, `${ref}.yaml`);
    const file = exists(local) ? local : exists(shipped) ? shipped : undefined;
    if (!file) return { problem: `base scenario "${ref}" not found: looked for ${ref}.yaml beside this file, then among the shipped scenarios` };
    return confined(file === local ? folder : shippedDir, file, ref);
  }
  if (isAbsolute(ref) || /^[A-Za-z]:/.test(ref) || ref.startsWith('\\')) return { problem: `extends takes a path relative to this file's folder, not an absolute path ("${ref.slice(0, 80)}")` };
  const file = resolve(folder, ref);
  const inside = relative(folder, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { problem: `extends "${ref.slice(0, 80)}" leads out of this file's folder; a base must be in the same folder or below it` };
  }
  if (!exists(file)) return { problem: `base scenario "${ref.slice(0, 80)}" not found (resolved from this file's folder)` };
  return confined(folder, file, ref);
}

/** `file`, found under `folder`, as long as no part of the path below `folder` is a symbolic link. */
function confined(folder: string, file: string, ref: string): BaseLookup {
  const parts = relative(folder, file).split(sep);
  for (let i = 1; i <= parts.length; i++) {
    if (isLink(join(folder, ...parts.slice(0, i)))) return { problem: `extends "${ref.slice(0, 80)}" goes through a symbolic link (${parts.slice(0, i).join('/')}); copy the base instead` };
  }
  return { file, real: realPath(file) };
}
