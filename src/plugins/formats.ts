// Adds output formats: picks JSON, CSV or NDJSON from `format=` or the Accept header (406 when none
// fits), and serializes `{ data }` envelopes as CSV with a header row or as one JSON object per line.
import type { TObject, TSchema } from '@sinclair/typebox';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.js';
import { appendVary } from './security.js';
import type { Format } from '../schemas/query.js';
import { routeOf } from './route-options.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Representations the route serves; the first is the default. Routes without it are not negotiated. */
    formats?: readonly Format[];
    /** CSV header: dotted paths into each data row, or a function of the request when the query changes them. */
    csvColumns?: readonly string[] | ((request: FastifyRequest) => readonly string[]);
    /** CSV rows when they are not the envelope's `data` (a nested shape flattened into a table). */
    csvRows?: (payload: { data?: unknown }) => Record<string, unknown>[];
  }
}

export const MEDIA_TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' };

/** CSV columns for an item schema: scalars as they are, nested objects (a quantity) one column per field. */
export function csvColumnsOf(schema: TObject, references: TSchema[] = []): string[] {
  return Object.entries(schema.properties).flatMap(([key, property]) => {
    const target = (property as { $ref?: string }).$ref
      ? references.find((r) => r.$id === (property as unknown as { $ref: string }).$ref) ?? property
      : property;
    const nested = (target as { properties?: Record<string, unknown> }).properties;
    return nested ? Object.keys(nested).map((field) => `${key}.${field}`) : [key];
  });
}

const describeObject = (value: object) =>
  Object.entries(value).map(([k, v]) => `${k}: ${v ?? ''}`).join(', ');

/** Text a spreadsheet would run as a formula (OWASP CSV injection) starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cells that a spreadsheet would read as a formula get a leading `'`; numbers stay numbers. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return neutralise(value.map((v) => (v !== null && typeof v === 'object' ? describeObject(v) : String(v))).join(' | '));
  if (typeof value === 'object') return neutralise(describeObject(value));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutralise(String(value));
}

/** `field[column=name]`: the element of a list of objects whose `column` is `name` (a keyed list's CSV column). */
const KEYED_STEP = /^([^[\]=]+)\[([^[\]=]+)=([^[\]]*)\]$/;

/** One step of a path: a property, the same property of every element of a list, or a keyed element. */
function step(v: unknown, key: string): unknown {
  const keyed = KEYED_STEP.exec(key);
  if (keyed) {
    const list = step(v, keyed[1]!);
    return Array.isArray(list) ? list.find((e) => e && typeof e === 'object' && String((e as Record<string, unknown>)[keyed[2]!]) === keyed[3]) : undefined;
  }
  if (Array.isArray(v)) return v.map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>)[key] : undefined));
  return v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
}

/** The value at a dotted path; through a list, the list of the values at the rest of the path. */
const at = (row: Record<string, unknown>, path: string) => path.split('.').reduce<unknown>(step, row);

const rowsOf = (payload: { data?: unknown }) =>
  (Array.isArray(payload.data) ? payload.data : payload.data === undefined ? [] : [payload.data]) as Record<string, unknown>[];

/** RFC 4180: CRLF between records; a field holding a comma, a quote, CR or LF is quoted (a bare LF too). */
function toCsv(payload: { data?: unknown }, columns: readonly string[], rowsOfPayload = rowsOf): string {
  const rows = rowsOfPayload(payload).map((row) => columns.map((c) => cell(at(row, c))));
  return stringify([columns as string[], ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

const toNdjson = (payload: { data?: unknown }) => rowsOf(payload).map((row) => `${JSON.stringify(row)}\n`).join('');

interface MediaRange { type: string; subtype: string; q: number; order: number }

/** The ranges of an Accept header. Parameters other than `q` are ignored (RFC 9110 12.5.1 leaves their meaning to the type): every representation here is UTF-8, so `text/csv; charset=utf-8` asks for what is sent. */
function mediaRanges(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part, order) => {
    const [range = '', ...parameters] = part.split(';');
    const [type, subtype, extra] = range.trim().toLowerCase().split('/');
    if (!type || !subtype || extra !== undefined) return [];
    const weight = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    return Number.isFinite(q) && q >= 0 && q <= 1 ? [{ type, subtype, q, order }] : [];
  });
}

/** How closely a range names a media type: 2 exactly, 1 as `type/*`, 0 as `*\/*`; -1 when it does not match. */
function specificity(range: MediaRange, mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  if (range.type === '*') return range.subtype === '*' ? 0 : -1;
  if (range.type !== type) return -1;
  return range.subtype === subtype ? 2 : range.subtype === '*' ? 1 : -1;
}

/**
 * The offered media type the Accept header prefers: each offer takes the weight of the most specific range
 * naming it; the highest weight wins, then the more specific range, then the range listed first, then the
 * offer listed first. Undefined when every offer is unacceptable (weight 0 or not named).
 */
export function preferredMediaType(accept: string | undefined, offered: readonly string[]): string | undefined {
  if (accept === undefined || accept.trim() === '') return offered[0];
  const ranges = mediaRanges(accept);
  const ranked = offered.flatMap((mediaType, index) => {
    let best: { q: number; specificity: number; order: number } | undefined;
    for (const range of ranges) {
      const s = specificity(range, mediaType);
      if (s >= 0 && (!best || s > best.specificity)) best = { q: range.q, specificity: s, order: range.order };
    }
    return best && best.q > 0 ? [{ mediaType, index, ...best }] : [];
  });
  ranked.sort((a, b) => b.q - a.q || b.specificity - a.specificity || a.order - b.order || a.index - b.index);
  return ranked[0]?.mediaType;
}

function negotiate(request: FastifyRequest, formats: readonly Format[]): Format {
  const asked = (request.query as { format?: Format } | undefined)?.format;
  if (asked) return asked;
  const accept = request.headers.accept;
  // No Accept means the first format offered (as preferredMediaType says), with no list of types to make.
  if (accept === undefined && formats.length > 0) return formats[0]!;
  const type = preferredMediaType(accept, formats.map((f) => MEDIA_TYPES[f]));
  const format = formats.find((f) => MEDIA_TYPES[f] === type);
  if (!format) {
    throw new HttpProblem(406, 'Not Acceptable', `This resource is available as ${formats.map((f) => MEDIA_TYPES[f]).join(', ')}; Accept was "${request.headers.accept}".`);
  }
  return format;
}

/** Sets the reply's type and serializer for the negotiated format (JSON keeps the route's own). */
function useFormat(request: FastifyRequest, reply: FastifyReply, served: readonly Format[]): void {
  appendVary(reply, 'Accept');
  const format = negotiate(request, served);
  if (format === 'csv') {
    const { csvColumns: configured, csvRows } = routeOf(request).config;
    // Computed for CSV answers only: a route's columns may depend on the request (fields=, expand=).
    const csvColumns = typeof configured === 'function' ? configured(request) : configured;
    reply.type('text/csv; charset=utf-8').serializer((payload) => toCsv(payload as { data?: unknown }, csvColumns ?? [], csvRows));
  }
  if (format === 'ndjson') reply.type('application/x-ndjson; charset=utf-8').serializer((payload) => toNdjson(payload as { data?: unknown }));
}

async function formats(app: FastifyInstance) {
  // A callback hook, not an async one: every uncached data request passes here.
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done) => {
    const served = routeOf(request).config.formats;
    if (!served) return done();
    try {
      useFormat(request, reply, served);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });
}

export default fp(formats, { name: 'formats', dependencies: ['errors'] });
