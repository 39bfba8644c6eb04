// Adds RFC 9457 problem+json for every error, unknown route and framework error; never leaks internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem, PROBLEM_TYPES, summarizeErrors, type ParameterError } from '../lib/problems.js';
import type { Problem } from '../schemas/problem.js';

interface AjvError { instancePath: string; keyword: string; message?: string; params: Record<string, unknown>; parentSchema?: { description?: string } }

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 413: 'Content Too Large',
  408: 'Request Timeout', 414: 'URI Too Long', 415: 'Unsupported Media Type', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

const MAX_INSTANCE = 512;

export function problemBody(status: number, title: string, detail: string, instance: string, errors?: ParameterError[]): Problem {
  const body: Problem = {
    type: `/problems/${PROBLEM_TYPES[status] ?? `http-${status}`}`,
    title,
    status,
    detail,
    instance: instance.length > MAX_INSTANCE ? `${instance.slice(0, MAX_INSTANCE)}…` : instance,
  };
  if (errors) body.errors = errors;
  return body;
}

export function sendProblem(reply: FastifyReply, status: number, title: string, detail: string, errors?: ParameterError[]) {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .serializer(JSON.stringify)
    .send(problemBody(status, title, detail, reply.request.url, errors));
}

function allowedParameters(request: FastifyRequest): string[] {
  const schema = request.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

function describe(error: AjvError): string {
  switch (error.keyword) {
    case 'type': return `must be ${error.params.type === 'integer' ? 'an integer' : error.params.type === 'array' ? 'a list of values' : `a ${error.params.type}`}`;
    case 'format': return error.params.format === 'date' ? 'must be a real calendar date written YYYY-MM-DD' : `must be a valid ${error.params.format}`;
    case 'pattern': return error.parentSchema?.description ? `is not valid: ${error.parentSchema.description}` : 'contains characters that are not allowed';
    case 'anyOf': case 'const': case 'enum': return `must be one of the documented values${error.parentSchema?.description ? ` (${error.parentSchema.description})` : ''}`;
    default: return error.message ?? 'is invalid';
  }
}

export function validationErrors(request: FastifyRequest, errors: AjvError[]): ParameterError[] {
  const seen = new Set<string>();
  const out: ParameterError[] = [];
  for (const error of errors) {
    let parameter = error.instancePath.split('/')[1] ?? '';
    let message: string;
    if (error.keyword === 'additionalProperties') {
      parameter = String(error.params.additionalProperty);
      message = `unknown parameter; allowed: ${allowedParameters(request).join(', ') || 'none'}`;
    } else if (error.keyword === 'required') {
      parameter = String(error.params.missingProperty);
      message = 'is required';
    } else {
      message = describe(error);
    }
    if (!seen.has(parameter)) out.push({ parameter, message });
    seen.add(parameter);
  }
  return out;
}

async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      if (error.extra.headers) reply.headers(error.extra.headers);
      return sendProblem(reply, error.statusCode, error.title, error.detail, error.extra.errors);
    }
    if (error.validation) {
      if (error.validationContext === 'params') {
        return sendProblem(reply, 404, 'Not Found', `Nothing has the id in ${request.url.split('?')[0]}`);
      }
      const { detail, errors: listed } = summarizeErrors(validationErrors(request, error.validation as unknown as AjvError[]));
      return sendProblem(reply, 400, 'Invalid query parameter', detail, listed);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, status, STATUS_TITLES[status] ?? 'Client Error', error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, status >= 500 && status < 600 ? status : 500, STATUS_TITLES[status] ?? 'Internal Server Error', 'The server could not answer this request; it has been logged.');
  });
}

/** Unknown routes; set by the limits plugin, which rate-limits them. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, 404, 'Not Found', `No route ${request.method} ${request.url.split('?')[0]}; GET /v1 lists the collections.`);
}

export default fp(errors, { name: 'errors' });

export const MAX_URL_BYTES = 8192;

/** Errors Fastify raises before routing (a malformed path): problem+json like the rest. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  return sendProblem(reply, status, STATUS_TITLES[status] ?? 'Bad Request', `The request could not be parsed: ${error.message}`);
}

/** What Node's HTTP parser rejects before Fastify sees a request: answered on the raw socket. */
export function clientErrorHandler(error: Error & { code?: string; rawPacket?: unknown }, socket: import('node:net').Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  let status = 400;
  let detail = 'The request is not valid HTTP.';
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const lineEnd = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.indexOf('\r\n') : -1;
    const urlTooLong = lineEnd < 0 || lineEnd > MAX_URL_BYTES;
    status = urlTooLong ? 414 : 431;
    detail = urlTooLong ? `The URL is longer than ${MAX_URL_BYTES} bytes.` : 'The request headers are too large.';
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
    detail = 'The request took too long to arrive.';
  }
  const title = STATUS_TITLES[status] ?? 'Request Timeout';
  const body = JSON.stringify(problemBody(status, title, detail, ''));
  socket.end(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`);
}
