// `npm run cluster:test`: three replicas of the server as `npm start` runs it behind HAProxy (deploy/haproxy.cfg) on
// 127.0.0.1, under load from many client addresses, while (1) one replica is SIGKILLed and started again,
// (2) a new dataset build is rolled out to the replicas one at a time, (3) one replica is SIGTERMed and
// started again. Prints requests sent, failed, and the dataset version of the responses; exits 1 if any
// request failed or a request sent after the rollout finished was answered by the old version.
// Needs the `haproxy` binary (Debian: apt-get install -y haproxy); installs nothing itself.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_DIR } from '../src/lib/paths.js';
import { buildVariant } from './lib/dataset-variant.js';
import { nodeCommandOf } from './lib/start-command.js';

const REPLICAS = 3;
/** Client addresses the load comes from (127.0.0.0/8 is all loopback on Linux): the rate limit is per client. */
const CLIENTS = 16;
const URLS = ['/v1/people?role=minister', '/v1/search?q=ice', '/v1/timeline', '/v1/claims?format=csv', '/v1/stats/deployments', '/v1/entities/ice', '/v1/protests?from=2026-02-01', '/v1', '/v1/organizations?sort=name', '/v1/sources/ice-role-public-backlash'];
const STEADY_MS = 2000;
// Above HAProxy's own server timeout (15 s): HAProxy decides whether a slow request is retried or failed.
const REQUEST_TIMEOUT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started = performance.now();
const at = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;
const say = (message: string) => console.log(`[${at()}] ${message}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function getJson(url: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 2000 }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk) => { body += chunk; }).on('end', () => {
        try { resolve({ status: res.statusCode!, body: JSON.parse(body) }); } catch { resolve({ status: res.statusCode!, body: null }); }
      });
    });
    request.on('timeout', () => request.destroy()).on('error', () => resolve({ status: 0, body: null }));
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface Replica { name: string; port: number; dir: string; dbPath: string; process?: ChildProcess; exited?: Promise<number | null>; output: string }

function startReplica(replica: Replica): void {
  const start = nodeCommandOf('start');
  const child = spawn(process.execPath, start.args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env, ...start.env, HOST: '127.0.0.1', PORT: String(replica.port), DATABASE_PATH: replica.dbPath, LOG_LEVEL: 'warn',
      // Behind the proxy: the client is the address HAProxy puts in X-Forwarded-For, trusted from HAProxy only.
      TRUST_PROXY: '127.0.0.1',
      // Load shedding off: on a shared machine every replica can be starved of CPU at once, and shedding then
      // fails requests for reasons that are not the cluster's (docs/operations.md, Scaling out).
      MAX_EVENT_LOOP_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  replica.output = '';
  const keep = (chunk: Buffer) => { replica.output += chunk; };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  replica.process = child;
  replica.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
}

const readyVersion = async (replica: Replica) => {
  const r = await getJson(`http://127.0.0.1:${replica.port}/readyz`);
  return r.status === 200 ? (r.body.content_hash as string) : null;
};

const rssMB = (pid: number) => {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024; } catch { return 0; }
};

interface Sample { sentAt: number; ms: number; status: number; version: string | null; error?: string }

/** Load from CLIENTS client addresses through the balancer until stopped; every answer kept as a sample. */
function startLoad(lb: string) {
  const samples: Sample[] = [];
  let running = true;
  const client = async (n: number) => {
    const agent = new http.Agent({ keepAlive: true, localAddress: `127.0.0.${10 + n}` });
    for (let i = n; running; i += CLIENTS) {
      samples.push(await ask(agent, `${lb}${URLS[i % URLS.length]}`));
      // Bounded load: a short pause per client keeps the test about the cluster, not about saturating this machine.
      await sleep(10);
    }
    agent.destroy();
  };
  const clients = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  return { samples, stop: async () => { running = false; await clients; } };
}

