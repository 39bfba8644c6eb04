// Adds strict query-string handling: invalid percent-encoding is a 400, numbers are converted only from
// plain decimal text (so `Infinity`, `1e400`, `0x10` or ` 1` are rejected rather than coerced by ajv), and
// list parameters given comma-separated (`a=x,y`) become one item per value, each validated on its own; and
// the work a request can ask for is bounded before it reaches SQL: free text may hold at most MAX_TERMS
// distinct words, cut as the index cuts them (so punctuation-joined copies count once, like spaced ones;
// the text itself is left as it is, since a quoted phrase means its words in order, repeats included), lists to at most their maxItems distinct values, and values made only of
// spaces or invisible characters are 400s like empty ones.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest, type ParameterError } from '../lib/problems.js';
import { distinctWords } from '../db/words.js';
import { MAX_TERMS, isBlank, isTextParam, listValues } from '../schemas/query.js';
import { routeOf } from './route-options.js';

const DECIMAL_INTEGER = /^-?(?:0|[1-9]\d{0,15})$/;

type PropertySchema = { type?: string; pattern?: string; maxItems?: number };
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL = /[\u0000-\u001f\u007f]/;

function decodeProblem(rawQuery: string) {
  // Text without an escape decodes as it is (most query strings): no pair needs trying.
  if (!rawQuery.includes('%')) return null;
  for (const pair of rawQuery.split('&')) {
    for (const part of pair.split('=')) {
      try {
        decodeURIComponent(part.replace(/\+/g, ' '));
      } catch {
        return badRequest([{ parameter: safeName(pair), message: 'is not valid percent-encoded UTF-8' }]);
      }
    }
  }
  return null;
}

const safeName = (pair: string) => pair.split('=')[0]!.replace(/%[\da-f]{0,2}/gi, '?').slice(0, 100);

function convert(value: unknown, schema: PropertySchema | undefined): unknown {
  if (schema?.type === 'array') {
    // One value without a comma (most list parameters) is a list of itself: nothing to split or flatten.
    if (typeof value === 'string' && !value.includes(',')) return [value];
    return (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
  }
  if (typeof value !== 'string' || !schema) return value;
  if (schema.type === 'integer' && DECIMAL_INTEGER.test(value)) return Number(value);
  return value;
}

const BLANK_MESSAGE = 'must not be only spaces or invisible characters';

/** Bounds one converted value. */
function bound(query: Record<string, unknown>, key: string, schema: PropertySchema, errors: ParameterError[]): void {
  const value = query[key];
  if (typeof value === 'string' && isTextParam(schema) && !CONTROL.test(value)) {
    const count = distinctWords(value).length;
    if (isBlank(value)) errors.push({ parameter: key, message: BLANK_MESSAGE });
    else if (count > MAX_TERMS) errors.push({ parameter: key, message: `has ${count} distinct words; at most ${MAX_TERMS}` });
  } else if (Array.isArray(value) && schema.type === 'array') {
    const count = listValues(value).length;
    if (value.some((v) => String(v).split(',').some((part) => part !== '' && isBlank(part)))) errors.push({ parameter: key, message: BLANK_MESSAGE });
    else if (schema.maxItems !== undefined && count > schema.maxItems) errors.push({ parameter: key, message: `takes at most ${schema.maxItems} values (${count} distinct given)` });
    // A value repeated as its own parameter means nothing more; only distinct ones count against maxItems.
    else if (value.length > 1) query[key] = [...new Set(value)];
  }
}

/** The problem with a request's query string, if any; converts its values in place. */
function queryProblem(request: FastifyRequest) {
  const at = request.url.indexOf('?');
  const problem = at >= 0 ? decodeProblem(request.url.slice(at + 1)) : null;
  if (problem) return problem;
  const properties = (routeOf(request).schema?.querystring as { properties?: Record<string, PropertySchema> } | undefined)?.properties;
  if (!properties || !request.query) return null;
  const query = request.query as Record<string, unknown>;
  const errors: ParameterError[] = [];
  for (const key of Object.keys(query)) {
    if (!Object.hasOwn(properties, key)) continue;
    query[key] = convert(query[key], properties[key]);
    bound(query, key, properties[key]!, errors);
  }
  return errors.length ? badRequest(errors) : null;
}

async function strictQuery(app: FastifyInstance) {
  // A callback hook, not an async one: every uncached request passes here, and a promise per request costs.
  app.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    let problem: Error | null;
    try {
      problem = queryProblem(request);
    } catch (error) {
      problem = error as Error;
    }
    done(problem ?? undefined);
  });
}

export default fp(strictQuery, { name: 'strict-query', dependencies: ['errors'] });
