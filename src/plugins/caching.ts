// Adds HTTP caching for read-only data: an ETag per representation and dataset version on successful
// answers (304 when If-None-Match names it or is `*`, RFC 9110 13.1.2; errors carry none), Cache-Control, and an in-process LRU of serialized responses. A dataset version never
// changes, so a response is fully determined by the version, the URL and the Accept header; a hit skips
// validation, SQL and serialization (CORS, rate limiting, security headers and the ETag still apply).
// Both are keyed by the version the request pinned, so after a new build is switched in no client gets a
// 304 or a cached body from the old one.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { storeOf } from './dataset.js';
import { appendVary } from './security.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache-Control for successful responses; data routes default to the app's setting. */
    cacheControl?: string;
  }
}

export interface CachingOptions {
  cacheControl: string;
  /** Upper bound of the response cache in bytes; 0 turns it off. */
  responseCacheBytes: number;
}

const REPLAYED_HEADERS = ['content-type', 'link', 'x-total-count', 'vary', 'etag'] as const;

/** A body as the route serialized it (a string) or as a query worker sent it back (bytes). */
interface CachedResponse { payload: string | Buffer; headers: Record<string, string> }

const sizeOf = (key: string, entry: CachedResponse) =>
  key.length * 2 + (typeof entry.payload === 'string' ? entry.payload.length * 2 : entry.payload.length);

/** A byte-bounded LRU (a Map keeps insertion order; a hit moves the entry to the end). */
class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    const size = sizeOf(key, entry);
    if (size > this.maxBytes / 8 || this.entries.has(key)) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, value);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

const hits = new WeakSet<FastifyRequest>();

/** The opaque part of an entity tag, so that `W/"x"` and `"x"` compare equal (weak comparison). */
const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/**
 * Whether If-None-Match fails for the current tag (RFC 9110 13.1.2): the field is `*` (a representation
 * exists), or one of its listed tags matches under weak comparison. A GET then answers 304.
 */
export function noneMatchFails(field: string | undefined, current: string): boolean {
  if (field === undefined) return false;
  if (field.trim() === '*') return true;
  const wanted = opaque(current);
  for (const [tag] of field.matchAll(/(?:W\/)?"[^"]*"/g)) if (opaque(tag) === wanted) return true;
  return false;
}

async function caching(app: FastifyInstance, options: CachingOptions) {
  const versionOf = (request: FastifyRequest) => storeOf(app, request).info.content_hash;
  app.addHook('onSend', (request, reply, payload, done) => {
    const successful = reply.statusCode >= 200 && reply.statusCode < 300;
    // Preconditions do not apply to an error (RFC 9110 13.2.1), so an error has no validator to send back.
    if (!successful) {
      reply.removeHeader('etag');
      return done(null, payload);
    }
    if (!reply.hasHeader('etag') && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      reply.header('etag', `"${createHash('sha1').update(versionOf(request)).update(payload).digest('base64url')}"`);
    }
    const tag = reply.getHeader('etag');
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (safe && typeof tag === 'string' && noneMatchFails(request.headers['if-none-match'], tag)) reply.code(304);
    done(null, payload);
  });
  const cache = options.responseCacheBytes > 0 ? new ResponseCache(options.responseCacheBytes) : null;
  // The old version's entries can no longer be asked for once a new one is switched in.
  if (cache) app.dataset.on('switch', () => cache.clear());
  const cacheable = (request: FastifyRequest) =>
    cache !== null && request.routeOptions.config.formats !== undefined && request.routeOptions.config.cacheControl !== 'no-store';
  const keyOf = (request: FastifyRequest) => `${versionOf(request)}\n${request.url}\n${request.headers.accept ?? ''}`;

  // preValidation, not onRequest: route-level onRequest hooks (the rate limit) must run first.
  app.addHook('preValidation', (request: FastifyRequest, reply: FastifyReply, done) => {
    const cached = cacheable(request) ? cache!.get(keyOf(request)) : undefined;
    if (!cached) return done();
    hits.add(request);
    const { vary, ...replayed } = cached.headers;
    reply.headers(replayed);
    if (vary) for (const field of vary.split(',')) appendVary(reply, field.trim());
    reply.send(cached.payload);
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode < 400 && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', request.routeOptions.config.cacheControl ?? options.cacheControl);
    }
    // A 304 has no body: a Content-Length of 0 or a Content-Type would contradict the 200 it stands for.
    if (reply.statusCode === 304) {
      reply.removeHeader('content-type').removeHeader('content-length');
      return done(null, null);
    }
    if (reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload)) && !hits.has(request) && cacheable(request)) {
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      // Stored as bytes: a string would be encoded to UTF-8 again on every hit (a 25 KB page costs more to
      // encode than to look up), a Buffer is written to the socket as it is.
      cache!.set(keyOf(request), { payload: typeof payload === 'string' ? Buffer.from(payload) : payload, headers });
    }
    done(null, payload);
  });
}

export default fp(caching, { name: 'caching', dependencies: ['dataset'] });
