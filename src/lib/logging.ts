// What a log line says about a request: a flood of 8 KB URLs must not become gigabytes of log.
import type { FastifyRequest } from 'fastify';

export const LOGGED_TEXT_CHARS = 200;

const clip = (text: string | undefined) =>
  text && text.length > LOGGED_TEXT_CHARS ? `${text.slice(0, LOGGED_TEXT_CHARS)}…(${text.length} chars)` : text;

/** pino serializer for `req`: Fastify's fields, with the URL and Host clipped. */
export function requestSummary(request: FastifyRequest) {
  return { method: request.method, url: clip(request.url), host: clip(request.host), remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}
