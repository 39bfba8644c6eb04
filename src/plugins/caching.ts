// Adds HTTP caching for read-only data: an ETag per representation (304 on If-None-Match) and Cache-Control.
import etag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache-Control for successful responses; data routes default to the app's setting. */
    cacheControl?: string;
  }
}

async function caching(app: FastifyInstance, options: { cacheControl: string }) {
  await app.register(etag);
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', request.routeOptions.config.cacheControl ?? options.cacheControl);
    }
    return payload;
  });
}

export default fp(caching, { name: 'caching' });
