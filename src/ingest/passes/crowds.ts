// One crowd counted by two sources ("police put the crowd at 8,000; organisers said 20,000"): neither
// figure is preferred or lost. The protest keeps the size its own sentence states, and the two counts
// become a disputed pair of size claims, each citing its source's words and asserted by its source.
import { countOf, PROTEST_WORD, qualifierOf, quantityText } from '../counts.js';
import { HARM_WORDS } from '../lexicon.js';
import { SIZE_ESTIMATE } from '../rules/protests.js';
import { bodyByHead } from './speakers.js';
import { numbersIn } from '../../lib/numbers.js';
import type { Rule } from '../rules/rule.js';
import type { Sentence, Span } from '../text.js';
import type { ClaimDraft, PassContext, ProtestDraft } from './context.js';
import { orgById } from './entities.js';

/** Who gives a count when no body is named: words for the two usual sides. */
const SOURCE_WORDS = /\b(?:police|organi[sz]ers|authorities|unions?|city\s+hall|the\s+council|the\s+city)\b/giu;
const HARMED = new RegExp(`^\\s+(?:were|was|had\\s+been|have\\s+been)\\s+(?:\\p{L}+\\s+)?(?:${HARM_WORDS})\\b`, 'iu');

/**
 * A strike is a stoppage of work, counted in strikers; a crowd is a gathering's. For a protest that is a
 * strike, only a count whose words name strikers is its size: the crowd counted in the next sentence is the
 * march the strikers held, and two sources' crowd counts there are no dispute over the strike's size.
 */
export const STRIKE_SIZE = {
  id: 'protest.strike-size', produces: 'claims',
  description: 'a strike is counted in strikers, not in a crowd: for a protest that is a strike, only a source\'s count that names strikers ("unions said 40,000 strikers") is a count of its size; a crowd count ("police put the crowd at 9,000", "said 20,000 people had taken part") is of a gathering, and raises no size dispute on the strike',
  pattern: /\bstrikers\b/iu,
  examples: {
    match: ['Unions said 40,000 strikers stayed away from work.', 'Police put the number of strikers at 12,000.'],
    noMatch: ['Police put the crowd at about 9,000.', 'The union said more than 20,000 people had taken part.'],
  },
} satisfies Rule;
const STRIKE_NAME = /^strikes?\b|\bstrikes?$/iu;

interface Estimate { value: number; qualifier: ReturnType<typeof qualifierOf>; source: string; assertedBy: string | null; start: number; end: number }

type Source = { key: string; org: string | null; start: number };

/** The source named in a stretch of text: the body named last, else the last source word. */
function sourceIn(x: PassContext, span: Span): Source | null {
  const body = x.doc.mentionsIn(span, 'organization').filter((m) => !x.doc.quoted(m.start)).at(-1);
  if (body) return { key: body.id, org: orgById(x, body.id)?.id ?? null, start: body.start };
  let word: RegExpExecArray | undefined;
  for (const w of x.doc.text.slice(span.start, span.end).matchAll(SOURCE_WORDS)) word = w;
  if (word) return { key: word[0].toLowerCase().replace(/^the\s+/, ''), org: null, start: span.start + word.index };
  // "the coalition repeated its figure": a body named before, by the head noun of its name.
  const head = [...x.doc.text.slice(span.start, span.end).matchAll(/\bthe\s+\p{Ll}+\b/gu)].at(-1);
  const id = head ? bodyByHead(x, head[0], span.start + head.index) : null;
  return head && id ? { key: id, org: id, start: span.start + head.index } : null;
}

/** The clauses of a sentence, split at semicolons: "police put the crowd at 8,000; organisers said 20,000". */
function clauses(s: Sentence): Span[] {
  const spans: Span[] = [];
  let start = s.start;
  for (let at = s.text.indexOf(';'); at >= 0; at = s.text.indexOf(';', at + 1)) { spans.push({ start, end: s.start + at }); start = s.start + at + 1; }
  return [...spans, { start, end: s.end }];
}

/** "…, according to police": the source a clause names after these words is its count's, whoever else it names. */
const ACCORDING_TO = /\baccording\s+to\b/iu;

