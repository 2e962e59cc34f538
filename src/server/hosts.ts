import { hostname, networkInterfaces } from 'node:os';

/** The address people type for `host` (an IPv6 address in brackets) with `port`. */
export function hostWithPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

const isWildcard = (host: string) => host === '0.0.0.0' || host === '::';

/**
 * The Host headers the room answers to: the bound address, and, on loopback, `localhost`; on every
 * network (0.0.0.0), each address of the machine and its name. A page served under any other name
 * (a DNS-rebinding attack names its own domain) is refused, and a WebSocket whose Origin is not one
 * of these pages is refused too.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set<string>([host, 'localhost']);
  if (isWildcard(host)) {
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) names.add(i.address);
    names.add(hostname());
    names.add(`${hostname()}.local`);
  }
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(hostWithPort(name, port).toLowerCase());
    if (port === 80) hosts.add(name.includes(':') ? `[${name}]` : name);
  }
  return hosts;
}

/** The address to give students: the bound one, or, on every network, the machine's first external IPv4 address. */
export function publicHost(host: string): string {
  if (!isWildcard(host)) return host;
  for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) return i.address;
  return '127.0.0.1';
}

/** Pure: true when a request's Host header is one the room answers to. */
export function isAllowedHost(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  return header !== undefined && allowed.has(header.toLowerCase());
}

/** Pure: true when a WebSocket's Origin is a page of this room (http, an allowed host). */
export function isAllowedOrigin(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined || !origin.startsWith('http://')) return false;
  return allowed.has(origin.slice('http://'.length).toLowerCase());
}
