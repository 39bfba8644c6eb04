// Adds security headers for a JSON API (helmet): nothing may be framed, scripted or sniffed; Swagger UI's
// own pages carry the CSP @fastify/swagger-ui computes for its static files.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function security(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}

export default fp(security, { name: 'security' });
