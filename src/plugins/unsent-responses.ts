// Bounds the memory held for responses clients do not read. A response body stays in the process until
// the kernel takes it, which a client that never reads can put off until the socket times out; 900 such
// sockets held 140 MB. Bodies handed to Node and not yet flushed are counted, in total and per client, and
// a response that would take either count past its budget is replaced by a small 503 (total) or 429 (per
// client), with Retry-After. Streams (Swagger UI's files) are left alone: they wait for the reader.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { problemBody, titleOf } from '../lib/problems.js';
import { UNLIMITED_ROUTES } from './limits.js';

export interface UnsentResponseLimits {
  /** Bytes of response bodies not yet flushed to the kernel, over all clients; 0 turns the bound off. */
  maxUnsentBytes: number;
  /** The same for one client address; 0 turns it off. */
  maxUnsentBytesPerClient: number;
}

const RETRY_AFTER_S = 5;

function refuse(reply: FastifyReply, status: 429 | 503, detail: string): string {
  for (const name of ['link', 'x-total-count', 'etag']) reply.removeHeader(name);
  reply.code(status).type('application/problem+json; charset=utf-8').header('cache-control', 'no-store').header('retry-after', String(RETRY_AFTER_S));
  return JSON.stringify(problemBody(status, titleOf(status), `${detail}; retry in ${RETRY_AFTER_S} s.`, reply.request.url));
}

async function unsentResponses(app: FastifyInstance, limits: UnsentResponseLimits) {
  let total = 0;
  const perClient = new Map<string, number>();
  const release = (client: string, bytes: number) => {
    total -= bytes;
    const left = (perClient.get(client) ?? bytes) - bytes;
    if (left > 0) perClient.set(client, left);
    else perClient.delete(client);
  };

  // Last onSend hook: what it sees is the body that will be written.
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload, done) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || UNLIMITED_ROUTES.has(request.routeOptions.url ?? '')) return done(null, payload);
    const bytes = Buffer.byteLength(payload);
    const client = request.ip;
    const mine = perClient.get(client) ?? 0;
    if (limits.maxUnsentBytes > 0 && total + bytes > limits.maxUnsentBytes) {
      return done(null, refuse(reply, 503, `Responses not yet read by their clients hold ${Math.round(total / 2 ** 20)} MB, the server's bound`));
    }
    if (limits.maxUnsentBytesPerClient > 0 && mine + bytes > limits.maxUnsentBytesPerClient) {
      return done(null, refuse(reply, 429, `This client has ${Math.round(mine / 2 ** 10)} KB of responses it has not read yet`));
    }
    total += bytes;
    perClient.set(client, mine + bytes);
    // 'close' comes once, either a tick after 'finish' (the body handed to the kernel) or when the socket
    // went away first; one listener, not one per event.
    reply.raw.on('close', () => release(client, bytes));
    done(null, payload);
  });
}

export default fp(unsentResponses, { name: 'unsent-responses' });
