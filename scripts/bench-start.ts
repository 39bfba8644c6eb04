// `npm run bench:start`: how long a restart with nothing changed takes, as an operator types it: `npm start`,
// then polling /healthz until it answers. Prints each run's wall time to the first answer and the CPU the
// server process used to get there (the load-independent part), then the medians. Bounded: N runs, each
// stopped after its first answer or 60 s.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../src/lib/paths.js';

const RUNS = Number(process.argv[2] ?? 5);
const TICKS_PER_S = 100;

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

/** user + system CPU of a process, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

/** The node process serving: the one whose command line runs dist/server.js (npm's shell only names it). */
function serverPid(): number | undefined {
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (command[0]?.endsWith('node') && command.includes('dist/server.js')) return Number(name);
    } catch { /* the process ended meanwhile */ }
  }
  return undefined;
}

async function oneRestart(): Promise<{ wallMs: number; cpuMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const npm = spawn('npm', ['start', '--silent'], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore', detached: true });
  try {
    for (let waited = 0; waited < 60_000; waited += 20) {
      const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (answered) {
        const wallMs = performance.now() - started;
        const pid = serverPid();
        return { wallMs, cpuMs: pid ? cpuMs(pid) : NaN };
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
const results = [];
for (let run = 0; run < RUNS; run += 1) {
  const result = await oneRestart();
  results.push(result);
  console.log(`run ${run + 1}: /healthz after ${(result.wallMs / 1000).toFixed(2)} s wall, server CPU ${(result.cpuMs / 1000).toFixed(2)} s`);
}
console.log(`median of ${RUNS}: ${(median(results.map((r) => r.wallMs)) / 1000).toFixed(2)} s wall, ${(median(results.map((r) => r.cpuMs)) / 1000).toFixed(2)} s server CPU (load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
