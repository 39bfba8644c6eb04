// Runs the real server process on an ephemeral port on 127.0.0.1: src/server.ts through tsx (tests), or
// compiled, as `npm start` runs it (load test and benchmarks, after `node scripts/build-if-stale.mjs --bundle`).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import { nodeCommandOf } from './start-command.js';

export interface LaunchOptions {
  /** Run the server as `npm start` does (package.json's command, the bundle) instead of from src/ through tsx. */
  compiled?: boolean;
  timeoutMs?: number;
  pollMs?: number;
  /** CPU list for taskset: the server starts on these cores (benchmarks keep it off the load generator's). */
  cpus?: string;
  /** `ulimit -n` for the server: the open-file limit descriptor exhaustion is tested against. */
  fileLimit?: number;
  /** node options added after the start command's own (the later of two settings wins), before its entry. */
  nodeFlags?: string[];
}

export interface RunningServer {
  process: ChildProcess;
  port: number;
  base: string;
  output(): string;
  exited: Promise<number | null>;
}

export interface Exited { code: number | null; output: string }

function launch(env: Record<string, string>, { compiled = false, cpus, fileLimit, nodeFlags = [] }: LaunchOptions = {}) {
  const serverCommand = compiled ? nodeCommandOf('start') : { env: {}, args: ['--import', 'tsx', 'src/server.ts'], entry: 'src/server.ts' };
  const at = serverCommand.args.indexOf(serverCommand.entry);
  const node = [process.execPath, ...serverCommand.args.slice(0, at), ...nodeFlags, ...serverCommand.args.slice(at)];
  const limited = fileLimit ? ['bash', '-c', `ulimit -n ${fileLimit} && exec "$@"`, 'bash', ...node] : node;
  const [command, ...args] = cpus ? ['taskset', '-c', cpus, ...limited] : limited;
  const child = spawn(command!, args, {
    cwd: PROJECT_ROOT,
    // From source a query worker spends seconds loading tsx before it answers (the main thread answers
    // meanwhile), so test servers run their queries on the main thread unless a test asks for workers.
    env: { ...process.env, ...serverCommand.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', MAX_CONNECTIONS_PER_CLIENT: '0', ...(compiled ? {} : { QUERY_WORKERS: '0' }), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** A port that is free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server and resolves once /healthz answers; rejects with its output if it exits first. */
export async function startServer(env: Record<string, string>, options: LaunchOptions = {}): Promise<RunningServer> {
  const { timeoutMs = 20_000, pollMs = 25 } = options;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { child, output, exited } = launch({ ...env, PORT: String(port) }, options);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (up) return { process: child, port, base, output, exited };
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start in ${timeoutMs} ms:\n${output()}`);
}

/**
 * Polls /readyz until it answers 200 (the query workers loaded and warmed up) and returns the milliseconds
 * waited; throws after `timeoutMs`.
 */
export async function waitUntilReady(server: RunningServer, { timeoutMs = 60_000, pollMs = 5 } = {}): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await fetch(`${server.base}/readyz`).then((r) => r.ok, () => false)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`server not ready in ${timeoutMs} ms:\n${server.output()}`);
}

/** Runs a server that is expected to refuse to start; resolves with its exit code and output. */
export async function runToExit(env: Record<string, string>, timeoutMs = 20_000): Promise<Exited> {
  const { child, output, exited } = launch(env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}
