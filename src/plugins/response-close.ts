// One `close` listener per response, shared by the plugins that free what a request held when it is done
// (the dataset's pin, fair sharing's counts and turn, the unsent-bytes bound). Each plugin registers its
// handler once, and keeps what a request holds on the request itself; one listener per concern and response
// was an allocation, a registration and a call each on every answer.
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

async function responseClose(app: FastifyInstance) {
  const handlers: ResponseCloseHandler[] = [];
  app.decorate('onResponseClose', (handler: ResponseCloseHandler) => { handlers.push(handler); });
  // First of the onRequest hooks: a request that any later one refuses still closes and runs the handlers,
  // which free only what a hook actually took (a handler finds nothing to free on a request it never saw).
  app.addHook('onRequest', (request, reply, done) => {
    // 'close' comes once, whether the response was sent in full or the client went away.
    reply.raw.on('close', () => {
      for (const handler of handlers) handler(request, reply);
    });
    done();
  });
}

export default fp(responseClose, { name: 'response-close' });
