// Adds HTTP caching for read-only data: an ETag per representation and dataset version on successful
// answers (304 when If-None-Match names it or is `*`, RFC 9110 13.1.2; errors carry none), Cache-Control, and an in-process LRU of serialized responses. A dataset version never
// changes, so a response is fully determined by the version, the URL and the Accept header; a hit skips
// validation, SQL and serialization (CORS, rate limiting, security headers and the ETag still apply).
// The tag hashes the version the request pinned, and the cache holds the current version's answers only
// (emptied when a new build is switched in, and never read or filled by a request pinned to an older one),
// so after a switch no client gets a 304 or a cached body from the old version. Where no per-request limit or
// access log needs the hooks, a hit is answered before them, with the same bytes (plugins/hit-path.ts).
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { storeOf } from './dataset.js';
import { routeOf } from './route-options.js';
import { UNLIMITED_ROUTES } from './limits.js';
import { appendVary } from './security.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache-Control for successful responses; data routes default to the app's setting. */
    cacheControl?: string;
  }
  interface FastifyRequest {
    /** Whether the answer came from the response cache. */
    cacheHit: boolean;
  }
  interface FastifyInstance {
    /** The response cache, null when it is off (read by the hit path, plugins/hit-path.ts). */
    responseCache: ResponseCache | null;
  }
}

export interface CachingOptions {
  cacheControl: string;
  /** Upper bound of the response cache in bytes; 0 turns it off. */
  responseCacheBytes: number;
}

const REPLAYED_HEADERS = ['content-type', 'link', 'x-total-count', 'vary', 'etag'] as const;

/**
 * A stored answer: its bytes, the headers replayed as they are, and the Vary fields, which are merged into
 * what CORS has already put there (kept apart so that a hit copies nothing). The rest is what the hit path
 * (plugins/hit-path.ts) needs to write the answer without the route: the version it was computed from, the
 * route's Cache-Control, and whether its bytes count against the unsent-bytes bound (health checks do not).
 */
export interface CachedResponse { payload: Buffer; headers: Record<string, string>; vary: string[]; version: string; cacheControl: string; countsUnsent: boolean }

/** The key of an answer within one version: the URL and Accept only (a URL holds no line break). */
export const cacheKey = (url: string, accept: string | undefined) => (accept === undefined ? url : `${url}\n${accept}`);

const sizeOf = (key: string, entry: CachedResponse) => key.length * 2 + entry.payload.length;

/**
 * A byte-bounded cache that evicts the least recently used entries, approximately (second chance, the CLOCK
 * algorithm): a hit only marks its entry used; eviction walks from the oldest insertion, moves a used entry to
 * the end with its mark cleared, and drops the first unused one. A hit then writes one field where a true LRU
 * deletes and re-inserts a Map entry.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse & { used: boolean }>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) entry.used = true;
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    const size = sizeOf(key, entry);
    if (size > this.maxBytes / 8 || this.entries.has(key)) return;
    // Room is made before the entry goes in, so a new entry is never its own victim.
    while (this.bytes + size > this.maxBytes) this.evictOne();
    this.entries.set(key, { ...entry, used: false });
    this.bytes += size;
  }

  private evictOne(): void {
    for (const [oldest, value] of this.entries) {
      this.entries.delete(oldest);
      if (value.used) {
        value.used = false;
        this.entries.set(oldest, value);
        continue;
      }
      this.bytes -= sizeOf(oldest, value);
      return;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

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

/** A 304 has no body: a Content-Length of 0 or a Content-Type would contradict the 200 it stands for. */
function notModified(reply: FastifyReply, done: (error: null, payload: null | Readable) => void): void {
  reply.removeHeader('content-type').removeHeader('content-length');
  // Fastify's own onSend of an automatic HEAD route runs after this one and reads the payload: a null one throws
  // (a 500), an undefined one gets Content-Length: 0; an empty stream it drains, and no body or length is sent.
  done(null, reply.request.method === 'HEAD' ? Readable.from([]) : null);
}

