// Shares the query threads fairly between clients. Data requests that reach their handler (cache misses)
// take turns: as many run at once as there are query worker threads (one, on the main thread itself, when
// there are none), the event loop reads sockets between two turns, and the next turn goes to the waiting
// client whose requests have used the least time lately (the query worker's busy time, or the main
// thread's busy time for a query run on it). /healthz and cached answers never take a turn. A client is
// bounded in requests in flight (per address and per connection, pipelining included) and in recent query
// time; beyond either it gets 429 with Retry-After, and a request that waited its turn too long gets 503
// with Retry-After. See docs/operations.md ("Fair sharing and limits") for the model and its limits.
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.js';
import { routeOf } from './route-options.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The client address and connection the request was counted under; null when it was not counted. */
    fairShareCount: { client: string; socket: Socket } | null;
  }
  interface FastifyReply {
    /** Gives back the turn this request took, if it took one; null until it asks for one. */
    giveTurnBack: (() => void) | null;
  }
  interface FastifyInstance {
    /**
     * Counts an answer written outside the hooks (plugins/hit-path.ts) and still unsent as in flight on its
     * connection; the returned function counts it out. Null when no per-connection limit reads the count.
     */
    holdConnection(socket: Socket): (() => void) | null;
  }
}

export interface FairShareLimits {
  /** Requests one client address may have in flight (queued or running); beyond it 429. 0 turns it off. */
  maxInFlightPerClient: number;
  /** Requests one connection may have in flight (pipelined); beyond it 429. 0 turns it off. */
  maxInFlightPerConnection: number;
  /** Query milliseconds (worker busy time, or main-thread busy time) a client's requests may have used, decayed over CPU_WINDOW_MS; beyond it 429. 0 turns it off. */
  clientCpuBudgetMs: number;
  /** Milliseconds a request may wait for its turn; after that it is answered 503 instead of run. */
  maxQueueWaitMs: number;
}

export interface FairShareOptions extends FairShareLimits {
  /** Routes that never wait and are never counted (health checks). */
  exemptRoutes: ReadonlySet<string>;
  /** Turns that may run at once: the number of query worker threads, or 1 when queries run on the main thread. */
  concurrentTurns: number;
}

/** Time constant of the CPU-usage decay: what a client used a minute ago counts for almost nothing. */
export const CPU_WINDOW_MS = 10_000;
/** Clients whose decayed usage is below this are forgotten, so the table stays as small as the active set. */
const FORGET_BELOW_MS = 1;
const RETRY_AFTER_S = 2;

interface Waiting { request: FastifyRequest; run: (turn: Turn) => void; shed: (problem: HttpProblem) => void; since: number }
interface Usage { cpuMs: number; at: number }

/** Per-client CPU use, decayed exponentially with time constant CPU_WINDOW_MS. */
class CpuLedger {
  private readonly used = new Map<string, Usage>();

  of(client: string, now = performance.now()): number {
    const entry = this.used.get(client);
    return entry ? entry.cpuMs * Math.exp(-(now - entry.at) / CPU_WINDOW_MS) : 0;
  }

  add(client: string, ms: number): void {
    const now = performance.now();
    this.used.set(client, { cpuMs: this.of(client, now) + ms, at: now });
  }

  /** Seconds until a client's use decays to the budget. */
  secondsUntil(client: string, budgetMs: number): number {
    return Math.max(1, Math.ceil((CPU_WINDOW_MS / 1000) * Math.log(this.of(client) / budgetMs)));
  }

  forgetIdle(): void {
    const now = performance.now();
    for (const client of this.used.keys()) if (this.of(client, now) < FORGET_BELOW_MS) this.used.delete(client);
  }
}

/** Time a request's query took on a worker thread, reported by the query pool; it is what its turn is charged. */
const workerTime = new WeakMap<FastifyRequest, number>();
export const chargeWorkerTime = (request: FastifyRequest, ms: number): void => { workerTime.set(request, ms); };

