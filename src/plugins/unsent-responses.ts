// Bounds the memory held for responses clients do not read. A response body stays in the process until
// the kernel takes it, which a client that never reads can put off until the socket times out; 900 such
// sockets held 140 MB. Bodies handed to Node and not yet flushed are counted, in total and per client, and
// a response that would take either count past its budget is replaced by a small 503 (total) or 429 (per
// client), with Retry-After. Streams (Swagger UI's files) are left alone: they wait for the reader.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { problemBody, titleOf } from '../lib/problems.js';
import { UNLIMITED_ROUTES } from './limits.js';
import { routeOf } from './route-options.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The bound as seen by answers written outside the hooks (plugins/hit-path.ts). */
    unsentBudget: UnsentBudget;
  }
  interface FastifyRequest {
    /** The body bytes this request's responses hold in the counts until it is done; 0 when none. */
    unsentBytes: number;
    /** The client address those bytes are counted under. */
    unsentClient: string;
  }
}

export interface UnsentResponseLimits {
  /** Bytes of response bodies not yet flushed to the kernel, over all clients; 0 turns the bound off. */
  maxUnsentBytes: number;
  /** The same for one client address; 0 turns it off. */
  maxUnsentBytesPerClient: number;
}

const RETRY_AFTER_S = 5;

export interface UnsentBudget {
  /** Whether a body of this many bytes fits both bounds for this client (else the hooks' answer is a refusal). */
  fits(client: string, bytes: number): boolean;
  /** Counts a body that is not yet flushed; the returned function releases it. */
  hold(client: string, bytes: number): () => void;
}

function refuse(reply: FastifyReply, status: 429 | 503, detail: string): string {
  for (const name of ['link', 'x-total-count', 'etag']) reply.removeHeader(name);
  reply.code(status).type('application/problem+json; charset=utf-8').header('cache-control', 'no-store').header('retry-after', String(RETRY_AFTER_S));
  return JSON.stringify(problemBody(status, titleOf(status), `${detail}; retry in ${RETRY_AFTER_S} s.`, reply.request.url));
}

/** How often clients whose bodies have all been flushed are forgotten (see release). */
const FORGET_FLUSHED_MS = 10_000;

async function unsentResponses(app: FastifyInstance, limits: UnsentResponseLimits) {
  let total = 0;
  const perClient = new Map<string, number>();
  // A client's count is left at zero when its last body is flushed, not deleted: a client that keeps asking
  // drops to zero between two answers, and deleting and re-inserting its entry on each was garbage per
  // request. The sweep forgets the zeros, so the table stays as small as the clients with bytes in flight.
  const release = (client: string, bytes: number) => {
    total -= bytes;
    perClient.set(client, Math.max(0, (perClient.get(client) ?? bytes) - bytes));
  };
  const sweep = setInterval(() => {
    for (const [client, bytes] of perClient) if (bytes === 0) perClient.delete(client);
  }, FORGET_FLUSHED_MS).unref();
  app.addHook('onClose', (_app, done) => { clearInterval(sweep); done(); });

  app.decorate('unsentBudget', {
    fits: (client: string, bytes: number) => (limits.maxUnsentBytes <= 0 || total + bytes <= limits.maxUnsentBytes)
      && (limits.maxUnsentBytesPerClient <= 0 || (perClient.get(client) ?? 0) + bytes <= limits.maxUnsentBytesPerClient),
    hold: (client: string, bytes: number) => {
      total += bytes;
      perClient.set(client, (perClient.get(client) ?? 0) + bytes);
      return () => release(client, bytes);
    },
  } satisfies UnsentBudget);
  app.decorateRequest('unsentBytes', 0);
  app.decorateRequest('unsentClient', '');
  // Last onSend hook: what it sees is the body that will be written.
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload, done) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || UNLIMITED_ROUTES.has(routeOf(request).url ?? '')) return done(null, payload);
    const bytes = Buffer.byteLength(payload);
    const client = request.ip;
    const mine = perClient.get(client) ?? 0;
    if (limits.maxUnsentBytes > 0 && total + bytes > limits.maxUnsentBytes) {
      return done(null, refuse(reply, 503, `Responses not yet read by their clients hold ${Math.round(total / 2 ** 20)} MB, the server's bound`));
    }
    if (limits.maxUnsentBytesPerClient > 0 && mine + bytes > limits.maxUnsentBytesPerClient) {
      return done(null, refuse(reply, 429, `This client has ${Math.round(mine / 2 ** 10)} KB of responses it has not read yet`));
    }
    // An empty body holds nothing (and would leave a zero count behind: only bytes are released on close).
    // Added, not set: a body replaced after this hook (an error in a later route hook) passes here again.
    if (bytes > 0) {
      total += bytes;
      perClient.set(client, mine + bytes);
      request.unsentBytes += bytes;
      request.unsentClient = client;
    }
    done(null, payload);
  });
  // A response closes a tick after 'finish' (the body handed to the kernel), or when the socket went away first.
  app.onResponseClose((request) => {
    if (request.unsentBytes > 0) release(request.unsentClient, request.unsentBytes);
  });
}

export default fp(unsentResponses, { name: 'unsent-responses', dependencies: ['response-close', 'route-options'] });
