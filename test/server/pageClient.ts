import WebSocket from 'ws';

/** A message from the server, as a page gets it. */
export type ServerMessage = { readonly type: string; readonly re?: number; readonly code?: string; readonly [key: string]: unknown };

/**
 * A page's WebSocket, as a test drives it: `send` numbers messages as the page does (or takes the
 * id given), `next` waits for the first message (from now on, or already received and not yet
 * taken) that matches, and every raw frame is kept to check what the server never sent.
 */
export interface PageClient {
  readonly ws: WebSocket;
  readonly raw: string[];
  send(message: Record<string, unknown>): number;
  sendRaw(data: string | Buffer): void;
  next(match?: (m: ServerMessage) => boolean): Promise<ServerMessage>;
  closed: Promise<{ code: number; reason: string }>;
}

/** Open a page's socket to `port` with `origin` (a page of the server by default); rejects with the HTTP status when the upgrade is refused. */
export function openPage(port: number, origin: string | null = `http://127.0.0.1:${port}`, host = `127.0.0.1:${port}`): Promise<PageClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { host, ...(origin === null ? {} : { origin }) } });
    const raw: string[] = [];
    const queue: ServerMessage[] = [];
    const waiting: Array<{ match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }> = [];
    let id = 0;
    ws.on('message', (data) => {
      raw.push(data.toString());
      const m = JSON.parse(data.toString()) as ServerMessage;
      const w = waiting.findIndex((x) => x.match(m));
      if (w >= 0) waiting.splice(w, 1)[0].resolve(m);
      else queue.push(m);
    });
    const closed = new Promise<{ code: number; reason: string }>((done) => ws.on('close', (code, reason) => done({ code, reason: reason.toString() })));
    ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.on('error', reject);
    ws.on('open', () => resolve({
      ws, raw, closed,
      send(message) {
        const n = typeof message.id === 'number' ? message.id : ++id;
        id = Math.max(id, n);
        ws.send(JSON.stringify({ ...message, id: n }));
        return n;
      },
      sendRaw: (data) => ws.send(data),
      next(match = () => true) {
        const i = queue.findIndex(match);
        if (i >= 0) return Promise.resolve(queue.splice(i, 1)[0]);
        return new Promise((done) => waiting.push({ match, resolve: done }));
      },
    }));
  });
}

/** A page joined with `code`: its welcome and first state taken. */
export async function joinPage(port: number, code: string): Promise<PageClient & { welcome: ServerMessage; state: ServerMessage }> {
  const page = await openPage(port);
  const re = page.send({ type: 'join', code });
  const welcome = await page.next((m) => m.re === re);
  if (welcome.type !== 'welcome') throw new Error(`join refused: ${JSON.stringify(welcome)}`);
  const state = await page.next((m) => m.type === 'state');
  return Object.assign(page, { welcome, state });
}

/** Wait for a reply to message `re`. */
export const reply = (page: PageClient, re: number) => page.next((m) => m.re === re);

/** Wait for the state in which `turns` turns have been played. */
export const stateAfter = (page: PageClient, turns: number) =>
  page.next((m) => m.type === 'state' && (m.view as { world: { turn: { played: number } } }).world.turn.played === turns);
