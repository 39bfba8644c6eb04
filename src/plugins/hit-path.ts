// Answers a response-cache hit from the HTTP server's 'request' event, in front of Fastify's router: the
// stored status, headers and body in one writeHead and end. Through Fastify a hit made a request, a reply
// and a child logger and passed ~15 hooks, about half of its CPU (bench/RESULTS.md, "Where a cached answer's
// CPU goes"). The answer written here is the one the hooks would write, header for header and in the same
// order (tests/hit-path.test.ts compares the two over a socket): Dataset-Version, the security headers, a
// request id, CORS for the Origin sent, the stored headers, Vary, Cache-Control, Content-Length; a 304 when
// If-None-Match names the tag; no body for HEAD. What it cannot answer as the hooks would, it hands to Fastify:
//   - per-client limits that count every request (rate limit, in-flight per client) and X-Forwarded-For
//     clients (trustProxy): then it is not installed at all;
//   - a request logged one by one (the logger at `info` or finer), a drain under way, a method other than
//     GET and HEAD, an HTTP/1.1 request without Host, one queued behind an unfinished answer on its
//     connection (the per-connection count sees it), one whose body would pass the unsent-bytes bound;
//   - the served file not checked yet, known written over, or written over now: like every answer, a hit
//     costs one stat of the path, so no hit is sent from a file changed in place (the hooks then answer 503).
// An answer the kernel did not take whole at once holds what the hooks' answer would (its unsent bytes, its
// place in the per-connection count, drain's in-progress mark) until its response closes.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { cacheKey, noneMatchFails, type CachedResponse } from './caching.js';
import { CORS_EXPOSED_HEADERS, SECURITY_HEADERS, withVary } from './security.js';
import { VERSION_HEADER } from './dataset.js';

export interface HitPathOptions {
  /** Allowed CORS origins, as given to @fastify/cors; ['*'] allows any. */
  corsOrigins: readonly string[];
  rateLimitMax: number;
  maxInFlightPerClient: number;
  trustProxy: boolean | string[];
}

type Headers = Record<string, string>;

/** What @fastify/cors puts on a request that is not a preflight, as the app configures it. */
function corsFor(origins: readonly string[]): (headers: Headers, origin: string | undefined) => void {
  const exposed = CORS_EXPOSED_HEADERS.join(', ');
  if (origins.includes('*')) {
    return (headers) => {
      headers['access-control-allow-origin'] = '*';
      headers['access-control-expose-headers'] = exposed;
    };
  }
  // A list: Vary: Origin always (the answer depends on it), the origin echoed only when listed.
  return (headers, origin) => {
    headers.vary = 'Origin';
    if (origin !== undefined && origins.includes(origin)) headers['access-control-allow-origin'] = origin;
    headers['access-control-expose-headers'] = exposed;
  };
}

/** The headers of a hit in the order the hooks set them (dataset, security, CORS, the cache, caching's onSend). */
function hitHeaders(entry: CachedResponse, origin: string | undefined, cors: ReturnType<typeof corsFor>): Headers {
  const headers: Headers = { [VERSION_HEADER]: entry.version };
  for (const [name, value] of SECURITY_HEADERS) headers[name] = value;
  headers['x-request-id'] = randomUUID();
  cors(headers, origin);
  for (const name in entry.headers) headers[name] = entry.headers[name]!;
  for (const field of entry.vary) headers.vary = withVary(headers.vary, field);
  headers['cache-control'] = entry.cacheControl;
  return headers;
}

/** Whether If-None-Match names the stored answer's tag (or is `*`): the hooks answer 304 (see caching.ts). */
const notModified = (req: IncomingMessage, entry: CachedResponse) =>
  entry.headers.etag !== undefined && noneMatchFails(req.headers['if-none-match'], entry.headers.etag);

/** Whether pino (or the logger given) writes `info` lines: Fastify then logs every request twice. */
const logsRequests = (app: FastifyInstance) => {
  const log = app.log as FastifyBaseLogger & { isLevelEnabled?: (level: string) => boolean };
  return typeof log.isLevelEnabled === 'function' && log.isLevelEnabled('info');
};

/** Installs the hit path in front of Fastify's request handler; does nothing where it could not keep the guarantees. */
export function installHitPath(app: FastifyInstance, options: HitPathOptions): boolean {
  const cache = app.responseCache;
  if (!cache || options.rateLimitMax > 0 || options.maxInFlightPerClient > 0 || options.trustProxy !== false) return false;
  const [fastify, ...others] = app.server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  if (!fastify || others.length) return false;
  const cors = corsFor(options.corsOrigins);
  const holder = app.dataset;

  /** The stored answer this request may be given here, or undefined when Fastify must answer it. */
  const hitFor = (req: IncomingMessage, res: ServerResponse): CachedResponse | undefined => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.host === undefined || res.socket === null) return undefined;
    if (app.draining || logsRequests(app)) return undefined;
    const entry = cache.get(cacheKey(req.url ?? '', req.headers.accept));
    if (!entry) return undefined;
    const store = holder.current;
    if (entry.version !== store.info.content_hash || !holder.verified(store) || holder.knownOverwritten(store)) return undefined;
    // A 304 has no body to count.
    const bytes = notModified(req, entry) ? 0 : entry.payload.length;
    if (entry.countsUnsent && bytes > 0 && !app.unsentBudget.fits(res.socket.remoteAddress ?? '', bytes)) return undefined;
    // Last: the one system call, as the hooks make it for every answer (see Dataset.intact).
    return holder.intact(store) ? entry : undefined;
  };

  /** Takes what the hooks' answer would hold while the kernel has not taken all of it. */
  const holdUntilClosed = (res: ServerResponse, entry: CachedResponse, bytes: number) => {
    const socket = res.socket!;
    const releases = [app.answeredOutside(socket, true), app.holdConnection(socket)];
    if (entry.countsUnsent && bytes > 0) releases.push(app.unsentBudget.hold(socket.remoteAddress ?? '', bytes));
    res.once('close', () => { for (const release of releases) release?.(); });
  };

  const answer = (req: IncomingMessage, res: ServerResponse, entry: CachedResponse) => {
    const headers = hitHeaders(entry, req.headers.origin, cors);
    const socket = res.socket!;
    if (notModified(req, entry)) {
      delete headers['content-type'];
      res.writeHead(304, headers);
      res.end();
    } else {
      headers['content-length'] = String(entry.payload.length);
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else res.end(entry.payload);
    }
    if (socket.writableLength > 0) holdUntilClosed(res, entry, res.statusCode === 200 ? entry.payload.length : 0);
    else app.answeredOutside(socket, false);
  };

  app.server.removeListener('request', fastify);
  app.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const entry = hitFor(req, res);
    if (entry) answer(req, res, entry);
    else fastify(req, res);
  });
  return true;
}
