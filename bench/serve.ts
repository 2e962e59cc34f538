/**
 * Classroom server benchmark (npm run bench:serve): `multipolar serve --headless` in a child
 * process, 5 teams with 8 pages each connected over loopback (40 WebSockets), 20 turns. Each turn
 * every team walks the order menu as a student would (the first open choice at each step) and
 * seals; the clock starts when the last team's seal is sent and stops, for each page, when that
 * page has the news of the turn. Reports those latencies (aim: every page under 100 ms) and the
 * server's peak memory (VmHWM: its maximum resident set).
 *
 *   npm run bench:serve -- [--turns 20] [--pages 8]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const BIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

type Message = { readonly type: string; readonly re?: number; readonly [key: string]: unknown };

/** One page: a socket joined with a team's code, waiting for replies and for news. */
class Page {
  private id = 0;
  private readonly replies = new Map<number, (m: Message) => void>();
  private readonly watchers: Array<{ played: number; resolve: (at: number) => void }> = [];
  played = 0;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as Message;
      if (m.re !== undefined) this.replies.get(m.re)?.(m);
      if (m.type === 'state') {
        const at = performance.now();
        this.played = (m.view as { world: { turn: { played: number } } }).world.turn.played;
        for (const w of this.watchers.splice(0)) if (this.played >= w.played) w.resolve(at); else this.watchers.push(w);
      }
    });
  }

  static open(url: string, code: string): Promise<Page> {
    const { host } = new URL(url);
    const ws = new WebSocket(`ws://${host}/ws`, { headers: { origin: `http://${host}` } });
    return new Promise((resolve, reject) => {
      ws.on('error', reject);
      ws.on('open', async () => {
        const page = new Page(ws);
        const welcome = await page.ask({ type: 'join', code });
        if (welcome.type !== 'welcome') reject(new Error(`join refused: ${JSON.stringify(welcome)}`));
        else resolve(page);
      });
    });
  }

  ask(message: Record<string, unknown>): Promise<Message> {
    const id = ++this.id;
    return new Promise((resolve) => {
      this.replies.set(id, resolve);
      this.ws.send(JSON.stringify({ ...message, id }));
    });
  }

  send(message: Record<string, unknown>): void {
    this.ws.send(JSON.stringify({ ...message, id: ++this.id }));
  }

  /** The moment (performance.now) this page has the state after `played` turns. */
  newsOf(played: number): Promise<number> {
    if (this.played >= played) return Promise.resolve(performance.now());
    return new Promise((resolve) => this.watchers.push({ played, resolve }));
  }

  close(): void {
    this.ws.close();
  }
}

/** A team's order for this turn, as a student finds it: the first open choice at each step of the menu. */
async function chooseOrder(page: Page): Promise<string[]> {
  const path: string[] = [];
  for (let depth = 0; depth < 8; depth++) {
    const reply = await page.ask({ type: 'menu', path });
    const step = reply.step as { kind: string; choices?: Array<{ key: string; unavailable: string | null }>; refusal?: string | null };
    if (step.kind === 'done' || (step.kind === 'many' && !step.refusal)) return path;
    const open = step.choices?.find((c) => !c.unavailable);
    if (!open) return ['hold'];
    path.push(open.key);
  }
  return ['hold'];
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const turns = arg('--turns', 20);
  const perTeam = arg('--pages', 8);
  const dir = mkdtempSync(join(tmpdir(), 'multipolar-bench-serve-'));
  const child = spawn(process.execPath, [BIN, 'serve', '--headless', '--scenario', 'inf-2019', '--turns', String(turns), '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const line = await new Promise<{ url: string; teams: Record<string, { code: string }> }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))));
      });
      child.on('exit', (code) => reject(new Error(`serve ended with ${code}`)));
    });
    const teams = Object.entries(line.teams);
    const pages = new Map<string, Page[]>();
    for (const [actor, { code }] of teams) pages.set(actor, await Promise.all(Array.from({ length: perTeam }, () => Page.open(line.url, code))));
    const all = [...pages.values()].flat();
    const perTurnWorst: number[] = [];
    const each: number[] = [];
    for (let turn = 1; turn <= turns; turn++) {
      const actors = teams.map(([a]) => a);
      const last = actors[turn % actors.length];
      // Every team but one seals first (in parallel), each from its first page.
      await Promise.all(actors.filter((a) => a !== last).map(async (a) => {
        const page = pages.get(a)![0];
        const ok = await page.ask({ type: 'seal', turn, path: await chooseOrder(page) });
        if (ok.type !== 'ok') await page.ask({ type: 'seal', turn, path: ['hold'] });
      }));
      const lastPage = pages.get(last)![0];
      const path = await chooseOrder(lastPage);
      const check = await lastPage.ask({ type: 'menu', path });
      const sealPath = (check.step as { kind: string }).kind === 'choose' ? ['hold'] : path;
      const news = all.map((p) => p.newsOf(turn));
      const start = performance.now();
      lastPage.send({ type: 'seal', turn, path: sealPath });
      const times = (await Promise.all(news)).map((t) => t - start);
      each.push(...times);
      perTurnWorst.push(Math.max(...times));
    }
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
    for (const p of all) p.close();
    const sorted = [...each].sort((a, b) => a - b);
    const worst = [...perTurnWorst].sort((a, b) => a - b);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`multipolar serve: ${teams.length} teams × ${perTeam} pages = ${all.length} WebSockets over loopback, ${turns} turns of inf-2019`);
    console.log(`last seal → a page's news (${each.length} deliveries): median ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted[sorted.length - 1])}`);
    console.log(`last seal → every page's news, per turn: median ${ms(percentile(worst, 50))}, max ${ms(worst[worst.length - 1])} (aim: under 100 ms)`);
    console.log(`server peak memory (VmHWM): ${hwm.toFixed(1)} MiB`);
    console.log(`every page's news, turn by turn (ms): ${perTurnWorst.map((t) => t.toFixed(0)).join(" ")}`);
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
