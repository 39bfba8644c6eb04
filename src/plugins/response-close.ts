// One `close` listener per response, shared by the plugins that free what a request held when it is done
// (the dataset's pin, fair sharing's counts and turn, the unsent-bytes bound). Each plugin registers its
// handler once, and keeps what a request holds on the request itself; one listener per concern and response
// was an allocation, a registration and a call each on every answer.
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Runs when a response is done: sent in full, or its client went away. It must not throw. */
export type ResponseCloseHandler = (request: FastifyRequest, reply: FastifyReply) => void;

declare module 'fastify' {
  interface FastifyInstance {
    /** Adds a handler run once for every response when it closes, in the order added. */
    onResponseClose(handler: ResponseCloseHandler): void;
  }
}

/** The close runs of answers queued on each socket, run by one 'close' listener of the socket. */
const queued = new WeakMap<Socket, Set<() => void>>();

function queuedOn(socket: Socket): Set<() => void> {
  let waiting = queued.get(socket);
  if (!waiting) {
    const runs = new Set<() => void>();
    socket.once('close', () => { for (const run of [...runs]) run(); });
    queued.set(socket, waiting = runs);
  }
  return waiting;
}

const REPLY = Symbol('reply');
type ClosingResponse = ServerResponse & { [REPLY]?: FastifyReply };

async function responseClose(app: FastifyInstance) {
  const handlers: ResponseCloseHandler[] = [];
  function closed(this: ClosingResponse): void {
    const reply = this[REPLY]!;
    for (const handler of handlers) handler(reply.request, reply);
  }
  app.decorate('onResponseClose', (handler: ResponseCloseHandler) => { handlers.push(handler); });
  // First of the onRequest hooks: a request that any later one refuses still closes and runs the handlers,
  // which free only what a hook actually took (a handler finds nothing to free on a request it never saw).
  app.addHook('onRequest', (request, reply, done) => {
    const socket = request.raw.socket as Socket | null;
    // 'close' comes once, whether the response was sent in full or the client went away; except for an answer
    // queued behind another on its connection (pipelining), which Node never closes if the client goes away
    // first (it destroys the request only): the socket's close runs those (queuedOn), at most once either way.
    if (reply.raw.socket || !socket) {
      // One listener function for every response: it finds its reply on the response, no closure per answer.
      (reply.raw as ClosingResponse)[REPLY] = reply;
      reply.raw.on('close', closed);
      return done();
    }
    const waiting = queuedOn(socket);
    let ran = false;
    const run = () => {
      if (ran) return;
      ran = true;
      waiting.delete(run);
      for (const handler of handlers) handler(request, reply);
    };
    waiting.add(run);
    reply.raw.on('close', run);
    done();
  });
}

export default fp(responseClose, { name: 'response-close' });
