import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file of the team page, held in memory: every asset is served by the process, none from a CDN. */
export interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

/** The page's files, by the path they are served at. */
const FILES: Readonly<Record<string, { readonly file: string; readonly type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/dom.js': { file: 'dom.js', type: 'text/javascript; charset=utf-8' },
  '/connection.js': { file: 'connection.js', type: 'text/javascript; charset=utf-8' },
  '/world.js': { file: 'world.js', type: 'text/javascript; charset=utf-8' },
  '/team.js': { file: 'team.js', type: 'text/javascript; charset=utf-8' },
  '/facilitator.js': { file: 'facilitator.js', type: 'text/javascript; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/**
 * The folder of the page's files: src/server/public, beside this module when it runs from source
 * (tests), or from the package's root when it runs compiled from dist/src/server.
 */
function publicFolder(): string {
  for (const candidate of ['./public/', '../../../src/server/public/']) {
    const folder = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(folder)) return folder;
  }
  throw new Error('the team page\'s files (src/server/public) are missing from this installation');
}

/** Read every asset once, at start: a request never touches the disk, and no path from a request names a file. */
export function loadAssets(): ReadonlyMap<string, Asset> {
  const folder = publicFolder();
  return new Map(Object.entries(FILES).map(([path, { file, type }]) => [path, { body: readFileSync(`${folder}${file}`), type }]));
}
