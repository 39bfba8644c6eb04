// Adds security headers for a JSON API, as helmet computes them: nothing may be framed, scripted or
// sniffed. The headers do not depend on the request, so helmet runs once at start-up and every response
// gets the result (running helmet per request cost ~7% of a cached answer). Swagger UI's own pages
// replace the CSP with the one @fastify/swagger-ui computes for its static files.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => { headers[name.toLowerCase()] = String(value); },
    removeHeader: (name: string) => { delete headers[name.toLowerCase()]; },
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Headers that only matter for HTML documents a browser renders, not for JSON a script fetches.
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  })({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

export const CORS_EXPOSED_HEADERS = ['ETag', 'Link', 'X-Total-Count', 'X-Request-Id', 'Retry-After', 'Dataset-Version'];

/**
 * The headers every response carries (security headers and CORS), for the answers written outside the
 * hook pipeline: errors Fastify raises before routing and those written on the raw socket. Given the
 * caller's Origin, CORS matches what @fastify/cors sends.
 */
export function fallbackHeaders(corsOrigins: readonly string[]): (origin?: string) => Record<string, string> {
  const security = securityHeaders();
  const anyOrigin = corsOrigins.includes('*');
  const exposed = { 'access-control-expose-headers': CORS_EXPOSED_HEADERS.join(', ') };
  return (origin) => {
    if (anyOrigin) return { ...security, 'access-control-allow-origin': '*', ...exposed };
    const cors = origin !== undefined && corsOrigins.includes(origin) ? { 'access-control-allow-origin': origin, ...exposed } : {};
    return { ...security, ...cors, vary: 'Origin' };
  };
}

/** Vary with a field added, the ones already there kept (CORS adds Origin, formats add Accept). */
export function withVary(current: string | undefined, field: string): string {
  if (current === undefined || current === '') return field;
  const fields = current.split(',').map((f) => f.trim().toLowerCase());
  return fields.includes(field.toLowerCase()) || fields.includes('*') ? current : `${current}, ${field}`;
}

/** Adds a field to the reply's Vary (see withVary). */
export function appendVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const next = withVary(current === undefined ? undefined : String(current), field);
  if (next !== current) reply.header('vary', next);
}

/** The security headers as name-value pairs, in the order every answer carries them. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = Object.entries(securityHeaders());

async function security(app: FastifyInstance) {
  // As pairs: reply.headers(object) lists the object's keys anew for every answer.
  const headers = SECURITY_HEADERS;
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of headers) reply.header(name, value);
    // The request's id too, which every answer carries (a client quotes it when it reports a problem).
    reply.header('x-request-id', request.id);
    done();
  });
}

export default fp(security, { name: 'security' });
