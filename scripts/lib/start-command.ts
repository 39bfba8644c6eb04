// The command an npm script ends with (`npm start`: the bundled server), read from package.json, so the
// scripts that start servers themselves (benchmarks, the cluster test) run what an operator runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lib/paths.js';

export interface NodeCommand {
  /** Environment settings written before `node` (`NAME=value node …`). */
  env: Record<string, string>;
  /** node's options, then the entry file, then its arguments: what follows `node` in the script. */
  args: string[];
  /** The JavaScript file node runs, relative to the project root. */
  entry: string;
}

const ASSIGNMENT = /^([A-Z_][A-Z0-9_]*)=(\S*)$/;

/**
 * The last step of `package.json`'s script `name` (the steps before it build), which must be a plain `node`
 * command: `[NAME=value …] node [options] entry.js`. Throws naming the script otherwise.
 */
export function nodeCommandOf(name = 'start'): NodeCommand {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts[name] ?? '').split('&&').at(-1)!.trim().split(/\s+/);
  const assignments = words.findIndex((word) => !ASSIGNMENT.test(word));
  const env = Object.fromEntries(words.slice(0, assignments).map((word) => ASSIGNMENT.exec(word)!.slice(1, 3)));
  const [program, ...args] = words.slice(assignments);
  const entry = args.find((arg) => !arg.startsWith('-'));
  if (program !== 'node' || !entry?.endsWith('.js')) throw new Error(`npm script "${name}" does not end with "node [options] file.js": ${scripts[name]}`);
  return { env, args, entry };
}
