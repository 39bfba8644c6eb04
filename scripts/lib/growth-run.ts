// The growth run of `npm run eval:extraction`: every gold article ingested and accepted in date order into
// a copy of the seed, as a user grows the knowledge base, counting what resolution got wrong: one thing
// under two ids (duplicates), a fact of the knowledge base corroborated by an article whose gold does not
// have it (false merges), and the disputes created, listed for a reader to judge.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item } from '../../src/db/columns.js';
import { loadSeed } from '../../src/db/seed.js';
import { acceptProposals } from '../../src/ingest/accept.js';
import { ARTICLE_DIR, inGold, type Gold, type ScoredKind } from '../../src/ingest/evaluate.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { IngestError } from '../../src/ingest/input.js';
import { matchOrganization, matchPlace } from '../../src/ingest/resolve.js';

export interface GrowthReport {
  ingested: string[]; skipped: string[];
  duplicates: Array<{ kind: string; ids: [string, string]; name: string }>;
  falseMerges: Array<{ article: string; kind: string; id: string; name: string }>;
  disputes: Array<{ article: string; subject: string; values: string[] }>;
}

const lower = (v: unknown) => String(v ?? '').toLowerCase().trim();
/** A proper name: a capital after the first word, or an acronym ("Federal Police", "NATO"), not "Critics". */
const properName = (name: unknown) => /\s\p{Lu}/u.test(String(name)) || /^\p{Lu}{2,}/u.test(String(name));
const ENTITY_KINDS = ['people', 'organizations', 'places', 'events'] as const;

/** Pairs of entities of one kind that are one thing by name under two ids. */
function duplicates(facts: Map<string, Item[]>): GrowthReport['duplicates'] {
  const sameThing: Record<(typeof ENTITY_KINDS)[number], (a: Item, b: Item) => boolean> = {
    people: (a, b) => !!a.name && lower(a.name) === lower(b.name),
    // Descriptive names ("Police officers", "Critics") name different groups in different articles.
    // One body when each resolves to the other (a shorter name of one is no proof on its own).
    organizations: (a, b) => properName(a.name) && matchOrganization(a as never, [b]) !== undefined && matchOrganization(b as never, [a]) !== undefined,
    places: (a, b) => matchPlace(a as never, [b]) !== undefined,
    events: (a, b) => lower(a.name) === lower(b.name) && String(a.start) === String(b.start),
  };
  const found: GrowthReport['duplicates'] = [];
  for (const kind of ENTITY_KINDS) {
    const items = facts.get(kind) ?? [];
    items.forEach((a, i) => items.slice(i + 1).forEach((b) => {
      if (sameThing[kind](a, b)) found.push({ kind, ids: [a.id, b.id], name: String(a.name ?? a.id) });
    }));
  }
  return found;
}

export function growthRun(golds: Gold[], seedDir: string): GrowthReport {
  const work = mkdtempSync(join(tmpdir(), 'eval-growth-'));
  const copy = join(work, 'seed');
  cpSync(seedDir, copy, { recursive: true });
  const report: GrowthReport = { ingested: [], skipped: [], duplicates: [], falseMerges: [], disputes: [] };
  try {
    for (const gold of [...golds].sort((a, b) => a.published.localeCompare(b.published) || a.article.localeCompare(b.article))) {
      const id = gold.article.replace(/\.txt$/, '');
      let result;
      try {
        result = ingestArticle({ file: join(ARTICLE_DIR, gold.article), published: gold.published, id, seedDir: copy });
      } catch (error) {
        // The seed's own articles are in the seed already.
        if (error instanceof IngestError && /already ingested/.test(error.message)) { report.skipped.push(gold.article); continue; }
        throw error;
      }
      const kb = loadSeed(copy).facts;
      for (const c of result.resolution.citations_added) {
        const fact = (kb.get(c.collection) ?? []).find((f) => f.id === c.id);
        if (fact && c.collection !== 'statements' && c.collection !== 'claims' && !inGold(c.collection as Exclude<ScoredKind, 'statements'>, fact, gold)) {
          report.falseMerges.push({ article: gold.article, kind: c.collection, id: c.id, name: String(fact.name ?? fact.id) });
        }
      }
      for (const claim of result.resolution.facts.claims.filter((c) => (c.disputed_by as string[]).length)) {
        const older = result.resolution.facts.claims.find((c) => (claim.disputed_by as string[]).includes(c.id)) ?? (kb.get('claims') ?? []).find((c) => (claim.disputed_by as string[]).includes(c.id));
        report.disputes.push({ article: gold.article, subject: String(claim.subject_id), values: [String(older?.value ?? '?'), String(claim.value)] });
      }
      acceptProposals(copy, id);
      report.ingested.push(gold.article);
    }
    report.duplicates = duplicates(loadSeed(copy).facts);
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
