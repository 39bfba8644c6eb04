// The bursts of issue 24 for `npm run attack`: one client (one loopback address) floods the server in one
// way at a time while two others time /healthz and a cached data request. Every burst is bounded in time.
import { execFile } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { SEARCH_WINDOW } from '../../src/db/search.js';

export interface BurstResult {
  name: string;
  health: number[];
  cached: number[];
  attackStatuses: Map<number, number>;
  /** Answers of 5xx other than 503 with Retry-After, or no answer at all. */
  badAnswers: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A CORS preflight, as a browser sends it before a cross-origin GET. */
const PREFLIGHT = { method: 'OPTIONS', headers: { origin: 'https://attacker.example', 'access-control-request-method': 'GET' } };

/** Sends one request (GET unless told) on an agent and resolves with status, Retry-After presence and latency; never rejects. */
function get(agent: http.Agent, base: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; retryAfter: boolean; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    http.request(`${base}${path}`, { agent, timeout: 30_000, ...options }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] !== undefined, ms: performance.now() - started }));
    }).on('error', () => resolve({ status: 0, retryAfter: false, ms: performance.now() - started }))
      .on('timeout', function (this: http.ClientRequest) { this.destroy(); }).end();
  });
}

/** Times a request every `everyMs` from its own address and its own process, for `seconds`. */
function probe(base: string, address: string, path: string, everyMs: number, seconds: number): Promise<number[]> {
  const script = fileURLToPath(new URL('./probe.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script, base, path, String(everyMs), String(seconds), address], { timeout: (seconds + 60) * 1000 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as number[]);
    });
  });
}

/** `connections` keep-alive connections from one address, each sending `path(i)` back to back. */
function connectionsFlood(connections: number, path: (i: number) => string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return async (base: string, address: string, until: number, count: (status: number, retryAfter: boolean) => void) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections, localAddress: address });
    let sent = 0;
    await Promise.all(Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const r = await get(agent, base, path(sent++), options);
        count(r.status, r.retryAfter);
        // A refused request is answered at once; waiting as told keeps the loop from being a pure spin.
        if (r.status === 429 || r.status === 503) await sleep(50);
      }
    }));
    agent.destroy();
  };
}

/** One connection at a time from one address, each with `depth` pipelined requests written at once. */
function pipelined(depth: number, path: (i: number) => string) {
  return async (base: string, address: string, until: number, count: (status: number, retryAfter: boolean) => void) => {
    const { port, hostname } = new URL(base);
    for (let round = 0; performance.now() < until; round += 1) {
      const socket = net.connect({ port: Number(port), host: hostname, localAddress: address });
      let received = '';
      await new Promise<void>((resolve) => {
        const done = () => { socket.destroy(); resolve(); };
        const timer = setTimeout(done, Math.max(1000, until - performance.now() + 5000));
        socket.on('data', (chunk) => {
          received += chunk;
          if ((received.match(/HTTP\/1\.1 \d{3} /g)?.length ?? 0) >= depth) { clearTimeout(timer); done(); }
        });
        socket.on('error', () => { clearTimeout(timer); done(); });
        socket.write(Array.from({ length: depth }, (_, i) => `GET ${path(round * depth + i)} HTTP/1.1\r\nHost: attack\r\n\r\n`).join(''));
      });
      const answers = [...received.matchAll(/HTTP\/1\.1 (\d{3}) [^\r]*\r\n((?:[^\r]+\r\n)*)/g)];
      for (const [, status, headers] of answers) count(Number(status), /^retry-after:/im.test(headers!));
      for (let missing = depth - answers.length; missing > 0; missing -= 1) count(0, false);
    }
  };
}

/** No burst at all: what the probes measure of the machine's own noise, at the same moment. */
const noBurst = () => async (_base: string, _address: string, until: number) => { await sleep(Math.max(0, until - performance.now())); };

