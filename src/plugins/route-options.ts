// Fastify 5 builds request.routeOptions anew on every read (a dozen fields), and the hooks that every answer
// passes read it several times; routeOf keeps the first one for the rest of the request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

type RouteOptions = FastifyRequest['routeOptions'];

declare module 'fastify' {
  interface FastifyRequest {
    /** request.routeOptions as first read (see routeOf); null until then. */
    routeOptionsRead: FastifyRequest['routeOptions'] | null;
  }
}

/** The request's route options, built once per request (a route never changes during a request). */
export const routeOf = (request: FastifyRequest): RouteOptions => (request.routeOptionsRead ??= request.routeOptions);

async function routeOptions(app: FastifyInstance) {
  // Declared, so that every request object has the field from the start (one shape for all of them).
  app.decorateRequest('routeOptionsRead', null);
}

export default fp(routeOptions, { name: 'route-options' });
