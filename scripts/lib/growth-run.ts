// The growth run of `npm run eval:extraction`: every gold article ingested and accepted in date order into
// a copy of the seed, as a user grows the knowledge base, audited after each accept (src/ingest/trust/audit.ts):
// one thing under two ids (duplicates), a fact of the knowledge base corroborated by an article whose gold
// does not have it (false merges), disputes and challenges the article's gold does not list (values that do
// not measure the same thing), reviewed rows a machine changed, challenges to reviewed rows that the
// built database does not show on them, and proposals accept dropped because the merged seed failed the
// build's checks (a dropped event takes its counts and contests with it).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildDatabase } from '../../src/db/build.js';
import { loadSeed } from '../../src/db/seed.js';
import { acceptProposals, type Dropped } from '../../src/ingest/accept.js';
import { ARTICLE_DIR, inGold, type Contest, type Gold, type ScoredKind } from '../../src/ingest/evaluate.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { IngestError } from '../../src/ingest/input.js';
import { challengesToReviewed, contestsMade, duplicates, missed, reviewedChanges, unfounded, type ContestMade, type Duplicate, type Kb, type ReviewedChange } from '../../src/ingest/trust/audit.js';

type PerArticle<T> = T & { article: string };
export interface GrowthReport {
  ingested: string[]; skipped: string[];
  duplicates: Duplicate[];
  falseMerges: Array<{ article: string; kind: string; id: string; name: string }>;
  contests: Array<PerArticle<ContestMade>>;
  unfounded: Array<PerArticle<ContestMade>>;
  missed: Array<PerArticle<Contest>>;
  reviewedChanged: Array<PerArticle<ReviewedChange>>;
  challenges: Array<PerArticle<ContestMade>>;
  invisible: Array<PerArticle<ContestMade>>;
  dropped: Array<PerArticle<Dropped>>;
  unresolved: number;
}

function falseMerges(gold: Gold, citations: Array<{ collection: string; id: string }>, kb: Kb): GrowthReport['falseMerges'] {
  const merges: GrowthReport['falseMerges'] = [];
  for (const c of citations) {
    const fact = (kb.get(c.collection) ?? []).find((f) => f.id === c.id);
    if (fact && c.collection !== 'statements' && c.collection !== 'claims' && !inGold(c.collection as Exclude<ScoredKind, 'statements'>, fact, gold)) {
      merges.push({ article: gold.article, kind: c.collection, id: c.id, name: String(fact.name ?? fact.id) });
    }
  }
  return merges;
}

/** Challenges the built database does not show on the reviewed row they contest (or shows on a row no longer reviewed). */
function invisibleChallenges(seedDir: string, challenges: GrowthReport['challenges'], work: string): GrowthReport['invisible'] {
  const dbPath = join(work, 'grown.db');
  buildDatabase({ dbPath, seedDir });
  const db = new Database(dbPath, { readonly: true });
  try {
    return challenges.filter((c) => {
      const row = db.prepare(`SELECT review, challenges FROM "${c.collection}" WHERE id = ?`).get(c.subject) as { review: string; challenges: string } | undefined;
      return !row || row.review !== 'reviewed' || !(JSON.parse(row.challenges) as string[]).includes(c.claim);
    });
  } finally {
    db.close();
  }
}

export function growthRun(golds: Gold[], seedDir: string): GrowthReport {
  const work = mkdtempSync(join(tmpdir(), 'eval-growth-'));
  const copy = join(work, 'seed');
  cpSync(seedDir, copy, { recursive: true });
  const report: GrowthReport = { ingested: [], skipped: [], duplicates: [], falseMerges: [], contests: [], unfounded: [], missed: [], reviewedChanged: [], challenges: [], invisible: [], dropped: [], unresolved: 0 };
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
      const before = loadSeed(copy).facts;
      report.falseMerges.push(...falseMerges(gold, result.resolution.citations_added, before));
      report.unresolved += result.resolution.unresolved.length;
      const accepted = acceptProposals(copy, id);
      const after = loadSeed(copy).facts;
      const tag = <T>(list: T[]) => list.map((x) => ({ ...x, article: gold.article }));
      const made = contestsMade(before, after);
      report.contests.push(...tag(made));
      report.unfounded.push(...tag(unfounded(made, gold.contests)));
      report.missed.push(...tag(missed(made, gold.contests)));
      report.reviewedChanged.push(...tag(reviewedChanges(before, after)));
      report.challenges.push(...tag(challengesToReviewed(before, after)));
      report.dropped.push(...tag(accepted.dropped));
      report.ingested.push(gold.article);
    }
    report.duplicates = duplicates(loadSeed(copy).facts);
    report.invisible = invisibleChallenges(copy, report.challenges, work);
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
