// Clients that ask for a large page and never read it cannot make the server hold unbounded memory: bodies
// not yet flushed to the kernel are bounded in total, and past the bound a request is a 503 with Retry-After.
// Loopback's kernel buffers take a few answers whole, so each socket pipelines more than they hold.
import net from 'node:net';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildSeedDatabase } from './helpers/db.js';

const BOUND = 1024 * 1024;
const SOCKETS = 10;
/** Answers each socket pipelines: more than loopback's kernel buffers take, so the rest stay in the process. */
const DEPTH = 8;

let app: FastifyInstance;
let port: number;
const serverSockets = new Set<Socket>();

beforeAll(async () => {
  app = await buildApp({ dbPath: buildSeedDatabase(), limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, maxUnsentBytes: BOUND, maxUnsentBytesPerClient: 0 } });
  app.server.on('connection', (socket: Socket) => { serverSockets.add(socket); socket.once('close', () => serverSockets.delete(socket)); });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as net.AddressInfo).port;
});
afterAll(async () => { await app?.close(); });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('responses nobody reads', () => {
  it(`${SOCKETS} sockets that never read the OpenAPI document ${DEPTH} times: past ${BOUND} bytes held, answers are 503s with Retry-After`, async () => {
    const size = (await app.inject({ url: '/openapi.json' })).body.length;
    expect(size * SOCKETS * DEPTH).toBeGreaterThan(10 * BOUND);
    const clients = Array.from({ length: SOCKETS }, () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.pause();
      socket.write('GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(DEPTH));
      return socket;
    });
    // Every request answered (written or refused) before the server's buffers are looked at.
    for (let i = 0; i < 100 && serverSockets.size < SOCKETS; i += 1) await sleep(20);
    await sleep(300);

    // Each socket's answers, read now: the status line and headers of each.
    const answers = await Promise.all(clients.map((socket) => new Promise<string[]>((resolve) => {
      let received = '';
      const heads = () => [...received.matchAll(/HTTP\/1\.1 \d{3}[\s\S]*?\r\n\r\n/g)].map((m) => m[0]);
      const timer = setTimeout(() => { socket.destroy(); resolve(heads()); }, 10_000);
      socket.on('data', (chunk) => {
        received += chunk;
        if (heads().length === DEPTH) { clearTimeout(timer); socket.destroy(); resolve(heads()); }
      });
      socket.resume();
    })));
    const statuses = answers.flat();
    expect(statuses).toHaveLength(DEPTH * SOCKETS);
    const refused = statuses.filter((head) => head.startsWith('HTTP/1.1 503'));
    expect(refused.length).toBeGreaterThan(0);
    for (const head of refused) expect(head.toLowerCase()).toContain('retry-after:');
    expect(statuses.every((head) => /^HTTP\/1\.1 (?:200|503)/.test(head))).toBe(true);

    // Once they are gone, the bytes are released: a reader gets the page.
    for (let i = 0; i < 100 && serverSockets.size > 0; i += 1) await sleep(20);
    const r = await fetch(`http://127.0.0.1:${port}/openapi.json`);
    expect(r.status).toBe(200);
    expect((await r.text()).length).toBe(size);
  });
});
