// Damage checks for a database file. The build seals each file with the SHA-256 of its own bytes, kept in
// its dataset_info (`file_digest`: where the value sits and the digest of the file with that value blanked).
// A file is checked by hashing it, one sequential read at hashing speed (~1.5 GB/s here, where quick_check
// walks every b-tree several times slower), and must match to the byte. A file without a seal is refused:
// every build since the current migration writes one, so a missing seal means a changed file (a flipped byte
// in the seal's own key looks like that). A refused file also gets SQLite's quick_check and every stored
// article against the SHA-256 and length recorded for it at build time, so the log names the damage. A
// server runs them on a worker thread.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync, writeSync, type Stats } from 'node:fs';
import Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { moduleExtension, startModuleWorker } from '../lib/threads.js';
import { entryModule } from '../lib/paths.js';

/** Errors quick_check reports at most: the first few name the damage well enough. */
const QUICK_CHECK_ERRORS = 5;

/**
 * quick_check covers every page and b-tree in one pass over the file, without integrity_check's slower
 * comparison of index entries against table rows; then every article against its recorded hash.
 */
function fullCheckProblems(sqlite: Database.Database): string[] {
  const checked = (sqlite.pragma(`quick_check(${QUICK_CHECK_ERRORS})`) as Array<{ quick_check: string }>).map((r) => r.quick_check);
  if (checked.length !== 1 || checked[0] !== 'ok') {
    // One line per problem for the log: SQLite prefixes the first with a header line.
    return checked.map((message) => `quick_check: ${message.replace('*** in database main ***', '').replace(/\s+/g, ' ').trim()}`);
  }
  const problems: string[] = [];
  const articles = sqlite.prepare('SELECT id, sha256, length, text FROM sources').iterate() as IterableIterator<{ id: string; sha256: string; length: number; text: string }>;
  for (const article of articles) {
    const sha256 = createHash('sha256').update(article.text, 'utf8').digest('hex');
    if (sha256 !== article.sha256 || [...article.text].length !== article.length) {
      problems.push(`article ${article.id}: text does not match its recorded sha256/length`);
    }
  }
  return problems;
}

/** The key of the seal in dataset_info, and what its value holds until the build has hashed the file. */
export const DIGEST_KEY = 'file_digest';
const OFFSET_DIGITS = 16;
/**
 * The file is hashed in segments of this many bytes, and the seal is the SHA-256 of their SHA-256s in order
 * (a hash list): the same guarantee as one hash over the file (any changed byte changes its segment's digest,
 * hence the seal), but the segments can be hashed on several threads at once. One sequential SHA-256 reads
 * ~1.6 GB/s on one core; the 1.8 GB file of 100k articles took over a second before the first data answer.
 */
export const SEGMENT_BYTES = 64 * 2 ** 20;
const SEGMENT_MIB_DIGITS = 4;
/**
 * `<byte offset of the value, 16 digits>:<segment size in MiB, 4 digits>:<sha256 hex of the segments' sha256s>`;
 * the build inserts this placeholder of the same length.
 */
export const DIGEST_PLACEHOLDER = `${'-'.repeat(OFFSET_DIGITS)}:${'-'.repeat(SEGMENT_MIB_DIGITS)}:${'pending-seal'.padEnd(64, '-')}`;
const PLACEHOLDER_BYTES = Buffer.from(DIGEST_PLACEHOLDER);

/** Bytes read per call while hashing: large sequential reads keep the hash, not the system calls, the cost. */
const HASH_CHUNK_BYTES = 8 * 2 ** 20;
/** Threads that hash a file's segments at once: more than the cores only take turns. */
const MAX_HASH_THREADS = 4;
/** Nice value of a hashing thread: below the main thread's 0, like the query workers'. */
export const HASH_THREAD_NICE = 10;

/** The segments `[from, to)` of a file to hash, with the bytes at `blankAt` (the seal) hashed as the placeholder. */
export interface SegmentRange { path: string; blankAt: number; from: number; to: number; segmentBytes: number }

/**
 * SHA-256 of each segment in `[from, to)`, read sequentially in large chunks; `visit` sees each chunk (and may
 * blank bytes of it) before it is hashed. The chunk's buffer is reused for the next read.
 */
function hashSegments(path: string, from: number, to: number, segmentBytes: number, visit: (chunk: Buffer, position: number) => void): Buffer[] {
  const buffer = Buffer.allocUnsafe(Math.min(HASH_CHUNK_BYTES, segmentBytes));
  const digests: Buffer[] = [];
  const fd = openSync(path, 'r');
  try {
    for (let segment = from; segment < to; segment += 1) {
      const hash = createHash('sha256');
      const end = (segment + 1) * segmentBytes;
      for (let position = segment * segmentBytes; position < end;) {
        const read = readSync(fd, buffer, 0, Math.min(buffer.length, end - position), position);
        if (read === 0) break;
        const chunk = buffer.subarray(0, read);
        visit(chunk, position);
        hash.update(chunk);
        position += read;
      }
      digests.push(hash.digest());
    }
  } finally {
    closeSync(fd);
  }
  return digests;
}

