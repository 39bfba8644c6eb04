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
    /** The client address the request was counted under; null when it was not counted. */
    fairShareClient: string | null;
    /** The connection it was counted under; null when it was not counted. */
    fairShareSocket: Socket | null;
  }
  interface FastifyReply {
    /** The request's place in the turn queue, waiting or holding a turn; null when it never asked for one. */
    turnTicket: Ticket | null;
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
    const entry = this.used.get(client);
    // Updated in place: a busy client is charged on every request, and a new entry each time is garbage.
    if (entry) {
      entry.cpuMs = this.of(client, now) + ms;
      entry.at = now;
    } else this.used.set(client, { cpuMs: ms, at: now });
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
 * A request in the turn queue: waiting (since), then holding a turn (startedAt), then done (neither). A turn on
 * the main thread runs synchronously from its handler to its onSend (SQLite calls block), so the wall time
 * between the two is the thread's busy time for it; process.cpuUsage() (a system call, and process-wide)
 * measured the same at about a tenth of a cached answer's cost. One object per request, with what the queue
 * needs to run or refuse it, where the queue used to make a closure for each and a turn object.
 */
export class Ticket {
  startedAt = 0;
  queued = false;
  running = false;
  constructor(
    readonly client: string,
    readonly request: FastifyRequest,
    readonly done: (error?: Error) => void,
    readonly since: number,
  ) {}
}

/** `capacity` requests run at once; the next turn goes to the waiting client with the least recent use. */
class TurnQueue {
  private running = 0;
  private readonly waiting = new Map<string, Ticket[]>();
  private scheduled = false;
  // Made once: leave() schedules the next turn after every turn.
  private readonly nextAfterPoll = () => { this.scheduled = false; this.next(); };

  constructor(private readonly ledger: CpuLedger, private readonly maxWaitMs: number, private readonly capacity: number) {}

  private get full(): boolean {
    return this.running >= this.capacity;
  }

  /**
   * Runs the request now if a turn is free and none was given since the last socket read; else
   * queues it. (Requests read from many sockets in one poll would otherwise each find the thread free, and
   * run back to back before the next read.)
   */
  enter(ticket: Ticket): void {
    if (!this.full && !this.scheduled && this.waiting.size === 0) return this.start(ticket);
    ticket.queued = true;
    const queue = this.waiting.get(ticket.client);
    if (queue) queue.push(ticket);
    else this.waiting.set(ticket.client, [ticket]);
  }

  /**
   * A running request is done with its thread: charge its client (the worker's busy time, else the main
   * thread's busy time meanwhile) and give the next turn after an I/O poll.
   */
  leave(ticket: Ticket): void {
    if (!ticket.running) return;
    ticket.running = false;
    this.running -= 1;
    this.ledger.add(ticket.client, workerTime.get(ticket.request) ?? performance.now() - ticket.startedAt);
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after the poll phase: sockets that became readable meanwhile are read first.
    setImmediate(this.nextAfterPoll);
  }

  /** Drops a request that went away while it waited. */
  withdraw(ticket: Ticket): void {
    if (!ticket.queued) return;
    ticket.queued = false;
    const queue = this.waiting.get(ticket.client);
    if (!queue) return;
    const left = queue.filter((w) => w !== ticket);
    if (left.length) this.waiting.set(ticket.client, left);
    else this.waiting.delete(ticket.client);
  }

  private next(): void {
    while (!this.full && this.waiting.size > 0) {
      const client = this.leastUsed();
      const queue = this.waiting.get(client)!;
      const ticket = queue.shift()!;
      ticket.queued = false;
      if (!queue.length) this.waiting.delete(client);
      if (performance.now() - ticket.since > this.maxWaitMs) {
        ticket.done(new HttpProblem(503, 'Service Unavailable', `The server is busy: this request waited more than ${this.maxWaitMs / 1000} s for its turn; retry in ${RETRY_AFTER_S} s.`, { headers: { 'retry-after': String(RETRY_AFTER_S) } }));
        continue;
      }
      this.start(ticket);
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

  private start(ticket: Ticket): void {
    ticket.startedAt = performance.now();
    ticket.running = true;
    this.running += 1;
    ticket.done();
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
  const sweep = setInterval(() => ledger.forgetIdle(), CPU_WINDOW_MS).unref();
  app.addHook('onClose', (_app, done) => { clearInterval(sweep); done(); });
  const perConnection = connectionCounter();
  app.decorate('holdConnection', (socket: Socket) => {
    if (options.maxInFlightPerConnection <= 0) return null;
    perConnection.add(socket);
    return () => perConnection.remove(socket);
  });
  countInFlight(app, options, perConnection);
  app.decorateReply('turnTicket', null);
  // When the response is done (sent in full, or its client went away), a request leaves the queue, or gives
  // back the turn it holds (a request that failed, or went away).
  app.onResponseClose((_request, reply) => {
    const ticket = reply.turnTicket;
    if (ticket === null) return;
    turns.withdraw(ticket);
    turns.leave(ticket);
  });

  // preHandler: after the rate limit and the response cache (a cached answer never waits), right before SQL.
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done) => {
    const { url, config } = routeOf(request);
    if (config.formats === undefined || options.exemptRoutes.has(url ?? '')) return done();
    const client = request.ip;
    if (options.clientCpuBudgetMs > 0 && ledger.of(client) > options.clientCpuBudgetMs) {
      return done(tooMany(`This client's requests used more than ${options.clientCpuBudgetMs} ms of query time in the last ${CPU_WINDOW_MS / 1000} s`, ledger.secondsUntil(client, options.clientCpuBudgetMs)));
    }
    // Serialization is done by onSend; a request that fails or goes away gives its turn back on close.
    const ticket = new Ticket(client, request, done, performance.now());
    reply.turnTicket = ticket;
    turns.enter(ticket);
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.turnTicket !== null) turns.leave(reply.turnTicket);
    done(null, payload);
  });
}

/**
 * The in-flight limits per client address and per connection, counted from onRequest on, so that requests
 * parsed but not yet answered (a pipelined burst) count too. With both limits off nothing is counted and no
 * hook runs.
 */
function countInFlight(app: FastifyInstance, options: FairShareOptions, perConnection: ReturnType<typeof connectionCounter>): void {
  app.decorateRequest('fairShareClient', null);
  app.decorateRequest('fairShareSocket', null);
  if (options.maxInFlightPerClient <= 0 && options.maxInFlightPerConnection <= 0) return;
  const perClient = counter<string>();
  app.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
    if (options.exemptRoutes.has(routeOf(request).url ?? '')) return done();
    const client = request.ip;
    const socket = request.raw.socket;
    request.fairShareClient = client;
    request.fairShareSocket = socket;
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
  app.onResponseClose((request) => {
    const client = request.fairShareClient;
    if (client === null) return;
    if (options.maxInFlightPerClient > 0) perClient.remove(client);
    if (options.maxInFlightPerConnection > 0) perConnection.remove(request.fairShareSocket!);
  });
}

export default fp(fairShare, { name: 'fair-share', dependencies: ['response-close', 'route-options'] });
