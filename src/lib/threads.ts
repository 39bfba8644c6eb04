// Starts a worker thread running one of this project's modules, compiled or from source, and lowers a
// thread's scheduling priority.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts `module` (a URL ending in .js, or .ts when the caller runs from source under tsx or vitest) on a
 * worker thread. From source the thread registers tsx's loader first: a worker does not inherit it.
 */
export function startModuleWorker(module: URL, options: WorkerOptions): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, options);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`, { ...options, eval: true });
}

/** The extension of this project's modules where `moduleUrl` runs: `ts` from source, `js` compiled. */
export const moduleExtension = (moduleUrl: string) => (moduleUrl.endsWith('.ts') ? 'ts' : 'js');

/**
 * Lowers the calling thread's priority to `nice` (0 is the main thread's): on Linux a thread has its own
 * nice value, set through its thread id, so a waiting main thread gets most of a shared core. Elsewhere (no
 * /proc) or when not permitted, the threads stay equals.
 */
export function lowerThreadPriority(nice: number): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, nice);
  } catch {
    // Not Linux, or not permitted: the work still gets done, sharing the cores evenly.
  }
}