/** SHA-256 of each segment in the range, the seal's bytes blanked. */
export function segmentDigests({ path, blankAt, from, to, segmentBytes }: SegmentRange): Buffer[] {
  return hashSegments(path, from, to, segmentBytes, (chunk, position) => {
    if (blankAt < position + chunk.length && blankAt + PLACEHOLDER_BYTES.length > position) {
      PLACEHOLDER_BYTES.copy(chunk, Math.max(0, blankAt - position), Math.max(0, position - blankAt));
    }
  });
}

const segmentCount = (path: string, segmentBytes: number) => Math.max(1, Math.ceil(statSync(path).size / segmentBytes));
const sealDigest = (digests: Buffer[]) => createHash('sha256').update(Buffer.concat(digests)).digest('hex');

/** Offsets of the placeholder in a buffer, shifted by `base`: those starting before `before`. */
function placeholdersIn(buffer: Buffer, base: number, found: number[], before = buffer.length): void {
  for (let at = buffer.indexOf(PLACEHOLDER_BYTES); at >= 0 && at < before; at = buffer.indexOf(PLACEHOLDER_BYTES, at + 1)) found.push(base + at);
}

/**
 * One read of a finished build file: where the placeholder occurs, and the SHA-256 of each segment. The bytes
 * are hashed as read: in the file the seal will be written to, the placeholder is what its place holds.
 */
function unsealedDigests(path: string, segmentBytes: number): { found: number[]; digests: Buffer[] } {
  const overlap = PLACEHOLDER_BYTES.length - 1;
  const found: number[] = [];
  let tail = Buffer.alloc(0);
  const digests = hashSegments(path, 0, segmentCount(path, segmentBytes), segmentBytes, (chunk, position) => {
    // A placeholder straddling two reads starts in the end of the previous one.
    placeholdersIn(Buffer.concat([tail, chunk.subarray(0, overlap)]), position - tail.length, found, tail.length);
    placeholdersIn(chunk, position, found);
    tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - overlap)));
  });
  return { found, digests };
}

/**
 * Seals a finished build file: its hash list's SHA-256 (placeholder in place) written over the placeholder,
 * same length. The segment size is the build's; tests pass a smaller one (whole MiB) to have several segments.
 */
export function sealFile(path: string, segmentBytes = SEGMENT_BYTES): void {
  const { found, digests } = unsealedDigests(path, segmentBytes);
  if (found.length !== 1) throw new Error(`cannot seal ${path}: the digest placeholder occurs ${found.length} times`);
  const sha256 = sealDigest(digests);
  const value = `${String(found[0]).padStart(OFFSET_DIGITS, '0')}:${String(segmentBytes / 2 ** 20).padStart(SEGMENT_MIB_DIGITS, '0')}:${sha256}`;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from(value), 0, PLACEHOLDER_BYTES.length, found[0]);
  } finally {
    closeSync(fd);
  }
}

const sealOf = (sqlite: Database.Database) => sqlite.prepare('SELECT value FROM dataset_info WHERE key = ?').pluck().get(DIGEST_KEY) as string | undefined;

interface Seal { blankAt: number; segmentBytes: number; sha256: string }
/** A seal's parts; undefined for a missing seal or one not of this shape (changed, or written by an older build). */
function parseSeal(value: string | undefined): Seal | undefined {
  const parts = value?.split(':');
  if (value?.length !== PLACEHOLDER_BYTES.length || parts?.length !== 3) return undefined;
  const [blankAt, segmentMiB, sha256] = parts.map((part, i) => (i < 2 ? Number(part) : part)) as [number, number, string];
  return Number.isSafeInteger(blankAt) && Number.isSafeInteger(segmentMiB) && segmentMiB > 0 ? { blankAt, segmentBytes: segmentMiB * 2 ** 20, sha256 } : undefined;
}

/** Whether a file's bytes are those its build sealed; undefined for a file without a seal of this build's shape. */
function sealHolds(seal: Seal | undefined, path: string): boolean | undefined {
  if (seal === undefined) return undefined;
  return sealDigest(segmentDigests({ path, blankAt: seal.blankAt, from: 0, to: segmentCount(path, seal.segmentBytes), segmentBytes: seal.segmentBytes })) === seal.sha256;
}

const SEAL_BROKEN = 'file: its bytes differ from the SHA-256 its build sealed it with';
const SEAL_MISSING = 'file: it carries no seal of the current shape (changed since its build, or written by an older build or not by npm run db:build); rebuild it with npm run db:build';

/** The full checks name the damage; the seal's verdict comes last. */
const refusal = (problems: string[], sealed: false | undefined) => [...problems, sealed === false ? SEAL_BROKEN : SEAL_MISSING];

/**
 * Problems found in the file; none means it is sound. A sealed file whose bytes match its seal is exactly
 * what its build wrote and checked, so it needs nothing more.
 */