/** Deep offsets a search page may ask for (offset + limit at most the search window; limit 50 is the most): the costliest allowed. */
const deepOffset = (i: number) => SEARCH_WINDOW / 2 + (i % (SEARCH_WINDOW / 2 - 50));

export const BURSTS = {
  'no burst (the probes alone: the machine\'s own noise)': noBurst(),
  '60 connections, one deep search each, back to back': connectionsFlood(60, (i) => `/v1/search?q=in&offset=${deepOffset(i)}`),
  '200 pipelined searches on one connection': pipelined(200, (i) => `/v1/search?q=in&offset=${deepOffset(i)}`),
  'two connections looping in-in-in… (333 copies)': connectionsFlood(2, (i) => `/v1/search?q=${Array.from({ length: 333 }, () => 'in').join('-')}&offset=${i % 500}`),
  'OPTIONS flood: 4 connections of preflights, back to back': connectionsFlood(4, (i) => `/v1/search?q=in&offset=${i % 4000}`, PREFLIGHT),
};

/** Runs one burst for `seconds` from `attacker` while /healthz and a cached request are timed from two other addresses. */
export async function runBurst(base: string, name: keyof typeof BURSTS, seconds: number, cachedPath: string): Promise<BurstResult> {
  const warm = new http.Agent({ localAddress: '127.0.0.41' });
  await get(warm, base, cachedPath);
  warm.destroy();
  const attackStatuses = new Map<number, number>();
  let badAnswers = 0;
  const count = (status: number, retryAfter: boolean) => {
    attackStatuses.set(status, (attackStatuses.get(status) ?? 0) + 1);
    if (status === 0 || (status >= 500 && !(status === 503 && retryAfter))) badAnswers += 1;
  };
  // The probes load tsx first (about a second): the burst starts once they are up, and they time its middle.
  const probes = Promise.all([probe(base, '127.0.0.42', '/healthz', 50, seconds), probe(base, '127.0.0.43', cachedPath, 20, seconds)]);
  await sleep(1500);
  // Longer than the probes by their start-up, so that they time the burst, not its tail.
  const until = performance.now() + (seconds + 3) * 1000;
  const attack = BURSTS[name](base, '127.0.0.40', until, count);
  const [health, cached] = await probes;
  await attack;
  return { name, health, cached, attackStatuses, badAnswers };
}

/** A status line followed by header lines: what a body (the OpenAPI document quotes status lines) is not. */
const STATUS_LINES = /HTTP\/1\.1 (\d{3}) [^\r\n]*\r\n(?:[\w-]+: [^\r\n]*\r\n)+\r\n/g;

/**
 * Opens `sockets` connections spread over loopback addresses, each asking for `path` `depth` times pipelined
 * and never reading, then returns what the server answered once they read; the caller samples RSS meanwhile.
 */
export async function slowReaders(base: string, path: string, sockets: number, depth: number, hold: () => Promise<void>): Promise<Map<string, number>> {
  const { port, hostname } = new URL(base);
  const clients = Array.from({ length: sockets }, (_, i) => {
    const socket = net.connect({ port: Number(port), host: hostname, localAddress: `127.0.2.${1 + (i % 200)}` });
    socket.on('error', () => undefined);
    socket.pause();
    socket.write(`GET ${path} HTTP/1.1\r\nHost: slow\r\n\r\n`.repeat(depth));
    return socket;
  });
  await hold();
  const statuses = new Map<string, number>();
  await Promise.all(clients.map((socket) => new Promise<void>((resolve) => {
    let received = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const [, status] of received.matchAll(STATUS_LINES)) statuses.set(status!, (statuses.get(status!) ?? 0) + 1);
      socket.destroy();
      resolve();
    };
    const timer = setTimeout(finish, 15_000);
    socket.on('data', (chunk) => {
      received += chunk;
      if ((received.match(STATUS_LINES)?.length ?? 0) >= depth) { clearTimeout(timer); finish(); }
    });
    socket.on('close', () => { clearTimeout(timer); finish(); });
    socket.resume();
  })));
  return statuses;
}
