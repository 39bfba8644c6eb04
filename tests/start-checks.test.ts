// The damage checks at start run in the background: the server answers liveness after reading a bounded part
// of the file, and nothing read from the file (data, the index, the OpenAPI document, its version) until every
// byte of it has been checked against its seal. Any one flipped byte is refused, wherever it is.
import { closeSync, copyFileSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { loadStore } from '../src/db/store.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { buildSeedDatabase, tempDir } from './helpers/db.js';

/** Bytes this thread has read through read(2)/pread(2) so far (Linux): the main thread's work, not the workers'. */
const readByThisThread = () => Number(/^rchar: (\d+)$/m.exec(readFileSync('/proc/thread-self/io', 'utf8'))![1]);

/** A synthetic build of a few hundred articles: large enough that reading all of it is not "bounded". */
function syntheticDatabase(): string {
  const dir = tempDir();
  writeSyntheticCorpus({ articles: 400, seed: 7, out: join(dir, 'seed') });
  const dbPath = join(dir, 'facts.db');
  buildDatabase({ dbPath, seedDir: join(dir, 'seed') });
  return dbPath;
}

const flipByte = (path: string, at: number) => {
  const fd = openSync(path, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, at);
  byte[0] = byte[0]! ^ 0xff;
  writeSync(fd, byte, 0, 1, at);
  closeSync(fd);
};

const inject = (app: FastifyInstance, url: string) => app.inject({ method: 'GET', url });

describe('start-up with the damage checks in the background', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => { await app?.close(); app = undefined; });
  const start = (dbPath: string) => buildApp({ dbPath, dataset: { verifyInBackground: true, verifyOnWorker: true } });

  /** Bytes this thread reads from building the app to its first answer (liveness). */
  const readUntilFirstAnswer = async (dbPath: string) => {
    const before = readByThisThread();
    const started = await start(dbPath);
    const live = await inject(started, '/healthz');
    const read = readByThisThread() - before;
    expect(live.statusCode).toBe(200);
    return { app: started, read };
  };

  it('answers liveness after reading what does not grow with the file, and data once all of it is checked', async () => {
    const small = buildSeedDatabase();
    const large = syntheticDatabase();
    // The first app loads what any app loads once (modules, files of plugins): not counted.
    await (await readUntilFirstAnswer(small)).app.close();
    const onSmall = await readUntilFirstAnswer(small);
    await onSmall.app.close();
    const onLarge = await readUntilFirstAnswer(large);
    app = onLarge.app;
    // Opening, the cheap checks and the app read a few pages whatever the file's size; the hash runs on a worker.
    expect(statSync(large).size - statSync(small).size).toBeGreaterThan(4 * 2 ** 20);
    expect(onLarge.read - onSmall.read).toBeLessThan(512 * 2 ** 10);

    const data = inject(app, '/v1/deployments?limit=1');
    await app.dataset.firstCheck;
    const answered = await data;
    expect(answered.statusCode).toBe(200);
    expect(answered.headers['dataset-version']).toBe(app.store.info.content_hash);
    expect((await inject(app, '/readyz')).statusCode).toBe(200);
    expect((await inject(app, '/healthz')).headers['dataset-version']).toBe(app.store.info.content_hash);
  });

  it('serves nothing from a file whose seal breaks, its version included, and says why', async () => {
    const dbPath = join(tempDir(), 'facts.db');
    copyFileSync(buildSeedDatabase(), dbPath);
    const file = readFileSync(dbPath);
    flipByte(dbPath, file.indexOf('"review":"reviewed"') + 3);
    app = await start(dbPath);
    const live = await inject(app, '/healthz');
    expect(live.statusCode).toBe(200);
    expect(live.headers['dataset-version']).toBeUndefined();
    await expect(app.dataset.firstCheck).rejects.toThrow(`Database ${dbPath} is damaged: file: its bytes differ from the SHA-256 its build sealed it with`);
    for (const url of ['/v1/deployments', '/v1', '/openapi.json', '/readyz']) {
      const refused = await inject(app, url);
      expect(refused.statusCode, url).toBe(503);
      expect(refused.headers['dataset-version'], url).toBeUndefined();
      expect(refused.headers['retry-after'], url).toBe('2');
      expect(refused.json().detail, url).toBe('The dataset file failed its checks for damage; nothing from it is served.');
    }
  });
});

describe('one flipped byte anywhere in the file', () => {
  it('is refused, wherever it is: pages, the seal, its key', async () => {
    const sound = buildSeedDatabase();
    const file = readFileSync(sound);
    const sealKey = file.indexOf('file_digest');
    const sealValue = file.indexOf(':', sealKey) - 16;
    const positions = [
      ...Array.from({ length: 48 }, (_, i) => Math.floor((i * (file.length - 1)) / 47)),
      ...Array.from({ length: 'file_digest'.length }, (_, i) => sealKey + i),
      sealValue, sealValue + 15, sealValue + 17, sealValue + 80,
    ];
    expect(sealKey).toBeGreaterThan(0);
    const dir = tempDir();
    for (const at of positions) {
      const path = join(dir, `flipped-${at}.db`);
      copyFileSync(sound, path);
      flipByte(path, at);
      const outcome = await loadStore(path).then((store) => { store.close(); return 'served'; }, () => 'refused');
      expect(outcome, `byte ${at} of ${file.length}`).toBe('refused');
    }
    const control = await loadStore(sound);
    control.close();
  });
});
