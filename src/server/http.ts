import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Asset } from './assets.js';
import { isAllowedHost } from './hosts.js';

/**
 * Headers on every page: scripts, styles and connections only from this server (no inline script,
 * nothing from elsewhere), no framing, no sniffing, no referrer (the code travels in the fragment,
 * which a browser never sends, but a link out must not carry even the page's address).
 */
function securityHeaders(host: string): Record<string, string> {
  return {
    'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' ws://${host}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** Answer an HTTP request: one of the page's assets, or a short refusal. Only GET and HEAD, only under an allowed Host. */
export function handleRequest(req: IncomingMessage, res: ServerResponse, assets: ReadonlyMap<string, Asset>, allowed: ReadonlySet<string>): void {
  const refuse = (status: number, text: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
    res.end(`${text}\n`);
  };
  if (!isAllowedHost(req.headers.host, allowed)) return refuse(421, 'This server does not answer to that name.');
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Only GET.');
  const path = (req.url ?? '/').split('?')[0];
  const asset = assets.get(path);
  if (!asset) return refuse(404, 'Not found.');
  res.writeHead(200, { 'Content-Type': asset.type, 'Content-Length': asset.body.length, ...securityHeaders(req.headers.host!) });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}
