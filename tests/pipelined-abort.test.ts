// A client that pipelines requests and drops the connection while the first is still being answered: Node
// destroys the queued requests but never closes their responses, so what they held (the dataset's pin, their
// places in the per-client in-flight count) must be freed by the socket's close. Held, the pins made every later
// live swap wait for its time limit, and the counts refused the client's next requests with 429.
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildSeedDatabase } from './helpers/db.js';

const QUEUED = 4;
let app: FastifyInstance;
let port: number;
let openGate: () => void = () => {};
let firstArrived: () => void = () => {};
const arrived = new Promise<void>((resolve) => { firstArrived = resolve; });

beforeAll(async () => {
  app = await buildApp({ dbPath: buildSeedDatabase(), responseCacheBytes: 0, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, maxInFlightPerClient: QUEUED + 1 } });
  const gate = new Promise<void>((resolve) => { openGate = resolve; });
  // A route of the test's own that answers only once the test lets it: the pipelined requests queue behind it.
  app.get('/test-gated', async () => { firstArrived(); await gate; return { ok: true }; });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as net.AddressInfo).port;
});
afterAll(async () => { openGate(); await app?.close(); });

const pinsHeld = () => [...(app.dataset as unknown as { pins: Map<unknown, number> }).pins.values()].reduce((a, b) => a + b, 0);

/** Polls a condition every 20 ms, at most 150 times. */
async function until(condition: () => boolean): Promise<boolean> {
  for (let i = 0; i < 150 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

describe('a pipelining client that goes away mid-burst', () => {
  it('leaves no pin and no in-flight count behind', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.on('error', () => {});
    socket.write(`GET /test-gated HTTP/1.1\r\nHost: x\r\n\r\n${'GET /v1/people HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(QUEUED)}`);
    await arrived;
    expect(await until(() => pinsHeld() === QUEUED + 1)).toBe(true);
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    openGate();
    expect(await until(() => pinsHeld() === 0)).toBe(true);
    // The same client asks again, as many at once as its in-flight bound allows: none is refused.
    const statuses = await Promise.all(Array.from({ length: QUEUED + 1 }, () => fetch(`http://127.0.0.1:${port}/v1/people?limit=1`).then((r) => r.status)));
    expect(statuses).toEqual(Array.from({ length: QUEUED + 1 }, () => 200));
  });
});
