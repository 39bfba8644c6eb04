// seed/rejections.yaml: what reviewers rejected, one entry per fact, with the words it stood on (source,
// article hash, quote, the sentence around it), the rule ids that proposed it when it has any, and why. Ingest
// reads it to leave out a fact it would propose again from the same article; the extraction evaluation can
// count the entries as the machine's known mistakes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { SourceRecord } from '../db/seed.js';
import type { Facts } from '../ingest/extract.js';
import { sentences, type Sentence } from '../ingest/text.js';
import type { ExtraFile, FoundFact } from './seed-writer.js';

export interface RejectedCitation { source: string; sha256: string; quote: string; sentence: string }
export interface Rejection {
  collection: string; id: string; citations: RejectedCitation[]; rules?: string[];
  reason: string | null; rejected_by: string; rejected_at: string;
  /** The fact's fields as they were, citations aside. */
  fact: Record<string, unknown>;
  /** On a challenge a reviewer dismissed (kept the checked value): the id of the row it contested. */
  dismissed_challenge_of?: string;
}

export const REJECTIONS_FILE = 'rejections.yaml';

/** The last article split into sentences: a page shows many citations of one article. */
let lastSplit: { text: string; sentences: Sentence[] } | undefined;

/**
 * The sentences around [start, end), as ingest splits the article (an abbreviation such as "p.m." or "Gen." ends
 * none): from the start of the sentence holding `start` to the end of the one holding `end`. Words outside
 * every sentence (a dateline) are shown with the sentence after them.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  if (lastSplit?.text !== text) lastSplit = { text, sentences: sentences(text) };
  const all = lastSplit.sentences;
  const first = all.find((s) => s.end > start);
  const last = all.find((s) => s.end >= end);
  const from = Math.min(start, first?.start ?? start);
  const to = Math.max(end, last?.end ?? end);
  return text.slice(from, to).trim();
}

export function rejectionRecord(found: FoundFact, sources: Map<string, SourceRecord>, options: { reason?: string; reviewer: string; at: string }): Rejection {
  const { citations, ...fact } = found.node.toJSON() as Record<string, unknown> & { citations: Array<{ source: string; quote: string }> };
  const rules = Array.isArray(fact.rules) ? (fact.rules as string[]) : undefined;
  return {
    collection: found.file.collection.name,
    id: String(fact.id),
    citations: citations.map(({ source, quote }) => {
      const article = sources.get(source);
      const at = article ? article.text.indexOf(quote) : -1;
      return { source, sha256: article?.sha256 ?? '', quote, sentence: at < 0 ? quote : sentenceAround(article!.text, at, at + quote.length) };
    }),
    ...(rules && { rules }),
    reason: options.reason?.trim() || null,
    rejected_by: options.reviewer,
    rejected_at: options.at,
    fact,
  };
}

export function readRejections(seedDir: string): Rejection[] {
  const path = join(seedDir, REJECTIONS_FILE);
  if (!existsSync(path)) return [];
  const parsed = parse(readFileSync(path, 'utf8')) as unknown;
  return Array.isArray(parsed) ? (parsed as Rejection[]) : [];
}

/** The rejections file with more entries, appended so earlier entries and comments stay as written. */
export function rejectionsFile(seedDir: string, records: Rejection[]): ExtraFile {
  const path = join(seedDir, REJECTIONS_FILE);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '# Facts reviewers rejected (npm run review -- reject): ingest does not propose them again.\n';
  return [path, `${before}${before.endsWith('\n') ? '' : '\n'}${stringify(records, { lineWidth: 0 })}`];
}

const quoteKey = (collection: string, quotes: string[]) => `${collection}\n${[...quotes].sort().join('\n')}`;

/**
 * The proposals of an article without those a reviewer rejected before: same collection, same quotes from
 * an article with the same SHA-256.
 */
export function withoutRejected(facts: Facts, sourceId: string, sha256: string, rejections: Rejection[]): Facts {
  const rejected = new Set(rejections.filter((r) => r.citations.some((c) => c.sha256 === sha256)).map((r) => quoteKey(r.collection, r.citations.filter((c) => c.sha256 === sha256).map((c) => c.quote))));
  return Object.fromEntries(Object.entries(facts).map(([kind, list]) => [kind, list.filter((fact) =>
    !rejected.has(quoteKey(kind, fact.citations.filter((c) => c.source === sourceId).map((c) => c.quote))))])) as Facts;
}