export function integrityProblems(sqlite: Database.Database, path = sqlite.name): string[] {
  const sealed = sealHolds(parseSeal(sealOf(sqlite)), path);
  return sealed === true ? [] : refusal(fullCheckProblems(sqlite), sealed);
}

/** The worker is TypeScript when this module is (tests, tsx). */
const fromSource = moduleExtension(import.meta.url) === 'ts';
const WORKER = entryModule('db/integrity-worker');
/** What an integrity worker is asked: the digests of some segments, or the problems of a whole file. */
export type IntegrityJob = { kind: 'segments'; range: SegmentRange } | { kind: 'problems'; dbPath: string };
/** What quick_check and the article hashes find in a file (its own connection): names the damage of a refused file. */
export const damageProblems = (dbPath: string) => withConnection(dbPath, fullCheckProblems);
type IntegrityResult = { digests: Uint8Array[] } | { problems: string[] } | { error: string };

function onWorker(job: IntegrityJob): Promise<IntegrityResult> {
  return new Promise((resolve, reject) => {
    const thread = startModuleWorker(WORKER, { workerData: job });
    thread.once('message', (result: IntegrityResult) => ('error' in result ? reject(new Error(result.error)) : resolve(result)));
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`integrity check exited with code ${code}`)));
  });
}

/** Reads one value with a connection of its own, closed before returning (a lock keeps descriptors of closed ones). */
function withConnection<T>(dbPath: string, use: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return use(sqlite);
  } finally {
    sqlite.close();
  }
}

/** The checks with at most one descriptor on the file at a time: the seal is read, the connection closed, then the file hashed. */
function checkInThisThread(dbPath: string): string[] {
  const sealed = sealHolds(parseSeal(withConnection(dbPath, sealOf)), dbPath);
  return sealed === true ? [] : refusal(withConnection(dbPath, fullCheckProblems), sealed);
}

/** The seal checked with its segments split over up to MAX_HASH_THREADS worker threads (one per core). */
async function sealHoldsOnWorkers(seal: Seal | undefined, dbPath: string): Promise<boolean | undefined> {
  if (seal === undefined) return undefined;
  const segments = segmentCount(dbPath, seal.segmentBytes);
  const threads = Math.max(1, Math.min(availableParallelism(), MAX_HASH_THREADS, segments));
  const ranges = Array.from({ length: threads }, (_, i) => ({
    path: dbPath, blankAt: seal.blankAt, segmentBytes: seal.segmentBytes,
    from: Math.floor((i * segments) / threads), to: Math.floor(((i + 1) * segments) / threads),
  }));
  const results = await Promise.all(ranges.map((range) => onWorker({ kind: 'segments', range })));
  return sealDigest(results.flatMap((result) => ('digests' in result ? result.digests.map((d) => Buffer.from(d)) : []))) === seal.sha256;
}

/**
 * Runs integrityProblems over its own read-only connection; rejects if the file cannot be read at all. On
 * worker threads by default for the compiled server; from source (tests, tsx) in this thread unless asked,
 * since a worker would first spend seconds loading tsx to check a seed file that takes milliseconds. The
 * seal is read here (a few pages), the file hashed on the workers; a file that breaks its seal gets the full
 * checks on a worker, to name the damage. A check of the same path started ahead (checkIntegrityAhead) on
 * the same file (same inode, size and times now as when it started) is taken over instead of starting anew.
 */
export async function checkIntegrity(dbPath: string, { worker = !fromSource } = {}): Promise<string[]> {
  if (!worker) return checkInThisThread(dbPath);
  return takeAhead(dbPath) ?? checkOnWorkers(dbPath);
}

async function checkOnWorkers(dbPath: string): Promise<string[]> {
  const sealed = await sealHoldsOnWorkers(parseSeal(withConnection(dbPath, sealOf)), dbPath);
  if (sealed === true) return [];
  const result = await onWorker({ kind: 'problems', dbPath });
  return refusal('problems' in result ? result.problems : [], sealed);
}

/** A check started before anyone asked for it, and what the file was when it started. */
let ahead: { dbPath: string; file: Stats; problems: Promise<string[]> } | undefined;

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/**
 * Starts the worker threads' check of a file now, for the first checkIntegrity of the same path to take over:
 * the server calls it first thing, so that the file is hashed while the server loads its modules. Does
 * nothing from source (the check would run on this thread) or when the file is absent.
 */
export function checkIntegrityAhead(dbPath: string): void {
  const file = statSync(dbPath, { throwIfNoEntry: false });
  if (fromSource || !file) return;
  const problems = checkOnWorkers(dbPath);
  // Whoever takes it over sees the rejection; a check nobody takes over must not crash the process.
  problems.catch(() => undefined);
  ahead = { dbPath, file, problems };
}

/** The check started ahead for this path, once, if the path still holds the file it started on. */
function takeAhead(dbPath: string): Promise<string[]> | undefined {
  const taken = ahead;
  ahead = undefined;
  const now = statSync(dbPath, { throwIfNoEntry: false });
  return taken && taken.dbPath === dbPath && now && sameFile(taken.file, now) ? taken.problems : undefined;
}
