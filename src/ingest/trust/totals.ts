// An event's total of forces named only by generic nouns ("More than 4,500 police officers will be on duty
// for the final"), when no known body or count fits it: no one body's, and no body is invented for it. It is
// a `personnel` claim on the event, so that a later article's total of the same event corroborates it (the
// same value and hedge) or contests it (another value), as two values of one quantity.
// Counter-examples: an addition ("400 more police officers") is no total, nor a figure said before or quoted words; a count at a reviewed event is set
// aside for a person, since a new claim on a reviewed row would change what it says without review; the
// smaller generic counts of the same article and event ("Some 60 police spotters") are parts, not its total,
// and two counts side by side in one sentence are two parts of no stated total; a count smaller than a
// body's count of the same event in the same article is a part too. A first total whose sentence names the
// earlier figure it corrects is a disputed pair of the article's two values.
import type { Item } from '../../db/columns.js';
import { quantityText } from '../counts.js';
import type { Fact } from '../extract.js';
import { correctedFigure } from './corrections.js';
import { isReviewed, sentenceOf, type Ledger } from './ledger.js';

/** The predicate of an event's total of forces on duty (the deployments' own word for a count of people). */
export const EVENT_TOTAL = 'personnel';

const NOTE = 'A count of forces on duty at the event named only by generic nouns, which no known body or count fits: recorded on the event, not as any one body\'s count.';

type Personnel = { value: number | null; qualifier: string | null };
const personnel = (fact: Fact) => fact.personnel as Personnel;

/** The event a total is of: a known one (undefined when reviewed) or one the same article proposes (null). */
function openEvent(ledger: Ledger, id: string): Item | null | undefined {
  const known = ledger.items('events').find((e) => e.id === id);
  if (known) return isReviewed(known) ? undefined : known;
  return ledger.facts.events.some((e) => e.id === id) ? null : undefined;
}

/**
 * The largest count of each event among `counts`: the event's total, the others its parts ("Some 60 police
 * spotters" after "more than 6,500 police officers, soldiers and stewards"). None when another count stands
 * in the same sentence: "300 private security guards and 120 riot police" are two parts side by side.
 */
function largestPerEvent(counts: Fact[], text: string | undefined): Map<string, Fact> {
  const largest = new Map<string, Fact>();
  const sentence = (count: Fact) => sentenceOf(text, count.citations[0]?.quote ?? '');
  for (const count of counts) {
    const event = String(count.event_id);
    const best = largest.get(event);
    if (!best || personnel(count).value! > personnel(best).value!) largest.set(event, count);
  }
  for (const [event, best] of largest) {
    if (counts.some((c) => c !== best && String(c.event_id) === event && sentence(c) === sentence(best))) largest.delete(event);
  }
  return largest;
}

/**
 * Words that make a count no total of the article's own: a figure reported as said before ("The ministry had
 * said last week that about 2,000 officers would …", the figure a later one replaces) or one inside quoted
 * words ("Almost ten thousand police in one city is a siege," she said: rhetoric, not a count).
 */
const EARLIER_FIGURE = /\bhad\s+(?:said|announced|given|put|estimated)\b/iu;
function notOwnTotal(count: Fact, text: string | undefined): boolean {
  const quote = count.citations[0]?.quote;
  if (!text || !quote) return false;
  const sentence = sentenceOf(text, quote);
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(quote)));
  return EARLIER_FIGURE.test(before) || (before.match(/["“”]/gu)?.length ?? 0) % 2 === 1;
}

/**
 * Whether a body's count the same article gives for the same event is larger: a total holds each of its
 * parts, so the generic count is one part among others ("some 300 private guards will check bags" beside
 * the police's 1,100 officers), not the event's total.
 */
const exceededByABody = (count: Fact, bodies: Fact[]) => bodies.some((b) => b.event_id === count.event_id && (personnel(b).value ?? 0) > personnel(count).value!);

/**
 * A first total of the event: one claim, or a disputed pair when its sentence names the earlier figure it
 * corrects ("14,200 police officers had been on duty, rather than the "about 12,000" announced"), since the
 * article itself then gives two values of the one quantity.
 */
function stateTotal(ledger: Ledger, event: string, count: Fact): void {
  const value = quantityText(personnel(count));
  const earlier = correctedFigure(count, ledger.text);
  const source = count.citations[0]?.source;
  if (!earlier || source === undefined || earlier.value === personnel(count).value) { ledger.state(event, EVENT_TOTAL, value, count.citations, NOTE); return; }
  ledger.stateCorrected(event, EVENT_TOTAL, { value: quantityText(earlier), citations: [{ source, quote: earlier.quote }] }, value, count.citations, NOTE);
}

/**
 * Records each event's total among generic counts no body fits (each with an event and a value, no addition)
 * and returns the counts left unresolved: the smaller ones, those smaller than a body's count of the same
 * event in the article (`bodies`), and those of a reviewed event.
 */
export function recordEventTotals(counts: Fact[], bodies: Fact[], ledger: Ledger): Fact[] {
  const left: Fact[] = [];
  const own = counts.filter((c) => !notOwnTotal(c, ledger.text) && !exceededByABody(c, bodies));
  const totals = largestPerEvent(own, ledger.text);
  for (const count of counts) {
    const id = String(count.event_id);
    const event = openEvent(ledger, id);
    if (totals.get(id) !== count || event === undefined) { left.push(count); continue; }
    const value = quantityText(personnel(count));
    const known = event ? ledger.items('claims').filter((c) => c.subject_id === id && c.predicate === EVENT_TOTAL) : [];
    const same = known.find((c) => c.value === value);
    if (same) ledger.corroborate('claims', same, { id: same.id, citations: count.citations });
    else if (event && known.length) ledger.contest('events', event, EVENT_TOTAL, String(known.at(-1)!.value), value, count.citations);
    else stateTotal(ledger, id, count);
  }
  return left;
}

/**
 * A count of several bodies named together ("some 5,400 officers of the National Police, the Civil Guard and
 * the city's local police") at an event whose total of all forces is known: the same quantity, so it
 * corroborates that total (the same value and hedge) or contests it. False, and the count is a row of its own,
 * when the event has no known total, or is reviewed (the challenge goes through the row, not a new total).
 */
export function againstEventTotal(count: Fact, ledger: Ledger): boolean {
  const event = ledger.items('events').find((e) => e.id === count.event_id);
  const known = event ? ledger.items('claims').filter((c) => c.subject_id === event.id && c.predicate === EVENT_TOTAL) : [];
  if (!event || !known.length || personnel(count).value == null) return false;
  const value = quantityText(personnel(count));
  const same = known.find((c) => c.value === value);
  if (same) ledger.corroborate('claims', same, { id: same.id, citations: count.citations });
  else ledger.contest('events', event, EVENT_TOTAL, String(known.at(-1)!.value), value, count.citations);
  return true;
}
