// The dataset being served and its live replacement: a new build renamed onto the database path (or a
// reload asked for by SIGHUP) is opened and checked like at start, then new requests use it while requests
// that started on the old one finish there; the old one is closed once they are done, or after a bounded
// grace. A file that fails the checks is refused and the current one keeps serving. A file written over in
// place (same inode, new bytes) cannot keep serving: the connection open on it would read the new bytes under
// the old version, so until the new content is checked and switched in, the store counts as not intact.
import { EventEmitter } from 'node:events';
import { statSync, unwatchFile, watch, watchFile, type FSWatcher, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { damaged, DatabaseUnusableError, holdSharedLock, loadStore, openStore, type Store } from './store.js';
import { checkIntegrity } from './integrity.js';

export interface DatasetOptions {
  /** Milliseconds an old version may stay open for requests still using it; then it is closed anyway. */
  retireGraceMs?: number;
  /** Milliseconds of quiet after a change in the directory before the file is opened (a copy may still be landing). */
  settleMs?: number;
  /** Milliseconds between polls of the path's identity (symlink swaps); see DEFAULT_POLL_MS. */
  pollMs?: number;
  /**
   * Whether the damage checks already passed for the file with this identity (see fileId) in this process:
   * a query worker opens what the main thread checked without reading the whole file again.
   */
  alreadyChecked?: (fileId: string) => boolean;
  /**
   * Open the first file after its cheap checks and run its damage checks in the background (the server does):
   * liveness answers meanwhile, every other answer waits for `verified` (see the dataset plugin). A file
   * renamed in later is checked in full before it is switched in, whatever this says.
   */
  verifyInBackground?: boolean;
  /** Run the damage checks on a worker thread; by default they do for the compiled server only (see checkIntegrity). */
  verifyOnWorker?: boolean;
}

export interface SwitchEvent { from: string; to: string; path: string; checkMs: number }

/** The identity of a file on disk: a rename onto the path gives a new inode, a write in place a new size or times. */
export const fileId = (stats: Stats) => `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;

const statPath = (path: string): Stats | undefined => {
  try { return statSync(path, { throwIfNoEntry: false }); } catch { return undefined; }
};

const DEFAULT_RETIRE_GRACE_MS = 15_000;
const DEFAULT_SETTLE_MS = 100;
/**
 * How often the path is stat'ed besides the directory watch: a symlink whose target is swapped (a Kubernetes
 * ConfigMap's `..data`) or a target replaced in another directory raises no event in the watched one.
 */
const DEFAULT_POLL_MS = 1000;

/**
 * Opens the file at path, skipping the damage checks only when they already passed for the file that was
 * there (`stats`) and it is still the one there once open; the caller compares identities again before use.
 */
async function openChecked(path: string, stats: Stats | undefined, options: DatasetOptions): Promise<Store> {
  if (!stats || !options.alreadyChecked?.(fileId(stats))) return loadStore(path);
  const store = openStore(path, { integrityChecked: true });
  const now = statPath(path);
  if (now && fileId(now) === fileId(stats)) return store;
  store.close();
  return loadStore(path);
}

/**
 * Holds the current store. A request pins the store it started with (`pin`) and lets go when its response
 * is over (`release`). At most two databases are open at once: a new file is opened only after the
 * previous old version has been closed, and reloads asked for meanwhile are merged into one.
 */
export class Dataset extends EventEmitter<{ switch: [SwitchEvent]; refuse: [{ path: string; reason: string }] }> {
  private serving: Store;
  private currentFile: string;
  /** What each open store's file was when it was opened and checked. */
  private readonly opened = new WeakMap<Store, Stats>();
  /** Stores whose file was seen written over in place. */
  private readonly overwritten = new WeakSet<Store>();
  private readonly pins = new Map<Store, number>();
  /** For an old store being retired: called when its last request is over. */
  private readonly idle = new Map<Store, () => void>();
  private retiring: Promise<void> = Promise.resolve();
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;
  private watcher: FSWatcher | null = null;
  private settleTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly retireGraceMs: number;
  private readonly settleMs: number;
  private readonly pollMs: number;
  private polling = false;
  /** Stores opened before their damage checks passed (only the first, with verifyInBackground). */
  private readonly unverified = new WeakSet<Store>();
  private firstChecked: Promise<void> = Promise.resolve();

  private constructor(readonly path: string, private readonly log: FastifyBaseLogger, first: Store, firstFile: Stats | undefined, private readonly options: DatasetOptions) {
    super();
    this.retireGraceMs = options.retireGraceMs ?? DEFAULT_RETIRE_GRACE_MS;
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.serving = first;
    this.currentFile = firstFile ? fileId(firstFile) : '';
    if (firstFile) this.opened.set(first, firstFile);
  }

  /** Opens and checks the file at path; rejects with the reason if it is unusable. */
  static async open(path: string, log: FastifyBaseLogger, options: DatasetOptions = {}): Promise<Dataset> {
    const before = statSync(path, { throwIfNoEntry: false });
    if (options.verifyInBackground && before && !options.alreadyChecked?.(fileId(before))) {
      const store = openStore(path, { integrityChecked: true });
      const opened = statPath(path);
      if (opened && fileId(opened) === fileId(before)) {
        const dataset = new Dataset(path, log, store, before, options);
        dataset.checkFirst(store, before);
        return dataset;
      }
      store.close();
    }
    return new Dataset(path, log, holdSharedLock(await openChecked(path, before, options)), before, options);
  }

  /**
   * Settles once the damage checks of the first file passed (at once unless verifyInBackground), rejects
   * with the reason when they failed. The server exits on a rejection: there is no checked version to serve.
   */
  get firstCheck(): Promise<void> {
    return this.firstChecked;
  }

  /** Whether the damage checks passed for the file this store reads. */
  verified(store: Store): boolean {
    return !this.unverified.has(store);
  }

  /**
   * Waits up to waitMs for this store's file to pass its damage checks: 'verified', 'failed' (it never will),
   * or 'pending' (still being checked).
   */
  async whenVerified(store: Store, waitMs: number): Promise<'verified' | 'failed' | 'pending'> {
    if (this.verified(store)) return 'verified';
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'pending'>((resolve) => { timer = setTimeout(() => resolve('pending'), waitMs); });
    try {
      return await Promise.race([this.firstChecked.then(() => (this.verified(store) ? 'verified' : 'failed'), () => 'failed' as const), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The damage checks of the first file, off the event loop. They read the file by its path, so they count
   * only if the path still holds the file that was opened, before and after; when a file was renamed in
   * meanwhile, that one is switched in once it passes its own checks, and this store never answers.
   */
  private checkFirst(store: Store, opened: Stats): void {
    this.unverified.add(store);
    const started = performance.now();
    const checked = (async () => {
      // Not inside open(): from source the checks run on this thread, and the app must be built first.
      await new Promise(setImmediate);
      const problems = await checkIntegrity(this.path, { worker: this.options.verifyOnWorker }).catch((error: Error) => {
        throw new DatabaseUnusableError(`Database ${this.path} is unusable: ${error.message}`);
      });
      if (problems.length) throw damaged(this.path, problems);
      const now = statPath(this.path);
      if (!now || fileId(now) !== fileId(opened)) {
        this.log.warn({ path: this.path }, 'dataset replaced while its first check ran: checking the new file instead');
        void this.reload('replaced while checked');
        return;
      }
      this.unverified.delete(store);
      holdSharedLock(store);
      this.log.info({ path: this.path, version: store.info.content_hash, checkMs: Math.round(performance.now() - started) }, 'dataset checked');
    })();
    // Kept settled for whoever asks later; the server attaches the handler that exits.
    checked.catch(() => undefined);
    this.firstChecked = checked;
  }

  /**
   * Whether a store still reads the bytes it was checked with: false once its file was written over in place
   * (same inode at the path, another size or time). A file renamed over the path or removed leaves the opened
   * inode untouched, so the store stays intact and finishes the requests that hold it.
   */
  intact(store: Store): boolean {
    if (this.overwritten.has(store)) return false;
    const then = this.opened.get(store);
    const now = statPath(this.path);
    if (!then || !now || now.dev !== then.dev || now.ino !== then.ino) return true;
    if (now.size === then.size && now.mtimeMs === then.mtimeMs && now.ctimeMs === then.ctimeMs) return true;
    // Its bytes are gone for good, even if another file is renamed over the path later.
    this.overwritten.add(store);
    return false;
  }

  /** Whether a store is already known to be written over in place (no system call: see intact for the check). */
  knownOverwritten(store: Store): boolean {
    return this.overwritten.has(store);
  }

  /** The identity (see fileId) of the file the current store was opened from. */
  get servedFileId(): string {
    const stats = this.opened.get(this.serving);
    return stats ? fileId(stats) : '';
  }

  /** The store new requests get. */
  get current(): Store {
    return this.serving;
  }

  get version(): string {
    return this.current.info.content_hash;
  }

  pin(): Store {
    const store = this.current;
    this.pins.set(store, (this.pins.get(store) ?? 0) + 1);
    return store;
  }

  release(store: Store): void {
    // A store closed at the end of its grace has no entry any more.
    if (!this.pins.has(store)) return;
    const left = this.pins.get(store)! - 1;
    this.pins.set(store, left);
    if (left <= 0) this.idle.get(store)?.();
  }

  /** Re-reads the database path: switches to the file there if it passes the checks and is not the one served. */
  reload(reason: string): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        await this.retiring;
        if (this.closed) return;
        await this.tryNewFile(reason);
      } while (this.reloadAgain);
    })().finally(() => { this.reloading = null; });
    return this.reloading;
  }

  /**
   * Watches the database's directory (a rename replaces the file, so watching the file itself would lose it;
   * a write in place shows there too), and polls the path for what the directory does not show (symlinks).
   */
  watch(): void {
    const name = basename(this.path);
    const settle = (trigger: string) => {
      if (this.settleTimer) clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => { void this.reload(trigger); }, this.settleMs);
    };
    this.watcher = watch(dirname(this.path), (_event, file) => {
      if (file !== name) return;
      // Noticed now, not after the settle: requests that have not started yet are refused without running.
      this.intact(this.current);
      settle('file changed');
    });
    this.watcher.on('error', (error) => this.log.error({ err: error, path: this.path }, 'dataset watcher failed; SIGHUP still reloads'));
    watchFile(this.path, { interval: this.pollMs, persistent: false }, (now) => {
      if (fileId(now) !== this.currentFile) settle('file changed (poll)');
    });
    this.polling = true;
  }

  /** Stops watching and closes what is open; called once the server has drained its requests. */
  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.close();
    if (this.polling) unwatchFile(this.path);
    if (this.settleTimer) clearTimeout(this.settleTimer);
    // Nothing is in flight any more: an old version still waiting out its grace closes now.
    for (const finish of this.idle.values()) finish();
    await this.reloading;
    await this.retiring;
    this.current.close();
  }

  private async tryNewFile(reason: string): Promise<void> {
    const refuse = (why: string) => {
      const serving = this.intact(this.current) ? `still serving ${this.version}` : 'the served file was written over in place, so data requests answer 503 until a good build lands';
      this.log.error({ path: this.path, reason: why, trigger: reason, serving: this.version }, `dataset refused: ${why}; ${serving}`);
      this.emit('refuse', { path: this.path, reason: why });
    };
    let stats: Stats | undefined;
    try {
      stats = statSync(this.path, { throwIfNoEntry: false });
    } catch (error) {
      return refuse((error as Error).message);
    }
    if (!stats) return refuse(`${this.path} does not exist`);
    if (!stats.isFile()) return refuse(`${this.path} is not a regular file`);
    const id = fileId(stats);
    if (id === this.currentFile) return;
    const started = performance.now();
    let next: Store;
    try {
      next = await openChecked(this.path, stats, this.options);
      if (this.closed) return next.close();
    } catch (error) {
      // The same file would fail the same way: remember it so further events for it are not re-checked.
      this.currentFile = id;
      return refuse((error as Error).message);
    }
    const opened = statPath(this.path);
    if (!opened || fileId(opened) !== id) {
      // Replaced again while it was being checked: what was opened may not be what was checked.
      next.close();
      this.reloadAgain = true;
      return;
    }
    const checkMs = Math.round(performance.now() - started);
    const old = this.current;
    this.opened.set(next, opened);
    this.serving = holdSharedLock(next);
    this.currentFile = id;
    const event = { from: old.info.content_hash, to: next.info.content_hash, path: this.path, checkMs };
    this.log.info({ ...event, trigger: reason, built_at: next.info.built_at, rssMB: Math.round(process.memoryUsage.rss() / 2 ** 20) }, `dataset switched to ${event.to}`);
    this.emit('switch', event);
    this.retiring = this.retire(old);
  }

  /** Closes an old store once no request holds it, or when the grace ends (what still runs on it then fails). */
  private async retire(old: Store): Promise<void> {
    const started = performance.now();
    if ((this.pins.get(old) ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.retireGraceMs);
        this.idle.set(old, () => { clearTimeout(timer); resolve(); });
      });
      this.idle.delete(old);
    }
    const stillRunning = this.pins.get(old) ?? 0;
    this.pins.delete(old);
    old.close();
    this.log.info({ version: old.info.content_hash, closedAfterMs: Math.round(performance.now() - started), stillRunning }, 'old dataset closed');
  }
}
