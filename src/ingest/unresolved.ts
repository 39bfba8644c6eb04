// seed/unresolved/<source-id>.yaml: the sentences ingest left unresolved in an accepted article (a body, an
// event or a speaker it would not guess), which the proposals file lists and accept would otherwise lose with it.
// The review app shows them on the article's page, so that a person adds those facts from their words instead of
// finding them by reading the whole article. Only the review app reads the file; the database build does not.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { FACT_KINDS, type FactKind } from './extract.js';
import { writeAll } from './ingest.js';
import type { Unresolved } from './trust/ledger.js';

export const unresolvedPath = (seedDir: string, sourceId: string) => join(seedDir, 'unresolved', `${sourceId}.yaml`);

/** Keeps an accepted article's unresolved sentences (none: removes a file an earlier accept left). */
export function keepUnresolved(seedDir: string, sourceId: string, unresolved: readonly Unresolved[]): void {
  const path = unresolvedPath(seedDir, sourceId);
  if (!unresolved.length) { rmSync(path, { force: true }); return; }
  mkdirSync(join(seedDir, 'unresolved'), { recursive: true });
  const header = '# Sentences ingest did not resolve in this article (written by accept, shown by the review app).\n';
  writeAll([[path, `${header}${stringify({ source: sourceId, unresolved }, { lineWidth: 0 })}`]]);
}

const WHATS: ReadonlySet<string> = new Set(['body', 'event', 'speaker']);

/** One entry as the file holds it, or undefined when a hand edit left it without its fields. */
function entryOf(raw: unknown): Unresolved | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { collection, what, mention, sentence, reason } = raw as Record<string, unknown>;
  const strings = [mention, sentence, reason].every((v) => typeof v === 'string');
  if (!strings || !FACT_KINDS.includes(collection as FactKind) || !WHATS.has(String(what))) return undefined;
  return { collection, what, mention, sentence, reason } as Unresolved;
}

/**
 * An article's unresolved sentences; none when the file is absent. A file no longer YAML, or entries missing
 * their fields, give what can be read: the list is a reading aid, never a reason for a page to fail.
 */
export function readUnresolved(seedDir: string, sourceId: string): Unresolved[] {
  const path = unresolvedPath(seedDir, sourceId);
  if (!existsSync(path)) return [];
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
  const list = (doc as { unresolved?: unknown } | null)?.unresolved;
  return Array.isArray(list) ? list.map(entryOf).filter((e): e is Unresolved => e !== undefined) : [];
}
