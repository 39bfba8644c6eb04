// `npm run bench:start [-- N]`: how long a restart with nothing changed takes, as an operator types it: `npm
// start` (the bundled server; DATABASE_PATH names the file), then polling /healthz until it answers, then one
// data request; and the same with `npm run start:unbundled` (tsc's dist/server.js), the two taking turns. Prints
// each run's wall time to the first answer (liveness) and to the first data answer (which waits for the
// file's damage checks), the bytes the server's main thread had read by the first answer (rchar: bounded
// work, whatever the file's size) and the CPU the process used by then (all threads: the file's hash runs
// meanwhile) and its main thread alone (what listening cost, robust to a loaded machine), then each one's
// medians and the bundle's share of the unbundled figures. Bounded: N runs of each, each stopped after its data
// answer or 60 s.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { nodeCommandOf } from './lib/start-command.js';

const RUNS = Number(process.argv[2] ?? 5);
const TICKS_PER_S = 100;

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

/** user + system CPU of a process (all its threads), or of its main thread alone, in ms, from /proc (Linux). */
function cpuMs(pid: number, mainThreadOnly = false): number {
  const fields = readFileSync(mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

/**
 * Bytes a process's main thread has read through read(2) and pread(2) so far, page cache hits included
 * (Linux): the thread that answers. The file's hash runs on a worker thread meanwhile and is not counted.
 */
function bytesRead(pid: number): number {
  return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/task/${pid}/io`, 'utf8'))?.[1] ?? NaN);
}

/** The parent of a process (Linux /proc). */
const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);

/** Whether `pid` descends from `ancestor`. */
function descendsFrom(pid: number, ancestor: number): boolean {
  for (let at = pid; at > 1; at = parentOf(at)) if (at === ancestor) return true;
  return false;
}

/** How the server is started: its npm script and the file its node runs. */
interface Variant { label: string; npmArgs: string[]; entry: string }
const VARIANTS: Variant[] = [
  { label: 'bundled (npm start)', npmArgs: ['start'], entry: nodeCommandOf('start').entry },
  { label: 'unbundled (npm run start:unbundled)', npmArgs: ['run', 'start:unbundled'], entry: nodeCommandOf('start:unbundled').entry },
];

/**
 * The node process serving: the one whose command line runs `entry` (npm's shell only names it), among the
 * descendants of the npm this run started (other servers may run on a shared machine).
 */
function serverPid(npmPid: number, entry: string): number | undefined {
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (command[0]?.endsWith('node') && command.includes(entry) && descendsFrom(Number(name), npmPid)) return Number(name);
    } catch { /* the process ended meanwhile */ }
  }
  return undefined;
}

interface Restart { wallMs: number; cpuMs: number; mainCpuMs: number; readBytes: number; dataMs: number }

const DATA_URL = '/v1/deployments?limit=1';

async function oneRestart(variant: Variant): Promise<Restart> {
  const port = await freePort();
  const started = performance.now();
  const npm = spawn('npm', [...variant.npmArgs, '--silent'], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore', detached: true });
  try {
    for (let waited = 0; waited < 60_000; waited += 20) {
      const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (answered) {
        const wallMs = performance.now() - started;
        const pid = serverPid(npm.pid!, variant.entry);
        const first = { wallMs, cpuMs: pid ? cpuMs(pid) : NaN, mainCpuMs: pid ? cpuMs(pid, true) : NaN, readBytes: pid ? bytesRead(pid) : NaN };
        // Held by the server until the file's damage checks pass (or answered 503 after their wait).
        for (let tries = 0; tries < 30; tries += 1) {
          const status = await fetch(`http://127.0.0.1:${port}${DATA_URL}`).then((r) => r.status, () => 0);
          if (status === 200) return { ...first, dataMs: performance.now() - started };
        }
        throw new Error(`no 200 from ${DATA_URL}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('no answer from /healthz within 60 s');
  } finally {
    process.kill(-npm.pid!, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const results = new Map<Variant, Restart[]>(VARIANTS.map((variant) => [variant, []]));
for (let run = 0; run < RUNS; run += 1) {
  for (const variant of VARIANTS) {
    const result = await oneRestart(variant);
    results.get(variant)!.push(result);
    console.log(`${variant.label} run ${run + 1}: /healthz after ${seconds(result.wallMs)} wall (server CPU ${seconds(result.cpuMs)}, of it the main thread's ${seconds(result.mainCpuMs)}, main thread read ${megabytes(result.readBytes)}), first data answer after ${seconds(result.dataMs)}`);
  }
}
const medians = (runs: Restart[]) => {
  const middle = (pick: (r: Restart) => number) => median(runs.map(pick));
  return { wallMs: middle((r) => r.wallMs), cpuMs: middle((r) => r.cpuMs), mainCpuMs: middle((r) => r.mainCpuMs), readBytes: middle((r) => r.readBytes), dataMs: middle((r) => r.dataMs) };
};
const figuresOf = VARIANTS.map((variant) => medians(results.get(variant)!));
for (const [index, figures] of figuresOf.entries()) {
  console.log(`${VARIANTS[index]!.label}, median of ${RUNS}: /healthz ${seconds(figures.wallMs)} wall, ${seconds(figures.cpuMs)} server CPU (main thread ${seconds(figures.mainCpuMs)}), main thread read ${megabytes(figures.readBytes)}; first data answer ${seconds(figures.dataMs)}`);
}
const [bundled, unbundled] = figuresOf as [Restart, Restart];
const share = (pick: (r: Restart) => number) => (pick(bundled) / pick(unbundled)).toFixed(2);
console.log(`bundled / unbundled: /healthz wall ${share((r) => r.wallMs)}, server CPU ${share((r) => r.cpuMs)}, main thread CPU ${share((r) => r.mainCpuMs)}, first data answer ${share((r) => r.dataMs)} (load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
