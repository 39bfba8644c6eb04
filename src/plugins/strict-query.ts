// Adds strict query-string handling: invalid percent-encoding is a 400, numbers are converted only from
// plain decimal text (so `Infinity`, `1e400`, `0x10` or ` 1` are rejected rather than coerced by ajv), and
// list parameters given comma-separated (`a=x,y`) become one item per value, each validated on its own.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../lib/problems.js';

const DECIMAL_INTEGER = /^-?(?:0|[1-9]\d{0,15})$/;

type PropertySchema = { type?: string };

function decodeProblem(rawQuery: string) {
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

const safeName = (pair: string) => pair.split('=')[0]!.replace(/%[0-9A-Fa-f]{0,2}/g, '?').slice(0, 100);

function convert(value: unknown, schema: PropertySchema | undefined): unknown {
  if (schema?.type === 'array') return (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
  if (typeof value !== 'string' || !schema) return value;
  if (schema.type === 'integer' && DECIMAL_INTEGER.test(value)) return Number(value);
  return value;
}

async function strictQuery(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const at = request.url.indexOf('?');
    if (at >= 0) {
      const problem = decodeProblem(request.url.slice(at + 1));
      if (problem) throw problem;
    }
    const properties = (request.routeOptions.schema?.querystring as { properties?: Record<string, PropertySchema> } | undefined)?.properties;
    if (!properties || !request.query) return;
    const query = request.query as Record<string, unknown>;
    for (const key of Object.keys(query)) {
      if (Object.hasOwn(properties, key)) query[key] = convert(query[key], properties[key]);
    }
  });
}

export default fp(strictQuery, { name: 'strict-query' });
