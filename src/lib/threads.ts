// Starts a worker thread running one of this project's modules, compiled or from source.
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
