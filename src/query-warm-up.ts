// What a query worker answers once before it takes jobs. The first answer of each kind pays for compiling
// its code (V8 compiles a function when first called, and optimizes it after many calls), its serializer and
// its SQLite statements: tens of milliseconds each, which the first callers of a fresh server would wait.
// Every route family and format is asked once, with ids read from the served data, so that it works at any
// size; each answer is small (limit=2, one event's statistics).
import type { FastifyInstance } from 'fastify';
import { COLLECTIONS } from './collections/index.js';
import { referencesOf } from './routes/expand.js';

const PAGE = 'limit=2';

/** The id of a list's first row, and a word of its title or name (for a search that finds something). */
async function firstRow(app: FastifyInstance, collection: string): Promise<{ id?: string; word?: string }> {
  const response = await app.inject({ url: `/v1/${collection}?${PAGE}` });
  if (response.statusCode !== 200) return {};
  const row = (response.json() as { data: Array<Record<string, unknown>> }).data[0];
  const title = [row?.title, row?.name].find((value) => typeof value === 'string') as string | undefined;
  return { id: typeof row?.id === 'string' ? row.id : undefined, word: title?.split(/\s+/).find((w) => /^\p{L}{3,}$/u.test(w)) };
}

/** The URLs a worker warms up with: lists in each format, expanded and narrowed, items, entities, search, timeline, statistics. */
export async function warmUpUrls(app: FastifyInstance): Promise<string[]> {
  const urls = ['/v1', '/v1/timeline?limit=2'];
  const words: string[] = [];
  for (const c of COLLECTIONS) {
    const { name } = c;
    const { id, word } = await firstRow(app, name);
    // The statistics of one event: the same code as the whole table's, which costs seconds at 5,000 events.
    if (name === 'events' && id) urls.push(`/v1/stats/deployments?event=${encodeURIComponent(id)}`);
    const references = referencesOf(c).map((r) => r.field);
    urls.push(`/v1/${name}?${PAGE}&format=csv`, `/v1/${name}?${PAGE}&format=ndjson`, `/v1/${name}?${PAGE}&fields=id`);
    if (references.length) urls.push(`/v1/${name}?${PAGE}&expand=${references.join(',')}`, `/v1/${name}?${PAGE}&expand=${references.join(',')}&format=csv`);
    if (id) urls.push(`/v1/${name}/${encodeURIComponent(id)}`, `/v1/entities/${encodeURIComponent(id)}`);
    if (word) {
      words.push(word);
      urls.push(`/v1/${name}?${PAGE}&q=${encodeURIComponent(word)}`);
    }
  }
  // One search is enough: every word takes the same path.
  if (words.length) urls.push(`/v1/search?q=${encodeURIComponent(words[0]!)}&limit=2`);
  return urls;
}

/**
 * Asks each warm-up URL once; returns the URLs that did not answer 200 (a test keeps that list empty). A
 * query worker answers 204 to those it would never be handed (see src/query-worker.ts): not a failure.
 */
export async function warmUp(app: FastifyInstance, urls?: string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const url of urls ?? await warmUpUrls(app)) {
    const response = await app.inject({ url });
    if (response.statusCode !== 200 && response.statusCode !== 204) failed.push(`${url}: ${response.statusCode}`);
  }
  if (failed.length) app.log.warn({ failed }, 'query worker warm-up: some answers were not 200');
  return failed;
}
