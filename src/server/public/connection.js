// The page's one WebSocket to the server: it joins with the code, numbers every message (the
// server refuses a number it has seen), and reconnects with the same code after a drop.

const RETRY_MS = [500, 1000, 2000, 4000, 5000];

/**
 * Connect with `code`. `handlers.message(m)` gets every message from the server, `handlers.link(text)`
 * the state of the link, `handlers.refused(m)` a refusal that ends the connection (a wrong code, a
 * code reset): the page then asks for a code again instead of reconnecting.
 */
export function connect(code, handlers) {
  let ws = null;
  let id = 0;
  let tries = 0;
  let stopped = false;
  const open = () => {
    id = 0;
    ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    ws.addEventListener('open', () => {
      handlers.link('joining…');
      send({ type: 'join', code });
    });
    ws.addEventListener('message', (event) => {
      let m;
      try {
        m = JSON.parse(event.data);
      } catch {
        return;
      }
      if (m.type === 'welcome') tries = 0, handlers.link('connected');
      if ((m.type === 'error' && (m.code === 'wrong-code' || m.code === 'rate-limited') && m.re === 1) || m.type === 'bye') {
        stopped = true;
        handlers.refused(m);
        ws.close();
        return;
      }
      handlers.message(m);
    });
    ws.addEventListener('close', () => {
      if (stopped) return;
      const wait = RETRY_MS[Math.min(tries++, RETRY_MS.length - 1)];
      handlers.link(`connection lost: trying again in ${wait / 1000} s…`);
      setTimeout(open, wait);
    });
  };
  const send = (message) => {
    if (!ws || ws.readyState !== WebSocket.OPEN) return null;
    id += 1;
    ws.send(JSON.stringify({ ...message, id }));
    return id;
  };
  open();
  return { send, stop: () => ((stopped = true), ws?.close()) };
}