/**
 * A turn on the main thread runs synchronously from its handler to its onSend (SQLite calls block), so the
 * wall time between the two is the thread's busy time for it; process.cpuUsage() (a system call, and
 * process-wide) measured the same at about a tenth of a cached answer's cost.
 */
interface Turn { client: string; request: FastifyRequest; startedAt: number }

/** `capacity` requests run at once; the next turn goes to the waiting client with the least recent use. */
class TurnQueue {
  private readonly running = new Set<Turn>();
  private readonly waiting = new Map<string, Waiting[]>();
  private scheduled = false;

  constructor(private readonly ledger: CpuLedger, private readonly maxWaitMs: number, private readonly capacity: number) {}

  private get full(): boolean {
    return this.running.size >= this.capacity;
  }

  /**
   * Runs the request now if a turn is free and none was given since the last socket read; else
   * queues it. (Requests read from many sockets in one poll would otherwise each find the thread free, and
   * run back to back before the next read.)
   */
  enter(client: string, waiting: Waiting): void {
    if (!this.full && !this.scheduled && this.waiting.size === 0) return this.start(client, waiting);
    const queue = this.waiting.get(client);
    if (queue) queue.push(waiting);
    else this.waiting.set(client, [waiting]);
  }

  /**
   * A running request is done with its thread: charge its client (the worker's busy time, else the main
   * thread's busy time meanwhile) and give the next turn after an I/O poll.
   */
  leave(turn: Turn): void {
    if (!this.running.delete(turn)) return;
    this.ledger.add(turn.client, workerTime.get(turn.request) ?? performance.now() - turn.startedAt);
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after the poll phase: sockets that became readable meanwhile are read first.
    setImmediate(() => { this.scheduled = false; this.next(); });
  }

  /** Drops a request that went away while it waited. */
  withdraw(client: string, request: FastifyRequest): void {
    const queue = this.waiting.get(client);
    if (!queue) return;
    const left = queue.filter((w) => w.request !== request);
    if (left.length) this.waiting.set(client, left);
    else this.waiting.delete(client);
  }

  private next(): void {
    while (!this.full && this.waiting.size > 0) {
      const client = this.leastUsed();
      const queue = this.waiting.get(client)!;
      const waiting = queue.shift()!;
      if (!queue.length) this.waiting.delete(client);
      if (performance.now() - waiting.since > this.maxWaitMs) {
        waiting.shed(new HttpProblem(503, 'Service Unavailable', `The server is busy: this request waited more than ${this.maxWaitMs / 1000} s for its turn; retry in ${RETRY_AFTER_S} s.`, { headers: { 'retry-after': String(RETRY_AFTER_S) } }));
        continue;
      }
      this.start(client, waiting);
    }
  }

  private leastUsed(): string {
    const now = performance.now();
    let best = '';
    let bestUse = Infinity;
    for (const client of this.waiting.keys()) {
      const use = this.ledger.of(client, now);
      if (use < bestUse) { best = client; bestUse = use; }
    }
    return best;
  }

  private start(client: string, waiting: Waiting): void {
    const turn = { client, request: waiting.request, startedAt: performance.now() };
    this.running.add(turn);
    waiting.run(turn);
  }
}

/** A counter per key that forgets keys at zero. */
function counter<K>() {
  const counts = new Map<K, number>();
  return {
    add: (key: K) => { const n = (counts.get(key) ?? 0) + 1; counts.set(key, n); return n; },
    remove: (key: K) => { const n = (counts.get(key) ?? 1) - 1; if (n > 0) counts.set(key, n); else counts.delete(key); },
  };
}

/**
 * A counter per connection. A connection's count drops to zero between two requests on it, and a Map would
 * delete and re-insert it each time; this keeps it until the socket itself is gone.
 */
