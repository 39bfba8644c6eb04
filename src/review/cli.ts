// `npm run review` starts the review app; with a command it does one review step from a script:
//   list [--source <id>] [--json] | accept <fact-id>… | reject <fact-id> [--reason <text>]
//   merge <id> --into <id> | challenge <id> keep|replace|dispute [--challenge <claim-id|N>] | publish
//   add <collection> --row <json> [--source <id> --quote <words>…] | remove-citation <fact-id> --source <id> --quote <words>
// Every command takes --seed <dir> (default seed/) and the writing ones --as <name> (default: git's user.name).
// Exit code 1 with the reason when a step is refused; nothing is written then.
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { collectionByName } from '../collections/index.js';
import { SEED_DIR } from '../lib/paths.js';
import { emptyRow } from './form.js';
import { CHALLENGE_DECISIONS, decideChallenge, type ChallengeDecision } from './challenges.js';
import { acceptFacts, addFact, editFact, mergeFacts, pendingFacts, publish, readSeed, rejectFact, removeCitation, reviewerName, ReviewError } from './actions.js';

const USAGE = `usage: npm run review                                   (the review app on 127.0.0.1, PORT default 3100)
       npm run review -- list [--source <id>] [--json]
       npm run review -- accept <fact-id>... [--as <name>]
       npm run review -- reject <fact-id> [--reason <text>] [--as <name>]
       npm run review -- merge <duplicate-id> --into <kept-id>
       npm run review -- edit <fact-id> --set <field>=<json value>... [--as <name>]   (--set id=<new-id> renames it)
       npm run review -- challenge <fact-id|claim-id> keep|replace|dispute [--challenge <claim-id|N>] [--reason <text>] [--as <name>]
       npm run review -- add <collection> --row '<json>' [--source <id> --quote <words>...] [--as <name>]
       npm run review -- remove-citation <fact-id> --source <id> --quote <words> [--as <name>]
       npm run review -- publish
options: --seed <dir> (default seed/); publish writes DATABASE_PATH`;

const OPTIONS = {
  seed: { type: 'string' }, as: { type: 'string' }, source: { type: 'string' }, json: { type: 'boolean', default: false },
  reason: { type: 'string' }, into: { type: 'string' }, set: { type: 'string', multiple: true }, challenge: { type: 'string' },
  row: { type: 'string' }, quote: { type: 'string', multiple: true },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new ReviewError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** `field=value` pairs; the value is JSON when it parses as JSON (numbers, null, lists), else the text itself. */
function assignments(pairs: string[] = []): Record<string, unknown> {
  return Object.fromEntries(pairs.map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) throw new ReviewError(`--set "${pair}": write <field>=<value>`);
    const raw = pair.slice(at + 1);
    try { return [pair.slice(0, at), JSON.parse(raw)]; } catch { return [pair.slice(0, at), raw]; }
  }));
}

/** A new fact's row: `--row` as JSON (citations as `{ source, quote }`), with `--source` and `--quote` adding citations. */
function newRow(row: string | undefined, source: string | undefined, quotes: string[] = []): Record<string, unknown> {
  let parsed: unknown;
  try { parsed = JSON.parse(row ?? '{}'); } catch (error) { throw new ReviewError(`--row is not JSON: ${(error as Error).message}`); }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ReviewError('--row must be a JSON object: the fact\'s fields');
  if (quotes.length && !source) throw new ReviewError('--quote needs --source <article id>');
  const given = (parsed as { citations?: unknown }).citations;
  const citations = [...(Array.isArray(given) ? given : []), ...quotes.map((quote) => ({ source, quote }))];
  return { ...parsed, ...(citations.length && { citations }) };
}

function exactlyOne(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new ReviewError(`give exactly one ${what}\n${USAGE}`);
  return positionals[0]!;
}

/** `challenge <id> keep|replace|dispute`: a person's decision on a machine claim contesting a checked value. */
function challengeCommand(seedDir: string, positionals: string[], values: ReturnType<typeof parse>['values']): void {
  const [id, decision, ...extra] = positionals;
  if (!id || !CHALLENGE_DECISIONS.includes(decision as ChallengeDecision) || extra.length) {
    throw new ReviewError(`challenge needs a fact or claim id and one of ${CHALLENGE_DECISIONS.join(', ')}\n${USAGE}`);
  }
  const done = decideChallenge(seedDir, id, decision as ChallengeDecision, { reviewer: reviewerName(values.as), reason: values.reason, challenge: values.challenge });
  const what = { keep: 'kept the checked value; challenge dismissed and recorded in rejections.yaml', replace: 'replaced the value by the challenge\'s', dispute: `recorded both as a disputed pair (with "${done.disputedWith}")` }[done.decision];
  console.log(`"${done.fact}" against "${done.challenge}": ${what}`);
}

