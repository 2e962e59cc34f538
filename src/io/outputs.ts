import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileWriteError } from './atomicFile.js';

/** An output a command will write: the option that names it and the path. */
export interface Output {
  readonly option: string;
  readonly path: string;
}

/** Where a path really points (its folder's links resolved), to compare files named in different ways. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Check, before any work, that every output can be written and that no output names an input or
 * another output: a run that would destroy its own scenario, or write its summary over its CSV, or
 * fail on an unwritable summary after hours of work, is refused at once. Checks that the folder
 * exists and can be written to, and that an existing file is neither a folder nor read-only (an
 * atomic write would replace a read-only file, since renaming needs only the folder's permission).
 * Devices such as /dev/null are written in place and pass. Throws a FileWriteError naming the option.
 */
export function checkOutputs(outputs: readonly Output[], inputs: readonly string[] = []): void {
  const seen = new Map<string, string>();
  const read = new Set(inputs.map(identity));
  for (const { option, path } of outputs) {
    const id = identity(path);
    const stats = statSync(path, { throwIfNoEntry: false });
    const special = stats !== undefined && !stats.isFile() && !stats.isDirectory();
    if (!special) {
      if (seen.has(id)) throw new FileWriteError(`${option} ${path} is the same file as ${seen.get(id)}; give each output its own file`);
      if (read.has(id)) throw new FileWriteError(`${option} ${path} is also an input of this command; writing it would destroy it`);
      seen.set(id, `${option} ${path}`);
    }
    const dir = dirname(resolve(path));
    const folder = statSync(dir, { throwIfNoEntry: false });
    if (!folder?.isDirectory()) throw new FileWriteError(`cannot write ${path}: its folder does not exist`);
    if (stats?.isDirectory()) throw new FileWriteError(`cannot write ${path}: it is a folder`);
    if (special) continue;
    if (stats && (stats.mode & 0o222) === 0) throw new FileWriteError(`cannot write ${path}: it is read-only (make it writable or choose another file)`);
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new FileWriteError(`cannot write ${path}: permission denied in its folder ${dirname(path)}`);
    }
  }
}