/**
 * The tag of a version's answer: SHA-1 of the version followed by the bytes sent. Fed to one hash in two
 * parts, not joined into a copy of the body first (the copy cost more than the hash on long pages); the
 * version's bytes are kept for the version last seen, which is nearly always the one asked for.
 */
function entityTagger(): (version: string, body: Buffer) => string {
  let lastVersion = '';
  let versionBytes = Buffer.alloc(0);
  return (version, body) => {
    if (version !== lastVersion) {
      lastVersion = version;
      versionBytes = Buffer.from(version);
    }
    return `"${createHash('sha1').update(versionBytes).update(body).digest('base64url')}"`;
  };
}

async function caching(app: FastifyInstance, options: CachingOptions) {
  const versionOf = (request: FastifyRequest) => storeOf(app, request).info.content_hash;
  const entityTag = entityTagger();
  const cache = options.responseCacheBytes > 0 ? new ResponseCache(options.responseCacheBytes) : null;
  // The old version's entries can no longer be asked for once a new one is switched in.
  if (cache) app.dataset.on('switch', () => cache.clear());
  app.decorate('responseCache', cache);
  app.decorateRequest('cacheHit', false);
  const cacheable = (request: FastifyRequest) => {
    if (cache === null || storeOf(app, request) !== app.dataset.current) return false;
    const { config } = routeOf(request);
    return config.formats !== undefined && config.cacheControl !== 'no-store';
  };
  const keyOf = (request: FastifyRequest) => cacheKey(request.url, request.headers.accept);

  // preValidation, not onRequest: route-level onRequest hooks (the rate limit) must run first. Without a
  // cache there is nothing to look up, and no hook.
  if (cache) app.addHook('preValidation', (request: FastifyRequest, reply: FastifyReply, done) => {
    const cached = cacheable(request) ? cache.get(keyOf(request)) : undefined;
    if (!cached) return done();
    request.cacheHit = true;
    // for-in, not reply.headers(): that lists the object's keys into a new array on every hit.
    for (const name in cached.headers) reply.header(name, cached.headers[name]);
    for (const field of cached.vary) appendVary(reply, field);
    reply.send(cached.payload);
  });

  // One hook for the validator, the precondition, Cache-Control and the store. A body is turned into bytes
  // here once: the tag is hashed from them, the unsent-bytes bound counts them and the socket writes them,
  // where a string would be encoded to UTF-8 by each of the three (and again on every cache hit).
  app.addHook('onSend', (request, reply, payload, done) => {
    const status = reply.statusCode;
    if (status < 400 && !reply.hasHeader('cache-control')) reply.header('cache-control', routeOf(request).config.cacheControl ?? options.cacheControl);
    // Preconditions do not apply to an error (RFC 9110 13.2.1), so an error has no validator to send back.
    if (status < 200 || status >= 300) {
      reply.removeHeader('etag');
      return status === 304 ? notModified(reply, done) : done(null, payload);
    }
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (!reply.hasHeader('etag') && Buffer.isBuffer(body)) reply.header('etag', entityTag(versionOf(request), body));
    const tag = reply.getHeader('etag');
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (safe && typeof tag === 'string' && noneMatchFails(request.headers['if-none-match'], tag)) return notModified(reply.code(304), done);
    if (status === 200 && Buffer.isBuffer(body) && !request.cacheHit && cacheable(request)) store(request, reply, body);
    done(null, body);
  });

  const store = (request: FastifyRequest, reply: FastifyReply, payload: Buffer) => {
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const vary = headers.vary?.split(',').map((field) => field.trim()) ?? [];
    delete headers.vary;
    const { url, config } = routeOf(request);
    const cacheControl = config.cacheControl ?? options.cacheControl;
    cache!.set(keyOf(request), { payload, headers, vary, version: versionOf(request), cacheControl, countsUnsent: !UNLIMITED_ROUTES.has(url ?? '') });
  };
}

export default fp(caching, { name: 'caching', dependencies: ['dataset', 'route-options'] });
