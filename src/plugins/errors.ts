// Adds RFC 9457 problem+json for every error, unknown route and framework error; never leaks internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { HttpProblem, INVALID_PARAMETER_TITLE, InvalidParameters, badRequest, problemBody, summarizeErrors, titleOf, type ParameterError } from '../lib/problems.js';

interface AjvError { instancePath: string; keyword: string; message?: string; params: Record<string, unknown>; parentSchema?: { description?: string }; data?: unknown }

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

const EMPTY_VALUE = 'has an empty value: give one, or leave the parameter out';

function describe(error: AjvError): string {
  switch (error.keyword) {
    // A parameter given twice arrives as a list: say so rather than that the list is no integer.
    case 'type': return Array.isArray(error.data) && error.params.type !== 'array' ? 'is given more than once: give it once' : `must be ${error.params.type === 'integer' ? 'an integer' : error.params.type === 'array' ? 'a list of values' : `a ${error.params.type}`}`;
    case 'format': return error.params.format === 'date' ? 'must be a real calendar date written YYYY-MM-DD' : `must be a valid ${error.params.format}`;
    // An empty value (`asserted_by=`, `a,,b`) would otherwise get the parameter's whole description as its reason.
    case 'pattern': return error.data === '' ? EMPTY_VALUE : error.parentSchema?.description ? `is not valid: ${error.parentSchema.description}` : 'contains characters that are not allowed';
    case 'minLength': return error.data === '' ? EMPTY_VALUE : `must be at least ${String(error.params.limit)} characters long`;
    case 'maxItems': return `takes at most ${String(error.params.limit)} values`;
    case 'enum': return `must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`;
    case 'anyOf': case 'const': return `must be one of the documented values${error.parentSchema?.description ? ` (${error.parentSchema.description})` : ''}`;
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

/**
 * Every error as problem+json. Set on the app before any plugin adds a route (the CORS plugin's OPTIONS route
 * among them), so that no route keeps Fastify's default handler.
 */
export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if ((error as Error) instanceof InvalidParameters) {
    const problem = badRequest((error as unknown as InvalidParameters).errors);
    return sendProblem(reply, 400, problem.title, problem.detail, problem.extra.errors);
  }
  if (error instanceof HttpProblem) {
    if (error.extra.headers) reply.headers(error.extra.headers);
    return sendProblem(reply, error.statusCode, error.title, error.detail, error.extra.errors);
  }
  if (error.validation) {
    if (error.validationContext === 'params') {
      return sendProblem(reply, 404, titleOf(404), `Nothing has the id in ${request.url.split('?')[0]}`);
    }
    const { detail, errors: listed } = summarizeErrors(validationErrors(request, error.validation as unknown as AjvError[]));
    return sendProblem(reply, 400, INVALID_PARAMETER_TITLE, detail, listed);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return sendProblem(reply, status, titleOf(status), error.message);
  request.log.error({ err: error }, 'request failed');
  const fault = status >= 500 && status < 600 ? status : 500;
  return sendProblem(reply, fault, titleOf(fault), 'The server could not answer this request; it has been logged.');
}

async function errors(app: FastifyInstance) {
  // Node's own answer to an HTTP/1.1 request without Host is an empty 400; the server lets it through
  // (http.requireHostHeader false) so it is answered here as a problem like any other.
  app.addHook('onRequest', (request, _reply, done) => {
    const hostless = request.raw.httpVersion === '1.1' && request.headers.host === undefined;
    done(hostless ? new HttpProblem(400, titleOf(400), 'An HTTP/1.1 request must carry a Host header.') : undefined);
  });
}

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Unknown routes, and any method this read-only API has no route for (TRACE, PROPFIND, …: 405); set by the limits plugin, which rate-limits them. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  if (!READ_METHODS.includes(request.method)) {
    reply.header('allow', READ_METHODS.join(', '));
    return sendProblem(reply, 405, 'Method Not Allowed', `${request.method.slice(0, 20)} is not allowed; this API is read-only (${READ_METHODS.join(', ')}).`);
  }
  return sendProblem(reply, 404, 'Not Found', `No route ${request.method} ${request.url.split('?')[0]}; GET /v1 lists the collections.`);
}

export default fp(errors, { name: 'errors' });

export const MAX_URL_BYTES = 8192;

type HeadersFor = (origin?: string) => Record<string, string>;

/** Errors Fastify raises before routing (a malformed path): problem+json like the rest, with the headers the skipped hooks add. */
export const frameworkErrors = (headersFor: HeadersFor) => (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  reply.headers(headersFor(request.headers.origin));
  return sendProblem(reply, status, titleOf(status), `The request could not be parsed: ${error.message}`);
};

/** A complete problem+json response for the raw socket, where no Fastify reply exists. */
function rawProblem(status: number, detail: string, headers: Record<string, string>, instance = ''): string {
  const title = titleOf(status);
  const body = JSON.stringify(problemBody(status, title, detail, instance));
  const lines = Object.entries({ ...headers, 'content-type': 'application/problem+json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store', connection: 'close' });
  return `HTTP/1.1 ${status} ${title}\r\n${lines.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`;
}

/** What Node's HTTP parser rejects before Fastify sees a request: answered on the raw socket. */
export const clientErrorHandler = (headersFor: HeadersFor) => (error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void => {
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
  socket.end(rawProblem(status, detail, headersFor()));
};

/** An `Expect` other than 100-continue: Node answers 417 itself unless a listener does. */
export function answerUnmetExpectations(server: Server, headersFor: HeadersFor): void {
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    response.socket?.end(rawProblem(417, `Only "Expect: 100-continue" is supported, got "${String(request.headers.expect).slice(0, 100)}".`, headersFor(request.headers.origin), request.url));
  });
}