/** `list [--source <id>] [--json]`: the machine facts and challenges to review. */
function listCommand(seedDir: string, values: ReturnType<typeof parse>['values']): void {
  const pending = pendingFacts(readSeed(seedDir), values.source);
  if (values.json) console.log(JSON.stringify(pending, null, 1));
  else for (const p of pending) console.log(`${p.collection.padEnd(14)} ${p.id}  (${p.source})${p.contests ? `  challenges ${p.contests}` : ''}`);
  if (!values.json) console.log(`${pending.length} machine fact(s) to review`);
}

/** `add <collection> --row '<json>'`: a fact the machine missed, reviewed by the person. */
function addCommand(seedDir: string, positionals: string[], values: ReturnType<typeof parse>['values']): void {
  const collection = collectionByName.get(exactlyOne(positionals, 'collection'));
  // Fields left out are unstated, as in the app's empty form: null, an empty list, a number without value.
  const row = { ...(collection && emptyRow(collection)), ...newRow(values.row, values.source, values.quote) };
  const id = addFact(seedDir, positionals[0]!, row, reviewerName(values.as));
  console.log(`added ${positionals[0]} "${id}", reviewed`);
}

async function main(argv: string[]): Promise<void> {
  // The usage goes to stdout with exit 0 when asked for, as a wrong argument's goes to stderr with 1.
  if (argv.includes('--help') || argv.includes('-h')) { console.log(USAGE); return; }
  const [command, ...rest] = argv;
  if (command === undefined || command.startsWith('--')) {
    const { startReviewServer } = await import('./server.js');
    const { values } = parse(argv);
    await startReviewServer(values.seed ?? process.env.SEED_DIR ?? SEED_DIR, values.as);
    return;
  }
  const { values, positionals } = parse(rest);
  const seedDir = values.seed ?? process.env.SEED_DIR ?? SEED_DIR;
  switch (command) {
    case 'list':
      listCommand(seedDir, values);
      return;
    case 'accept':
      console.log(`accepted ${acceptFacts(seedDir, positionals, reviewerName(values.as)).length} fact(s)`);
      return;
    case 'reject': {
      const record = rejectFact(seedDir, exactlyOne(positionals, 'fact id'), { reason: values.reason, reviewer: reviewerName(values.as) });
      console.log(`rejected ${record.collection} "${record.id}", recorded in rejections.yaml`);
      return;
    }
    case 'merge': {
      if (!values.into) throw new ReviewError(`merge needs --into <kept-id>\n${USAGE}`);
      const { rewritten } = mergeFacts(seedDir, exactlyOne(positionals, 'duplicate id'), values.into);
      console.log(`merged "${positionals[0]}" into "${values.into}" (${rewritten} reference(s) rewritten)`);
      return;
    }
    case 'edit': {
      // `--set id=<new id>` renames the fact (`id=`: made from its name); references follow.
      const id = editFact(seedDir, exactlyOne(positionals, 'fact id'), assignments(values.set), reviewerName(values.as));
      console.log(`edited "${positionals[0]}"${id !== positionals[0] ? `, now "${id}"` : ''}`);
      return;
    }
    case 'add':
      addCommand(seedDir, positionals, values);
      return;
    case 'remove-citation': {
      const [quote, ...more] = values.quote ?? [];
      if (!values.source || quote === undefined || more.length) throw new ReviewError(`remove-citation needs --source <id> and one --quote <words>\n${USAGE}`);
      removeCitation(seedDir, exactlyOne(positionals, 'fact id'), { source: values.source, quote }, reviewerName(values.as));
      console.log(`removed the citation of "${values.source}" from "${positionals[0]}"`);
      return;
    }
    case 'challenge':
      challengeCommand(seedDir, positionals, values);
      return;
    case 'publish': {
      const { dbPath } = readConfig();
      const built = publish(seedDir, dbPath);
      console.log(`published ${dbPath} in ${built.ms.toFixed(0)} ms (${built.factRows} fact rows, content hash ${built.contentHash.slice(0, 12)}): ${built.summary}`);
      return;
    }
    default:
      throw new ReviewError(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ReviewError ? `review: ${error.message}` : `review failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
