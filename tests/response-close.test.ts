// What a request holds while it is answered (the dataset's pin, its place in the in-flight counts per client
// and per connection, the unsent bytes of its body) is freed when its response closes, through one `close`
// listener per response that the plugins share. With every per-client bound at one request or a little more
// than one body, a keep-alive connection asking again and again gets only 200s: each answer freed its share.
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildSeedDatabase } from './helpers/db.js';

const URLS = ['/v1/people', '/v1/sources', '/v1/people', '/healthz', '/v1/people?limit=1', '/v1/nothing-here'];
const ROUNDS = 5;

let app: FastifyInstance;
let port: number;
const closeListeners: number[] = [];

beforeAll(async () => {
  const dbPath = buildSeedDatabase();
  const probe = await buildApp({ dbPath, limits: { rateLimitMax: 0 } });
  const sizes: number[] = [];
  try {
    for (const url of URLS) sizes.push(Buffer.byteLength((await probe.inject({ url })).body));
  } finally {
    await probe.close();
  }
  const largest = Math.max(...sizes);
  app = await buildApp({
    dbPath,
    responseCacheBytes: 1024 * 1024,
    limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, maxInFlightPerClient: 1, maxInFlightPerConnection: 1, maxUnsentBytesPerClient: Math.ceil(largest * 1.5) },
  });
  app.addHook('onResponse', (_request, reply, done) => { closeListeners.push(reply.raw.listenerCount('close')); done(); });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as net.AddressInfo).port;
});
afterAll(async () => { await app?.close(); });

/** Sends one request on the socket and reads its whole answer (Content-Length framed); returns the status. */
function ask(socket: net.Socket, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const headEnd = received.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const head = received.subarray(0, headEnd).toString();
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
      if (received.length < headEnd + 4 + length) return;
      socket.off('data', onData);
      socket.off('error', reject);
      resolve(Number(head.slice(9, 12)));
    };
    socket.on('data', onData);
    socket.on('error', reject);
    socket.write(`GET ${url} HTTP/1.1\r\nHost: x\r\n\r\n`);
  });
}

describe('what a request holds, freed when its response closes', () => {
  it('a keep-alive connection asking again and again stays within one request in flight and one body unsent', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const statuses: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) for (const url of URLS) statuses.push(await ask(socket, url));
    } finally {
      socket.destroy();
    }
    const expected = URLS.map((url) => (url === '/v1/nothing-here' ? 404 : 200));
    expect(statuses).toEqual(Array.from({ length: ROUNDS }, () => expected).flat());
  });

  it('each response has one close listener from the app, whichever plugins hold something', () => {
    expect(closeListeners.length).toBe(ROUNDS * URLS.length);
    expect(new Set(closeListeners)).toEqual(new Set([1]));
  });
});
