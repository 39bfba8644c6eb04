// `npm run ingest -- <article.txt> --published <YYYY-MM-DD> [--id <slug>] [--title <text>] [--accept]`
// `npm run ingest -- --accept <source-id>`
// Exit code 1 with one clear message when the input is refused; nothing is written then.
import { parseArgs } from 'node:util';
import { SEED_DIR } from '../lib/paths.js';
import { FACT_KINDS } from './extract.js';
import { acceptProposals, printAccepted } from './accept.js';
import { ingestArticle, withSeedLock } from './ingest.js';
import { IngestError } from './input.js';
import type { KindSummary } from './resolve.js';

const USAGE = `usage: npm run ingest -- <article.txt> --published <YYYY-MM-DD> [--id <slug>] [--title <text>] [--accept]
       npm run ingest -- --accept <source-id>`;

function table(summary: Record<string, KindSummary>): string {
  const rows = FACT_KINDS.map((k) => [k, summary[k]!.proposed, summary[k]!.matched, summary[k]!.new, summary[k]!.disputed, summary[k]!.challenged, summary[k]!.unresolved]);
  const head = ['kind', 'proposed', 'matched existing', 'new', 'disputed', 'challenged', 'unresolved'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: Array<string | number>) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

function main(argv: string[]): void {
  // The usage goes to stdout with exit 0 when asked for, as a wrong argument's goes to stderr with 1.
  if (argv.includes('--help') || argv.includes('-h')) { console.log(USAGE); return; }
  const seedDir = process.env.SEED_DIR ?? SEED_DIR;
  if (argv[0] === '--accept' && argv.length === 2) {
    withSeedLock(seedDir, () => printAccepted(acceptProposals(seedDir, argv[1]!)));
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: { published: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' }, accept: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new IngestError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new IngestError(`give exactly one article file\n${USAGE}`);
  withSeedLock(seedDir, () => ingestThenMaybeAccept(seedDir, positionals[0]!, values));
}

function ingestThenMaybeAccept(seedDir: string, file: string, values: { published?: string; id?: string; title?: string; accept?: boolean }): void {
  const result = ingestArticle({ file, published: values.published, id: values.id, title: values.title, seedDir });
  console.log(`Ingested ${file} as source "${result.sourceId}" (${result.articleFile}) in ${result.ms.toFixed(0)} ms.`);
  const { citations_added: cited, updates, challenges, unresolved } = result.resolution;
  console.log(`Proposals: ${result.proposalsFile} (${cited.length} citations added to existing facts, ${updates.length} updates, ${challenges.length} challenges to reviewed facts, ${unresolved.length} sentences unresolved)\n`);
  console.log(table(result.resolution.summary));
  if (result.flagged.length) {
    console.log(`\n${result.flagged.length} proposed fact(s) fail the build checks as written (listed under problems in the proposals; accept drops them unless fixed):`);
    for (const f of result.flagged) console.log(`- ${f.collection} "${f.id}": ${f.problems.join('; ')}`);
  }
  if (!values.accept) {
    console.log(`\nReview the proposals, then: npm run ingest -- --accept ${result.sourceId}`);
    return;
  }
  try {
    printAccepted(acceptProposals(seedDir, result.sourceId));
  } catch (error) {
    // One step: a failed accept takes the ingest back too, so the seed is as it was.
    result.undo();
    const reason = error instanceof IngestError ? error.message : String((error as Error).stack ?? error);
    throw new IngestError(`accept failed, so the ingest was undone and the seed is unchanged:\n${reason}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof IngestError ? `ingest: ${error.message}` : `ingest failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
}