function ask(agent: http.Agent, url: string): Promise<Sample> {
  const sentAt = performance.now();
  return new Promise<Sample>((resolve) => {
    const request = http.get(url, { agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      let body = '';
      if (res.statusCode === 200) res.resume();
      else res.setEncoding('utf8').on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({
        sentAt, ms: performance.now() - sentAt, status: res.statusCode!, version: (res.headers['dataset-version'] as string | undefined) ?? null,
        ...(body && { error: body.replace(/\s+/g, ' ').slice(0, 160) }),
      }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => resolve({ sentAt, ms: performance.now() - sentAt, status: 0, version: null, error: error.message }));
  });
}

/** (1) A crash: SIGKILL, then the replica comes back on the same port. */
async function crashAndRestart(replica: Replica): Promise<void> {
  say(`(1) SIGKILL ${replica.name}`);
  replica.process!.kill('SIGKILL');
  await replica.exited;
  await sleep(1000);
  startReplica(replica);
  await until(`${replica.name} ready again`, async () => (await readyVersion(replica)) !== null);
  say(`(1) ${replica.name} restarted and ready`);
}

/**
 * (2) Rollout: the new build lands on each replica's file by atomic rename, one replica at a time, the next
 * only once the previous one serves it. Returns the time each switch took and each replica's RSS around it.
 */
async function rollout(replicas: Replica[], newBuild: string, newVersion: string) {
  const switchTimes: string[] = [];
  const memory: string[] = [];
  for (const r of replicas) {
    const staged = join(r.dir, 'event-facts.db.incoming');
    copyFileSync(newBuild, staged);
    const rssBefore = rssMB(r.process!.pid!);
    let rssPeak = rssBefore;
    const landed = performance.now();
    renameSync(staged, r.dbPath);
    await until(`${r.name} to serve the new build`, async () => {
      rssPeak = Math.max(rssPeak, rssMB(r.process!.pid!));
      return (await readyVersion(r)) === newVersion;
    });
    switchTimes.push(`${r.name} ${Math.round(performance.now() - landed)} ms`);
    memory.push(`${r.name} ${rssBefore.toFixed(0)}→${rssPeak.toFixed(0)} MB`);
    say(`(2) ${r.name} serves ${newVersion.slice(0, 12)} (${switchTimes.at(-1)!.split(' ').slice(1).join(' ')} after the rename)`);
    await sleep(500);
  }
  say('(2) rollout finished');
  return { switchTimes, memory };
}

/** (3) A planned stop: SIGTERM drains the replica; it comes back with the build on its disk (the new one). Returns its exit code. */
async function drainAndRestart(replica: Replica, newVersion: string): Promise<number | null> {
  say(`(3) SIGTERM ${replica.name}`);
  replica.process!.kill('SIGTERM');
  const code = await replica.exited!;
  say(`(3) ${replica.name} exited with ${code}`);
  startReplica(replica);
  await until(`${replica.name} ready again`, async () => (await readyVersion(replica)) === newVersion);
  say(`(3) ${replica.name} restarted and ready`);
  return code;
}

interface Outcome { samples: Sample[]; rolloutDone: number; oldVersion: string; newVersion: string; switchTimes: string[]; memory: string[]; code: number | null; haproxyOutput: string }

/** Prints the figures; true when no request failed, none after the rollout met the old version, and SIGTERM exited 0. */
function report({ samples, rolloutDone, oldVersion, newVersion, switchTimes, memory, code, haproxyOutput }: Outcome): boolean {
  const failed = samples.filter((s) => s.status !== 200);
  const afterRollout = samples.filter((s) => s.sentAt > rolloutDone);
  const staleAfter = afterRollout.filter((s) => s.version !== newVersion);
  const byVersion = (list: Sample[]) => Object.entries(list.reduce<Record<string, number>>((counts, s) => {
    const key = s.version === oldVersion ? 'old' : s.version === newVersion ? 'new' : String(s.version);
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {})).map(([version, n]) => `${version} ${n}`).join(', ');
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  console.log('');
  console.log(`requests sent: ${samples.length} (${Math.round(samples.length / ((samples.at(-1)!.sentAt - samples[0]!.sentAt) / 1000))}/s), failed: ${failed.length}`);
  console.log(`latency ms: p50 ${latencies[Math.floor(latencies.length * 0.5)]!.toFixed(1)}, p99 ${latencies[Math.floor(latencies.length * 0.99)]!.toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)}`);
  console.log(`dataset version per response: ${byVersion(samples)}; sent after the rollout finished: ${byVersion(afterRollout)}`);
  console.log(`time to switch (rename → /readyz shows the new version): ${switchTimes.join(', ')}`);
  console.log(`RSS during the switch: ${memory.join(', ')}`);
  console.log(`SIGTERMed replica exit code: ${code}; whole test ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`HAProxy replica state changes: ${(haproxyOutput.match(/is DOWN|is UP/g) ?? []).length}`);
  for (const f of failed.slice(0, 10)) console.log(`  failed: status ${f.status} ${f.error ?? ''} at ${((f.sentAt - started) / 1000).toFixed(2)} s`);
  const ok = failed.length === 0 && staleAfter.length === 0 && code === 0;
  if (!ok) {
    console.log(`FAIL: ${failed.length} failed requests, ${staleAfter.length} answered by the old version after the rollout, SIGTERM exit code ${code}`);
    console.log(haproxyOutput.split('\n').slice(-20).join('\n'));
  } else {
    console.log('OK: no failed request, and only the new version after the rollout');
  }
  return ok;
}

/** HAProxy in front of the replicas, once it answers and has had time to put every replica in rotation. */
async function startBalancer(replicas: Replica[], lbPort: number, output: (chunk: Buffer) => void): Promise<ChildProcess> {
  const haproxy = spawn('haproxy', ['-f', join(PROJECT_ROOT, 'deploy/haproxy.cfg'), '-db'], {
    env: { ...process.env, LB_BIND: `127.0.0.1:${lbPort}`, ...Object.fromEntries(replicas.map((r, i) => [`REPLICA_${i + 1}`, `127.0.0.1:${r.port}`])) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  haproxy.stdout!.on('data', output);
  haproxy.stderr!.on('data', output);
  await until('HAProxy', async () => (await getJson(`http://127.0.0.1:${lbPort}/readyz`)).status === 200);
  // Health checks every second, two to rise: every replica is in rotation after about two seconds.
  await sleep(2500);
  return haproxy;
}

/** The replicas' folders, each with its own copy of the old build. */
async function makeReplicas(work: string, oldBuild: string): Promise<Replica[]> {
  const replicas: Replica[] = [];
  for (let i = 1; i <= REPLICAS; i++) {
    const dir = join(work, `r${i}`);
    mkdirSync(dir);
    const replica: Replica = { name: `r${i}`, port: await freePort(), dir, dbPath: join(dir, 'event-facts.db'), output: '' };
    copyFileSync(oldBuild, replica.dbPath);
    replicas.push(replica);
  }
  return replicas;
}

async function main() {
  const haproxyVersion = spawnSync('haproxy', ['-v'], { encoding: 'utf8' });
  if (haproxyVersion.error || haproxyVersion.status !== 0) {
    console.error('haproxy is not installed: on Debian/Ubuntu run `apt-get update && apt-get install -y haproxy` first (CI does).');
    process.exit(2);
  }
  say(haproxyVersion.stdout.split('\n')[0]!);
  const work = mkdtempSync(join(tmpdir(), 'event-facts-cluster-'));
  const oldBuild = join(work, 'build-old.db');
  const newBuild = join(work, 'build-new.db');
  const oldVersion = buildVariant(oldBuild, `old ${Date.now()}`, SEED_DIR);
  const newVersion = buildVariant(newBuild, `new ${Date.now()}`, SEED_DIR);
  say(`dataset builds: old ${oldVersion.slice(0, 12)}, new ${newVersion.slice(0, 12)}`);
  const replicas = await makeReplicas(work, oldBuild);
  const lbPort = await freePort();
  let haproxy: ChildProcess | undefined;
  let haproxyOutput = '';
  let load: ReturnType<typeof startLoad> | undefined;
  const cleanup = () => {
    void load?.stop();
    for (const r of replicas) if (r.process?.exitCode === null && r.process.signalCode === null) r.process.kill('SIGKILL');
    if (haproxy?.exitCode === null) haproxy.kill('SIGKILL');
  };
  process.on('exit', cleanup);
  try {
    for (const r of replicas) startReplica(r);
    await Promise.all(replicas.map((r) => until(`${r.name} ready`, async () => (await readyVersion(r)) === oldVersion)));
    haproxy = await startBalancer(replicas, lbPort, (chunk) => { haproxyOutput += chunk; });
    say(`3 replicas (ports ${replicas.map((r) => r.port).join(', ')}) behind HAProxy on ${lbPort}; load from ${CLIENTS} client addresses`);
    load = startLoad(`http://127.0.0.1:${lbPort}`);
    await sleep(STEADY_MS);
    const [r1, , r3] = replicas as [Replica, Replica, Replica];
    await crashAndRestart(r1);
    await sleep(2500);
    const { switchTimes, memory } = await rollout(replicas, newBuild, newVersion);
    const rolloutDone = performance.now();
    await sleep(1000);
    const code = await drainAndRestart(r3, newVersion);
    await sleep(STEADY_MS);
    await load.stop();
    const ok = report({ samples: load.samples, rolloutDone, oldVersion, newVersion, switchTimes, memory, code, haproxyOutput });
    cleanup();
    rmSync(work, { recursive: true, force: true });
    process.exit(ok ? 0 : 1);
  } catch (error) {
    console.error(`cluster test aborted: ${(error as Error).message}`);
    for (const r of replicas) console.error(`--- ${r.name}\n${r.output.split('\n').slice(-10).join('\n')}`);
    console.error(`--- haproxy\n${haproxyOutput}`);
    cleanup();
    process.exit(1);
  }
}

await main();