function connectionCounter() {
  const counts = new WeakMap<Socket, number>();
  return {
    add: (socket: Socket) => { const n = (counts.get(socket) ?? 0) + 1; counts.set(socket, n); return n; },
    remove: (socket: Socket) => { counts.set(socket, Math.max(0, (counts.get(socket) ?? 1) - 1)); },
  };
}

const tooMany = (detail: string, retryAfterS: number) =>
  new HttpProblem(429, 'Too Many Requests', `${detail}; retry in ${retryAfterS} s.`, { headers: { 'retry-after': String(retryAfterS) } });

async function fairShare(app: FastifyInstance, options: FairShareOptions) {
  const ledger = new CpuLedger();
  const turns = new TurnQueue(ledger, options.maxQueueWaitMs, Math.max(1, options.concurrentTurns));
  const perClient = counter<string>();
  const perConnection = connectionCounter();
  const sweep = setInterval(() => ledger.forgetIdle(), CPU_WINDOW_MS).unref();
  app.addHook('onClose', (_app, done) => { clearInterval(sweep); done(); });
  const exempt = (request: FastifyRequest) => options.exemptRoutes.has(routeOf(request).url ?? '');
  app.decorateRequest('fairShareCount', null);
  app.decorate('holdConnection', (socket: Socket) => {
    if (options.maxInFlightPerConnection <= 0) return null;
    perConnection.add(socket);
    return () => perConnection.remove(socket);
  });
  app.decorateReply('giveTurnBack', null);

  // Counted from the start, so that requests parsed but not yet answered (a pipelined burst) count too.
  app.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
    if (exempt(request)) return done();
    const client = request.ip;
    const socket = request.raw.socket;
    request.fairShareCount = { client, socket };
    // Counted only where a limit reads the count.
    const forClient = options.maxInFlightPerClient > 0 ? perClient.add(client) : 0;
    const forConnection = options.maxInFlightPerConnection > 0 ? perConnection.add(socket) : 0;
    if (forConnection > options.maxInFlightPerConnection) {
      return done(tooMany(`More than ${options.maxInFlightPerConnection} requests in flight on this connection`, RETRY_AFTER_S));
    }
    if (forClient > options.maxInFlightPerClient) {
      return done(tooMany(`More than ${options.maxInFlightPerClient} requests in flight from this client`, RETRY_AFTER_S));
    }
    done();
  });
  // When the response is done (sent in full, or its client went away), a counted request leaves the counts,
  // the queue, and its turn if it holds one (a request that failed, or went away).
  app.onResponseClose((request, reply) => {
    const counted = request.fairShareCount;
    if (!counted) return;
    if (options.maxInFlightPerClient > 0) perClient.remove(counted.client);
    if (options.maxInFlightPerConnection > 0) perConnection.remove(counted.socket);
    turns.withdraw(counted.client, request);
    reply.giveTurnBack?.();
  });

  // preHandler: after the rate limit and the response cache (a cached answer never waits), right before SQL.
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done) => {
    const { url, config } = routeOf(request);
    if (options.exemptRoutes.has(url ?? '') || config.formats === undefined) return done();
    const client = request.ip;
    if (options.clientCpuBudgetMs > 0 && ledger.of(client) > options.clientCpuBudgetMs) {
      return done(tooMany(`This client's requests used more than ${options.clientCpuBudgetMs} ms of query time in the last ${CPU_WINDOW_MS / 1000} s`, ledger.secondsUntil(client, options.clientCpuBudgetMs)));
    }
    let taken: Turn | null = null;
    const leave = () => { if (taken) { turns.leave(taken); taken = null; } };
    // Serialization is done by onSend; a request that fails or goes away gives its turn back on close.
    reply.giveTurnBack = leave;
    turns.enter(client, { request, since: performance.now(), run: (turn) => { taken = turn; done(); }, shed: (problem) => done(problem) });
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.giveTurnBack?.();
    done(null, payload);
  });
}

export default fp(fairShare, { name: 'fair-share', dependencies: ['response-close', 'route-options'] });
