// Adds app.drain(): graceful shutdown that loses no accepted request. Node's http close() destroys every
// socket without a request in progress, including freshly accepted ones whose request is not read yet, and
// the kernel resets connections still in the accept backlog. So drain keeps accepting until the queue is empty, stops
// listening without reaping, answers with Connection: close, and closes only sockets that have already
// served a response and have nothing in progress (idle keep-alive), until every connection is done or the
// grace period ends; then app.close() runs.
import type { Socket } from 'node:net';
import { Server } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    drain(graceMs: number): Promise<void>;
    /** Whether drain() has begun: answers must close their connection, so none is written outside the hooks. */
    readonly draining: boolean;
    /**
     * Tells drain of an answer written outside the hooks (plugins/hit-path.ts): the socket has served a
     * response; while `unsent`, the answer is in progress until the returned function is called.
     */
    answeredOutside(socket: Socket, unsent: boolean): (() => void) | null;
  }
}

/** Event-loop turns without a newly accepted connection after which the accept queue counts as empty. */
const QUIET_TURNS = 5;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function drain(app: FastifyInstance) {
  let draining = false;
  const sockets = new Set<Socket>();
  const inProgress = new WeakMap<Socket, number>();
  const served = new WeakSet<Socket>();

  let accepted = 0;
  app.server.on('connection', (socket: Socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  app.addHook('onRequest', (request, _reply, done) => {
    const socket = request.raw.socket;
    inProgress.set(socket, (inProgress.get(socket) ?? 0) + 1);
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });
  // On close, whether the response was sent in full or its client went away.
  app.onResponseClose((request) => {
    const socket = request.raw.socket;
    inProgress.set(socket, (inProgress.get(socket) ?? 1) - 1);
    served.add(socket);
  });

  app.decorate('draining', { getter: () => draining });
  app.decorate('answeredOutside', (socket: Socket, unsent: boolean) => {
    served.add(socket);
    if (!unsent) return null;
    inProgress.set(socket, (inProgress.get(socket) ?? 0) + 1);
    return () => { inProgress.set(socket, (inProgress.get(socket) ?? 1) - 1); };
  });

  app.decorate('drain', async (graceMs: number) => {
    draining = true;
    // Connections the kernel has already completed wait in the accept queue; a busy loop takes them a few
    // at a time. Keep accepting until several turns bring none, then stop listening.
    const acceptUntil = Date.now() + graceMs / 2;
    for (let quietTurns = 0; quietTurns < QUIET_TURNS && Date.now() < acceptUntil;) {
      const before = accepted;
      await nextTurn();
      await new Promise((resolve) => setTimeout(resolve, 1));
      quietTurns = accepted === before ? quietTurns + 1 : 0;
    }
    Server.prototype.close.call(app.server);
    const deadline = Date.now() + graceMs;
    while (sockets.size > 0 && Date.now() < deadline) {
      for (const socket of sockets) {
        if (served.has(socket) && !inProgress.get(socket)) socket.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

export default fp(drain, { name: 'drain', dependencies: ['response-close'] });