/**
 * The protest's own size as an estimate, its source named anywhere in its clause ("About 4,000 people joined
 * the march, police said"), the one after "according to" first ("The march by the union … drew about 3,000
 * people, according to police": the police's count, not the union's).
 */
function ownSize(x: PassContext, protest: ProtestDraft, s: Sentence): Estimate | null {
  const { value, qualifier } = protest.size;
  if (value === null || qualifier === null) return null;
  const clause = clauses(s).find((c) => numbersIn(x.doc.text.slice(c.start, c.end)).some((n) => n.value === value));
  const according = clause && ACCORDING_TO.exec(x.doc.text.slice(clause.start, clause.end));
  const source = clause && ((according && sourceIn(x, { start: clause.start + according.index, end: clause.end })) || sourceIn(x, clause));
  return clause && source ? { value, qualifier, source: source.key, assertedBy: source.org, start: clause.start, end: clause.end } : null;
}

/** The crowd counts of a sentence, each with its source; counts of people harmed are none. */
function estimatesIn(x: PassContext, s: Sentence): Estimate[] {
  const found: Estimate[] = [];
  for (const m of x.matches(SIZE_ESTIMATE.pattern, s)) {
    const g = m.groups!;
    const value = countOf((g.put_number ?? g.said_number ?? g.est_number)!);
    if (value === null || value < 2 || x.doc.quoted(m.pos) || HARMED.test(x.doc.text.slice(m.pos + m[0].length, s.end))) continue;
    const clause = clauses(s).find((c) => c.start <= m.pos && m.pos < c.end)!;
    const source = sourceIn(x, { start: clause.start, end: m.pos });
    if (!source) continue;
    found.push({ value, qualifier: qualifierOf(g.put_hedge ?? g.said_hedge ?? g.est_hedge), source: source.key, assertedBy: source.org, start: source.start, end: m.pos + m[0].length });
  }
  return found;
}

/**
 * Two sources' different counts of the protest's crowd, in its sentence and the next, become a disputed
 * pair of size claims. Counter-examples: two counts by one source (a march and its tractors), one count, a
 * count of another protest in the next sentence ("A separate march …; organisers said up to 10,000").
 */
export function sizeDispute(x: PassContext, protest: ProtestDraft, s: Sentence): void {
  // The next sentence counts the same crowd unless it names a protest of its own ("A separate march …").
  const after = x.doc.sentences[s.index + 1];
  const word = after && PROTEST_WORD.exec(after.text);
  const next = after && (!word || /\bthe\s+$/i.test(after.text.slice(0, word.index))) ? after : undefined;
  const strike = STRIKE_NAME.test(protest.name);
  const estimates = [ownSize(x, protest, s), ...estimatesIn(x, s), ...(next ? estimatesIn(x, next) : [])]
    .filter((e): e is Estimate => e !== null && (!strike || STRIKE_SIZE.pattern.test(x.doc.text.slice(e.start, e.end))));
  const first = estimates[0];
  const other = first && estimates.find((e) => e.source !== first.source && e.value !== first.value);
  if (!first || !other) return;
  const claims: ClaimDraft[] = [];
  for (const e of [first, other]) {
    const claim: ClaimDraft = {
      id: x.newId(`${protest.id.split('-').slice(0, 4).join(' ')} size ${e.value}`), subject_id: protest.id, predicate: 'size', object_id: null, value: quantityText(e),
      disputed_by: claims.map((c) => c.id), asserted_by: e.assertedBy ? [e.assertedBy] : [], derived: false, rules: [SIZE_ESTIMATE.id], citations: [],
    };
    x.addCitation(claim, x.doc.cite(e.start, e.end));
    if (!claim.citations.length) return;
    claims.push(claim);
  }
  x.facts.claims.push(...claims);
  const differ = `Sources differ on its size, ${claims.map((c) => c.value).join(' against ')} (claims ${claims.map((c) => c.id).join(', ')})`;
  protest.note = protest.note ? `${protest.note}; ${differ}` : differ;
}
