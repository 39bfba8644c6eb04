// Adds 405 Method Not Allowed (with Allow) for writes to any path that serves GET.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.js';

const ALLOW = 'GET, HEAD, OPTIONS';
const REFUSED = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Collects the URLs of GET routes as they are declared; hand the set to the plugin after the routes. */
export function trackGetRoutes(app: FastifyInstance): Set<string> {
  const urls = new Set<string>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.includes('GET')) urls.add(route.url);
  });
  return urls;
}

async function methodNotAllowed(app: FastifyInstance, options: { urls: Set<string> }) {
  for (const url of options.urls) {
    app.route({
      method: [...REFUSED],
      url,
      schema: { hide: true },
      handler: async (request) => {
        throw new HttpProblem(405, 'Method Not Allowed', `${request.method} is not allowed on ${url}; this API is read-only (${ALLOW}).`, { headers: { allow: ALLOW } });
      },
    });
  }
}

export default fp(methodNotAllowed, { name: 'method-not-allowed', dependencies: ['errors'] });
