import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { loadAssets } from './assets.js';
import { allowedHosts, hostWithPort, isAllowedHost, isAllowedOrigin, publicHost } from './hosts.js';
import { handleRequest } from './http.js';
import { ListenError } from './listenError.js';
import { MAX_FRAME_BYTES } from './protocol.js';
import { Room, type RoomOptions } from './room.js';

/** Where to listen: an address (127.0.0.1 by default; 0.0.0.0 for the room's network) and a port (0: any free one). */
export interface Listen {
  readonly host: string;
  readonly port: number;
}

/** A running classroom server: its room, the address students open, and how to stop it. */
export interface RunningServer {
  readonly room: Room;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function listen(server: Server, { host, port }: Listen): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new ListenError(`port ${port} is in use on ${host}: choose another with --port (or --port 0 for any free one)`));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') reject(new ListenError(`${host} is not an address of this machine`));
      else if (e.code === 'EACCES') reject(new ListenError(`port ${port} needs privileges: choose one above 1023 with --port`));
      else reject(e);
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Start the classroom: an HTTP server for the team page and a WebSocket endpoint (/ws) for its
 * messages, on one port. An upgrade is taken only at /ws, under an allowed Host, from a page of
 * this server (its Origin); messages over MAX_FRAME_BYTES close the socket (ws's maxPayload).
 */
export async function startServer(at: Listen, options: RoomOptions): Promise<RunningServer> {
  const assets = loadAssets();
  const room = new Room(options);
  let allowed = new Set<string>();
  const server = createServer((req, res) => handleRequest(req, res, assets, allowed));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false, clientTracking: false });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if ((req.url ?? '').split('?')[0] !== '/ws') return refuse('404 Not Found');
    if (!isAllowedHost(req.headers.host, allowed) || !isAllowedOrigin(req.headers.origin, allowed)) return refuse('403 Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => room.attach(ws, req.socket.remoteAddress ?? 'unknown'));
  });
  // A client that opens connections and sends nothing must not hold them: the usual timeouts, shorter.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  const port = await listen(server, at);
  allowed = allowedHosts(at.host, port);
  const url = `http://${hostWithPort(publicHost(at.host), port)}/`;
  room.url = url;
  return {
    room, url, port,
    close: () => new Promise<void>((resolve) => {
      room.close();
      wss.close();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
