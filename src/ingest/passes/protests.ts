// The protests pass: a protest word in a sentence that says it happens or is planned, with its date,
// places, organisers and size as the sentence states them.
import { countOf, HEDGE_RE, NUMBER_RE, qualifierOf } from '../counts.js';
import { addDays, isDayOfSaying, type FoundDate } from '../dates.js';
import { parseNumber } from '../../lib/numbers.js';
import { PROTEST_RULES, PROTEST_TARGET, SIZE_ESTIMATE } from '../rules/protests.js';
import { CROWD_NOUNS, EVENT_WORD_PATTERN, FORCE_NOUNS, HARM_WORDS, PROTEST_WORDS } from '../lexicon.js';
import { EVENT_RULES } from '../rules/events.js';
import { whole } from '../rules/rule.js';
import { actIncident, actUntold } from './event-details.js';
import { capitalize, type Sentence } from '../text.js';
import type { PassContext, ProtestDraft } from './context.js';
import { sizeDispute } from './crowds.js';

/** Where a protest's clause ends: in "… when the talks open on Monday, and up to 3,000 for a climate march", Monday is the talks'. */
const CLAUSE_BREAK = /\b(?:when|while|whereas|said|says|told|added|announced)\b|;|,\s+and\b/;
/** Clause breaks before an act done "in protest": another speaker or time, not the act's own "and". */
const IN_PROTEST_BREAK = /\b(?:when|while|whereas|said|says|told|added|announced)\b|;/;
/** A reported clause opens after the day of saying: in "confirmed on Monday that the strike would go ahead on June 14", Monday is the confirming. */
const REPORTED_CLAUSE = /\bthat\s/;
const R = PROTEST_RULES;
/** The rule protest.mentioned-again ending at a protest word, to read the month before it ("the June march"). */
const MONTH_BEFORE = new RegExp(`(?:${R.mentionedAgain.pattern.source})$`, 'u');
const DAY_WHEN = whole(R.dayWhen.pattern);
const DAYS_AFTER = new RegExp(R.daysAfter.pattern.source, `${R.daysAfter.pattern.flags.replace('g', '')}g`);
const PROTEST_WORD_ALL = new RegExp(R.planned.pattern.source, `${R.planned.pattern.flags.replace('g', '')}g`);
const NOT_A_PROTEST = new RegExp(R.notAProtest.pattern.source, `${R.notAProtest.pattern.flags.replace('g', '')}g`);
/** Protest words that name no protest held: another thing (rule protest.not-a-protest), a ban's object, an application, a protest replaced. */
const NOT_HELD = [NOT_A_PROTEST, R.banned.pattern, R.appliedFor.pattern, R.replaced.pattern];
const notHeldSpans = (text: string) => NOT_HELD.flatMap((p) => [...text.matchAll(p)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
const CONDITIONAL = whole(R.conditional.pattern);
const PAIRED = whole(R.paired.pattern);
const TOLD_BY_VERB = whole(R.toldByVerb.pattern);
const GATHERING_CAUSE = whole(R.gatheringCause.pattern);
const LATER_CLAUSE = whole(R.laterClause.pattern);
const PAST_YEAR = new RegExp(R.pastYear.pattern.source, `${R.pastYear.pattern.flags}g`);
/** The protest word a verb tells (rule protest.told-by-verb). */
const VERB_WORD: Record<string, string> = { marched: 'march', rallied: 'rally', demonstrated: 'demonstration', protested: 'protest', gathered: 'gathering', blocked: 'blockade', occupied: 'occupation', drove: 'convoy', rode: 'convoy', walked: 'march', sat: 'sit-in', stood: 'protest' };

/** A protest with no name of its own is named by its word, its place and its day ("Rally in Mill Square on 2031-05-06"); the review's forms name one so too. */
export function unnamedProtestName(word: string, placeName: string | null | undefined, date: string | null | undefined): string {
  return `${capitalize(word.toLowerCase())}${placeName ? ` in ${placeName}` : ''}${date ? ` on ${date}` : ''}`;
}

/**
 * The sentence's first protest word that names a protest held (rules protest.not-a-protest: not the month
 * "March", not an air strike; protest.banned, protest.applied-for, protest.replaced), unless its own clause sets a condition on it (rule protest.conditional).
 */
function protestWord(text: string): RegExpExecArray | undefined {
  const other = notHeldSpans(text);
  const w = [...text.matchAll(PROTEST_WORD_ALL)].find((m) => !other.some((o) => o.start <= m.index && m.index < o.end)) ?? gatheringForCause(text);
  return w && CONDITIONAL.exec(text.slice(w.index))?.index === 0 ? undefined : w;
}

/** With no protest word, a gathering held for a cause (rule protest.gathering-cause), as a match of that gathering's word alone. */
function gatheringForCause(text: string): RegExpExecArray | undefined {
  const m = GATHERING_CAUSE.exec(text);
  if (!m) return undefined;
  const word = new RegExp(m.groups!.word!, 'y');
  word.lastIndex = m.index + m[0].length - m.groups!.word!.length;
  return word.exec(text) ?? undefined;
}

/**
 * "said on Monday, two days after a climate march" (rule protest.days-after): the stated day before the words,
 * less the days (or plus, for "before"), derived.
 */
function daysFrom(s: Sentence, w: RegExpExecArray, dates: FoundDate[]): FoundDate | undefined {
  const m = [...s.text.matchAll(DAYS_AFTER)].find((d) => d.index + d[0].length === w.index + w[0].length);
  const anchor = m && dates.filter((d) => d.precision === 'day' && d.index < m.index).at(-1);
  if (!m || !anchor) return undefined;
  const { count, side } = m.groups as { count: string; side: string };
  const days = /^an?$/i.test(count) ? 1 : parseNumber(count) ?? 0;
  const start = addDays(anchor.start, side.toLowerCase() === 'after' ? -days : days);
  return { start, end: null, precision: 'day', derived: true, index: m.index, text: m[0], note: `date counted ${days} day(s) ${side === 'after' ? 'back' : 'forward'} from '${anchor.text}' (${anchor.start}), as '${m[0]}' says` };
}

/** The protest's date: the nearest in its own clause, a day it is said to come after or before, or a day ", when" it is held. */
function protestDate(x: PassContext, s: Sentence, w: RegExpExecArray): FoundDate | undefined {
  const stated = x.doc.dates.get(s.index)!.filter((d) => !d.end);
  // "said on Monday, two days after a march": the day of saying is the anchor the distance counts from.
  const counted = daysFrom(s, w, stated);
  const dates = stated.filter((d) => !isDayOfSaying(s.text, d));
  if (counted) return counted;
  const between = (d: FoundDate) => s.text.slice(Math.min(d.index, w.index), Math.max(d.index, w.index));
  // "… would drive up the road on Saturday, February 25, and stop at the frontier, in protest at …": what is done "in
  // protest" is the whole act before it, its "and" no clause of another time.
  const inProtest = /\bin\s+$/u.test(s.text.slice(Math.max(0, w.index - 4), w.index)) && /^protest$/iu.test(w[0]);
  const breaks = (d: FoundDate) => (inProtest && d.index < w.index ? IN_PROTEST_BREAK : CLAUSE_BREAK).test(between(d));
  const ownClause = (d: FoundDate) => (!breaks(d) && !(d.index < w.index && REPORTED_CLAUSE.test(between(d))))
    || (d.index < w.index && DAY_WHEN.test(s.text.slice(d.index, w.index + w[0].length)) && !/;|\bsaid\b/.test(s.text.slice(d.index, w.index)));
  // "the protest over a fee the council approved on December 14": a day right after another verb in the past is that act's.
  // "… held a vigil as the marchers passed on Saturday": a clause of the same time keeps the day.
  const otherAct = (d: FoundDate) => d.index > w.index && OTHER_ACT_BEFORE.test(s.text.slice(w.index + w[0].length, d.index)) && !SAME_TIME.test(s.text.slice(w.index, d.index));
  // "had offered a 15 percent rise from April 1": a day a pay change or a deadline takes effect is not the protest's.
  const ofPay = (d: FoundDate) => PAY_OR_DEADLINE_BEFORE.test(s.text.slice(Math.max(0, d.index - 60), d.index));
  return dates.filter((d) => ownClause(d) && !otherAct(d) && !ofPay(d)).sort((a, b) => Math.abs(a.index - w.index) - Math.abs(b.index - w.index))[0];
}

/** How many sentences back a protest with no day of its own looks for its paragraph's day. */
const PARAGRAPH_LOOKBACK = 2;
/** An opening that says the day is the one just told, even across a paragraph break (rule protest.paragraph-day). */
const SAME_DAY_OPENING = /^(?:That\s+(?:morning|afternoon|evening|night|day)|The\s+same\s+(?:day|afternoon|evening)|Later\s+that\s+(?:day|afternoon|evening))\b/u;

/**
 * The day of a protest told as held with no day in its sentence (rule protest.paragraph-day): the last day the
 * sentences before it in its paragraph state (across a paragraph break only after "That afternoon" and the like),
 * not a day someone spoke, none after publication; derived, with a note.
 */
function dayOfParagraph(x: PassContext, s: Sentence): FoundDate | undefined {
  if (!R.paragraphDay.pattern.test(s.text)) return undefined;
  const crosses = SAME_DAY_OPENING.test(s.text);
  for (let i = s.index - 1, after = s; i >= 0 && i >= s.index - PARAGRAPH_LOOKBACK; after = x.doc.sentences[i]!, i--) {
    const before = x.doc.sentences[i]!;
    if (x.doc.text.slice(before.end, after.start).includes('\n') && !(crosses && after === s)) return undefined;
    const day = x.doc.dates.get(i)!.filter((d) => d.precision === 'day' && !d.end && d.start <= x.published && !isDayOfSaying(before.text, d)).at(-1);
    if (day) return { ...day, derived: true, note: `date taken from the sentence before it, which gives ${day.start} ('${day.text}'); the protest's own sentence states no day` };
  }
  return undefined;
}

/** A pay change or a deadline right before a day: "a 15 percent rise from", "the deadline of", "allowances from". */
const PAY_OR_DEADLINE_BEFORE = /\b(?:rise|increase|raise|cut|bonus|allowances?|payments?|wages?|pay|salary|salaries|deadline)\s+(?:[\p{L}\d%,.]+\s+){0,3}?(?:from|by|until|of|on|effective)\s+$/iu;

const SAME_TIME = /\b(?:as|when|while|after|before|until)\b/u;
/** A verb in the past right before a day, not one that holds or plans a protest ("… the council approved on"). */
const OTHER_ACT_BEFORE = /\b(?!(?:held|staged|planned|called|scheduled|organi[sz]ed|announced|set|started|launched|began)\b)\p{L}{3,20}ed\s+(?:on\s+)?$/u;

/** Whether the protest word is named with who held it and its day (rule protest.by-group): "the protest by cab drivers on Saturday". */
const byGroup = (s: Sentence, w: RegExpExecArray) => [...s.text.matchAll(R.byGroup.pattern)].some((m) => m.index + /^\S+\s+/.exec(m[0])![0].length === w.index);
/** Whether the protest word is named by its day's possessive (rule protest.day-possessive): "over Monday's blockade". */
const byDay = (s: Sentence, w: RegExpExecArray) => [...s.text.matchAll(R.dayPossessive.pattern)].some((m) => m.index + m[0].length === w.index + w[0].length);

/** "Before the match, fans marched …" (rule protest.event-timed): the day of the article's own (or one) event of one day, derived. */
function eventTimedDay(x: PassContext, s: Sentence): FoundDate | undefined {
  const m = R.eventTimed.pattern.exec(s.text);
  // The article's own event, or its one event when none is its own (a match already played).
  const event = x.mainEvent ?? (x.facts.events.length === 1 ? x.facts.events[0] : undefined);
  if (!m || !event?.start || event.date_precision !== 'day' || (event.end && event.end !== event.start)) return undefined;
  const when = m[0].split(/\s+/)[0]!.toLowerCase();
  return { start: event.start, end: null, precision: 'day', derived: true, index: 0, text: m[0], note: `date taken from the event '${event.name}' (${event.start}), as '${m[0]}' times the protest ${when} it` };
}

/** "In 2027, some 300 tenants marched …" (rule protest.year-opening): the past year opening the sentence, the protest's date. */
function openingYear(x: PassContext, s: Sentence, verb: RegExpExecArray): FoundDate | undefined {
  const m = R.yearOpening.pattern.exec(s.text);
  const year = m?.groups!.year;
  if (!m || !year || Number(year) >= Number(x.published.slice(0, 4)) || m.index + m[0].length !== verb.index + verb[0].length) return undefined;
  return { start: year, end: null, precision: 'year', derived: false, index: 3, text: year, note: null };
}

/** The sentence's places but its countries and those a protest not held names ("had applied to march from the palace"). */
function heldPlaces(x: PassContext, s: Sentence): string[] {
  const notHeld = notHeldSpans(s.text).map((o) => ({ start: s.start + o.start, end: s.start + o.end }));
  const mentions = x.doc.mentionsIn(s, 'place').filter((m) => !notHeld.some((o) => o.start <= m.start && m.start < o.end + 60 && !/[,;]/.test(x.doc.text.slice(o.end, m.start))));
  const target = targetPlaces(x, s);
  return [...new Set(mentions.map((m) => m.id))].filter((id) => !target.has(id) && x.facts.places.find((p) => p.id === id)?.kind !== 'country');
}

/** The places a protest's sentence names from `from` on, none a country, none named only in what it is against. */
function sentencePlaces(x: PassContext, s: Sentence, from = s.start): string[] {
  const target = targetPlaces(x, s);
  return x.doc.placesIn({ start: from, end: s.end }).filter((id) => !target.has(id) && x.facts.places.find((p) => p.id === id)?.kind !== 'country');
}

/** Places named in what a protest is against ("against the Pirita Road closure"): its target's, not where it is held. */
function targetPlaces(x: PassContext, s: Sentence): Set<string> {
  const t = PROTEST_TARGET.exec(s.text);
  if (!t) return new Set();
  const end = s.start + t.index + t[0].length;
  return new Set(x.doc.mentionsIn({ start: end - t[1]!.length, end }, 'place').map((m) => m.id));
}

/**
 * A protest already proposed that these words name again (rule protest.mentioned-again): "the marches", "Friday's
 * rally", singular or plural, of the same word.
 */
function mentionedAgain(x: PassContext, s: Sentence, w: RegExpExecArray): ProtestDraft | undefined {
  if (!/(?:\b[Tt]he|\p{Lu}\p{Ll}+day['’]s)\s+$/u.test(s.text.slice(0, w.index))) return undefined;
  const stem = w[0].toLowerCase().replace(/(?:ies|es|s|y)$/, '');
  return x.facts.protests.find((p) => p.name.toLowerCase().startsWith(stem));
}

/**
 * The one protest, already held, that words about it name: the one whose words they cite, else the one named by
 * their protest word ("the march": "March in Lakeside on …"), else the article's only one; undefined when several fit.
 */
function protestTold(x: PassContext, context: string, word: string): ProtestDraft | undefined {
  const held = x.facts.protests.filter((p) => p.date && p.date <= x.published);
  const one = (list: ProtestDraft[]) => (list.length === 1 ? list[0] : undefined);
  const named = held.filter((p) => p.name.toLowerCase().startsWith(`${word.toLowerCase()} `));
  return one(held.filter((p) => p.citations.some((c) => context.includes(c.quote)))) ?? one(named) ?? one(held);
}

/**
 * "The march was largely peaceful. A group of about 100 broke away near the bridge and threw bottles at police
 * vans" (rule event.incident-act with no day in its sentence): an incident at the protest its sentence or the one
 * before names (`protestTold`), dated by that protest's day, derived, the note saying so; nothing is guessed.
 */
function incidentsAtProtests(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(EVENT_RULES.incidentAct.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    if (!actUntold(x, m) || x.doc.dates.get(s.index)!.some((d) => d.precision === 'day')) continue;
    const context = `${x.doc.sentences[s.index - 1]?.text ?? ''} ${s.text}`;
    const word = protestWord(context);
    const protest = word && protestTold(x, context, word[0]);
    const event = protest && actIncident(x, m, s, protest.date!);
    if (event) x.infer(event, `date taken from the protest '${protest.name}', ${protest.date}, at which the incident happened`);
  }
}

export function protests(x: PassContext): void {
  const { guards: { happens: happening } } = PROTEST_RULES.planned;
  let last: { protest: ProtestDraft; sentence: number } | undefined;
  for (const s of x.doc.sentences) {
    const w = protestWord(s.text);
    // "We police protests every week," the commander said: words quoted are not a protest being planned.
    if (x.doc.isHeading(s)) continue;
    const toldBefore = x.facts.protests.length;
    const toldFor = toldByVerb(x, s, w);
    // A protest told by its verb ("300 riders marched …") is the one "That march" in the next sentences names again.
    if (x.facts.protests.length > toldBefore) last = { protest: x.facts.protests.at(-1)!, sentence: s.index };
    laterProtests(x, s, w);
    if (!w || !(happening.test(s.text) || byGroup(s, w) || byDay(s, w)) || x.doc.quoted(s.start + w.index) || ofPastYear(s, w)) continue;
    if (/^vigils?$/i.test(w[0]) && !R.vigilCause.pattern.test(s.text)) continue;
    const counter = /counter-$/i.test(s.text.slice(0, w.index));
    const own = protestDate(x, s, w) ?? (counter ? answeredDate(x, s, w) : undefined);
    const date = own ?? (counter ? undefined : dayOfParagraph(x, s));
    const places = heldPlaces(x, s);
    // "Organisers expect 5,000 people to join the march, which will start at …": a protest already
    // proposed, now with a place or a size.
    // "The march, called by …" right after a sentence that proposed a protest under another word is that protest.
    const definite = /\b(?:the|that|this)\s+$/i.test(s.text.slice(0, w.index));
    // A counter-protest answers the protest told before it: never that protest again, though it shares its word and day.
    const earlier = toldFor ?? (counter ? undefined : mentionedAgain(x, s, w) ?? sameWordAndDay(x, w[0], date) ?? (definite && last && s.index - last.sentence <= 2 ? last.protest : undefined));
    if (earlier) {
      const size = protestSize(s);
      const sized = earlier.size.value === null && size.value !== null;
      if (!places.length && !sized) continue;
      earlier.place_ids = [...new Set([...earlier.place_ids, ...places])];
      if (sized) earlier.size = size;
      x.addCitation(earlier, x.doc.cite(s.start, s.end));
      if (sized) sizeToldAgain(x, earlier, s);
      continue;
    }
    // "groups planning marches over the vote": protests to come, not one of them (rule protest.plural-undated).
    if (!date && whole(R.pluralUndated.pattern).test(w[0])) continue;
    if (!date && !places.length) continue;
    // "For the June march …": a protest told before, never an undated new one (rule protest.mentioned-again).
    if (!date && MONTH_BEFORE.exec(s.text.slice(0, w.index + w[0].length))?.groups?.month) continue;
    const wStart = s.start + w.index;
    const by = /\b(?:organi[sz]ed|called|staged)\s+by\s+/.exec(s.text);
    // The police that polices a march, or the government it protests against, does not organise it; nor
    // does a body named in another clause ("Swiss authorities will put … officers, with groups planning marches").
    const clauseStart = Math.max(s.start, ...[...s.text.slice(0, w.index).matchAll(/,\s+(?:with|while|as|and)\b|;/g)].map((c) => s.start + c.index + c[0].length));
    const organizers = [...new Set((by ? x.doc.mentionsIn({ start: s.start + by.index, end: s.end }, 'organization') : x.doc.mentionsIn({ start: clauseStart, end: wStart }, 'organization'))
      .filter((m) => !x.doc.quoted(m.start) && !['police_force', 'government', 'ministry'].includes(x.facts.organizations.find((o) => o.id === m.id)?.kind ?? '')).map((m) => m.id))];
    const quoted = new RegExp(`["“]([^"”]{2,40})["”]\\s+(${PROTEST_WORDS})`, 'i').exec(s.text);
    const kindWord = `${counter ? 'counter-' : ''}${w[0].toLowerCase()}`;
    const placeName = places.length ? x.facts.places.find((p) => p.id === places[0])!.name : null;
    const name = quoted ? `${quoted[1]} ${quoted[2]}` : unnamedProtestName(kindWord, placeName, date?.start);
    const coincides = /\bcoincid\w*\s+with\b/i.exec(s.text);
    const coinciding = (coincides ? x.doc.mentionsIn({ start: s.start + coincides.index, end: s.end }, 'event')[0]?.id : undefined) ?? duringEvent(x, s);
    const against = PROTEST_TARGET.exec(s.text);
    const protest: ProtestDraft = {
      id: x.newId(name), name, organizer_ids: organizers, place_ids: places, date: date?.start ?? null,
      date_precision: date ? date.precision : null, size: (asVerb(s, w) ? subjectCount(s, w.index) : null) ?? protestSize(s), derived: false, target: against ? against[1]!.trim() : null,
      coincides_with_event_id: coinciding ?? null, rules: [R.planned.id, ...(byGroup(s, w) ? [R.byGroup.id] : []), ...(byDay(s, w) ? [R.dayPossessive.id] : []), ...(date && /\bdays?\s+(?:after|before)\b/i.test(date.text) ? [R.daysAfter.id] : []), ...(date?.text === w[0] && counter ? [R.counter.id] : []), ...(date && !own ? [R.paragraphDay.id] : [])], citations: [],
    };
    if (date) x.inferDate(protest, date);
    x.addCitation(protest, x.doc.cite(s.start, s.end));
    if (!protest.citations.length) continue;
    x.facts.protests.push(protest);
    last = { protest, sentence: s.index };
    sizeDispute(x, protest, s);
    pairedProtest(x, s, w, protest);
  }
  pastYearProtests(x);
  incidentsAtProtests(x);
  loneProtestEstimates(x);
}

/**
 * Two sources' crowd counts in a sentence that names no protest ("Police stood by their crowd estimate of about
 * 600 protesters; the coalition repeated its figure of more than 2,500."), in a story of one protest: that
 * protest's disputed size, unless it has one already. With two protests or more, whose crowd it is is not guessed;
 * a sentence whose words say nothing of a crowd counts something else (people evacuated, people in shelters).
 */
const ESTIMATE = whole(SIZE_ESTIMATE.pattern);
/** Words that say a count is of a crowd: without them a sentence's counts are of something else ("14,000 people had been evacuated"). */
const CROWD_TALK = /\b(?:crowds?|turnout|attendance|protesters|demonstrators|marchers|participants|took part|taking part|joined|attended|turned out)\b/iu;

function loneProtestEstimates(x: PassContext): void {
  const held = x.facts.protests.filter((p) => !/^counter-/i.test(p.name) && p.date_precision !== 'year');
  const protest = held.length === 1 ? held[0]! : undefined;
  if (!protest || x.facts.claims.some((c) => c.subject_id === protest.id)) return;
  for (const s of x.doc.sentences) {
    if (x.doc.isHeading(s) || protestWord(s.text) || !ESTIMATE.test(s.text) || !CROWD_TALK.test(s.text)) continue;
    sizeDispute(x, protest, s);
    if (x.facts.claims.some((c) => c.subject_id === protest.id)) return;
  }
}

/**
 * A protest told again with its size ("The coalition, which called the protest, said more than 2,500 people had
 * joined it"): a rival count of the same crowd may stand in the sentence before ("Police put the number of
 * protesters at about 600.") or after, and makes a disputed pair (rule protest.size-estimate).
 */
function sizeToldAgain(x: PassContext, protest: ProtestDraft, s: Sentence): void {
  const before = x.doc.sentences[s.index - 1];
  if (before && !x.doc.isHeading(before)) sizeDispute(x, protest, before);
  if (!x.facts.claims.some((c) => c.subject_id === protest.id)) sizeDispute(x, protest, s);
}

/**
 * A counter-protest with no day of its own (rule protest.counter): the day of the protest it answers, the
 * last one proposed that is already held when the sentence is past, still to come when it is future.
 */
function answeredDate(x: PassContext, s: Sentence, w: RegExpExecArray): FoundDate | undefined {
  // "A counter-gathering has been registered": one registered or scheduled is still to come.
  const future = /\b(?:will|would|plans?|planned|is due|are due|registered|scheduled)\b/i.test(s.text);
  const answered = x.facts.protests.filter((p) => p.date && p.date_precision === 'day' && (future ? p.date > x.published : p.date <= x.published)).at(-1);
  if (!answered?.date) return undefined;
  return { start: answered.date, end: null, precision: 'day', derived: true, index: w.index, text: w[0], note: `date of the counter-${w[0].toLowerCase()} taken from the protest it answers, ${answered.name} (${answered.date})` };
}

/**
 * Protest words after the sentence's first, each in a later clause with a day of its own (rule
 * protest.later-clause): protests of their own, unless one of that word and day is proposed.
 */
function laterProtests(x: PassContext, s: Sentence, first: RegExpExecArray | undefined): void {
  if (!first || !R.planned.guards.happens.test(s.text)) return;
  const other = notHeldSpans(s.text);
  for (const m of s.text.matchAll(PROTEST_WORD_ALL)) {
    const word = m[0].toLowerCase();
    if (m.index <= first.index || other.some((o) => o.start <= m.index && m.index < o.end) || ofPastYear(s, m) || x.doc.quoted(s.start + m.index)) continue;
    if (CONDITIONAL.exec(s.text.slice(m.index))?.index === 0) continue;
    // "police arrested 11 people after scuffles with a counter-demonstration": with no day of its own, the day of the protest it answers (rule protest.counter).
    const kindWord = /counter-$/i.test(s.text.slice(0, m.index)) ? `counter-${word}` : word;
    const clause = LATER_CLAUSE.exec(s.text.slice(first.index + first[0].length, m.index + m[0].length));
    const own = clause && protestDate(x, s, m);
    const date = own && own.index >= m.index ? own : clause && kindWord !== word ? answeredDate(x, s, m) : undefined;
    if (!date || sameWordAndDay(x, kindWord, date.start)) continue;
    const places = sentencePlaces(x, s, s.start + m.index);
    const placeName = places.length ? x.facts.places.find((p) => p.id === places[0])!.name : null;
    const name = unnamedProtestName(kindWord, placeName, date.start);
    const protest: ProtestDraft = {
      id: x.newId(name), name, organizer_ids: [], place_ids: places, date: date.start, date_precision: date.precision, size: { value: null, qualifier: null },
      derived: false, target: null, coincides_with_event_id: null, rules: [R.laterClause.id, ...(kindWord === word ? [] : [R.counter.id])], citations: [],
    };
    x.inferDate(protest, date);
    x.addCitation(protest, x.doc.cite(s.start, s.end));
    if (protest.citations.length) x.facts.protests.push(protest);
  }
}

/** The protest already proposed under this word for this day: "the march … on June 14" told again is that march. */
function sameWordAndDay(x: PassContext, word: string, date: FoundDate | string | null | undefined): ProtestDraft | undefined {
  const day = typeof date === 'string' ? date : date?.start;
  const stem = word.toLowerCase().replace(/(?:ies|es|s|y)$/, '');
  return day ? x.facts.protests.find((p) => p.date === day && p.name.toLowerCase().startsWith(stem)) : undefined;
}

/** Whether the protest word is one of a past year (rule protest.past-year): an earlier protest, not the story's. */
function ofPastYear(s: Sentence, w: RegExpExecArray): boolean {
  return [...s.text.matchAll(PAST_YEAR)].some((m) => m.index <= w.index && w.index < m.index + m[0].length);
}

/** "marched … to protest against …", "rallied … in protest at …": the protest word after the verb is its purpose, the same action. */
const isPurposeOf = (s: Sentence, verb: RegExpExecArray, w: RegExpExecArray) => w.index > verb.index && /\b(?:to|in)\s$/i.test(s.text.slice(Math.max(0, w.index - 4), w.index));

/**
 * "Thousands of nurses marched through the centre on Tuesday" (rule protest.told-by-verb): a march of that
 * day, unless the sentence's own protest word already names one of its kind, or one of that day is proposed. A
 * protest word that is the march's purpose ("marched … to protest against") is that march: it is returned so
 * that the word adds to it rather than proposing a second protest.
 */
function toldByVerb(x: PassContext, s: Sentence, w: RegExpExecArray | undefined): ProtestDraft | undefined {
  const verb = TOLD_BY_VERB.exec(s.text);
  if (!verb || x.doc.quoted(s.start + verb.index) || !Object.values(R.toldByVerb.guards).every((g) => g.test(s.text))) return undefined;
  const word = VERB_WORD[verb.groups!.verb!.toLowerCase()]!;
  const stem = word.replace(/y$/, '');
  // "300 parents rallied …, said the network, which organised the rally": a noun after the verb naming it back is the same protest.
  const namedBack = w && w.index > verb.index && /\b(?:the|that|this)\s+$/i.test(s.text.slice(0, w.index));
  if (w && w[0].toLowerCase().startsWith(stem) && !namedBack) return undefined;
  const stated = protestDate(x, s, verb) ?? openingYear(x, s, verb);
  const timed = stated ? undefined : eventTimedDay(x, s);
  const own = stated ?? timed;
  const date = own ?? dayOfParagraph(x, s);
  if (!date || x.facts.protests.some((p) => p.date === date.start && p.name.toLowerCase().startsWith(stem))) return undefined;
  const places = sentencePlaces(x, s);
  const placeName = places.length ? x.facts.places.find((p) => p.id === places[0])!.name : null;
  const name = unnamedProtestName(word, placeName, date.start);
  const protest: ProtestDraft = {
    id: x.newId(name), name, organizer_ids: [], place_ids: places, date: date.start, date_precision: date.precision, size: subjectCount(s, verb.index) ?? protestSize(s),
    derived: false, target: PROTEST_TARGET.exec(s.text)?.[1]?.trim() ?? null, coincides_with_event_id: null, rules: [R.toldByVerb.id, ...(date.precision === 'year' ? [R.yearOpening.id] : []), ...(own ? [] : [R.paragraphDay.id]), ...(timed ? [R.eventTimed.id] : [])], citations: [],
  };
  x.inferDate(protest, date);
  x.addCitation(protest, x.doc.cite(s.start, s.end));
  if (!protest.citations.length) return undefined;
  x.facts.protests.push(protest);
  return w && isPurposeOf(s, verb, w) ? protest : undefined;
}

const DURING_THE_EVENT = new RegExp(`\\bduring\\s+the\\s+(?:${EVENT_WORD_PATTERN})\\b`, 'iu');

/**
 * "will rally on Saturday, during the Lakeside Cup" or "during the tournament" in an article about one: the event named
 * right after "during", or the article's own event named by its word, is one the protest coincides with.
 */
function duringEvent(x: PassContext, s: Sentence): string | undefined {
  const named = x.doc.mentionsIn(s, 'event').find((e) => /\bduring\s+(?:the\s+)?$/iu.test(x.doc.text.slice(Math.max(s.start, e.start - 12), e.start)));
  return named?.id ?? (x.mainEvent && DURING_THE_EVENT.test(s.text) ? x.mainEvent.id : undefined);
}

/** Whether a protest word is a verb after a modal ("About 1,500 miners will rally"): its subject's count is the crowd. */
const asVerb = (s: Sentence, w: RegExpExecArray) => /\b(?:will|would|to|plan\s+to|plans\s+to|planned\s+to)\s+$/iu.test(s.text.slice(Math.max(0, w.index - 16), w.index));

/** The count that opens a protest verb's subject, whoever it counts ("about 200 residents of Vika blocked the road"). */
function subjectCount(s: Sentence, verbAt: number): ProtestDraft['size'] | null {
  const m = new RegExp(`(?:^|[\\s,])${HEDGE_RE}${NUMBER_RE}(?:\\s+[\\p{L}'’-]{1,40}){1,4}\\s+$`, 'iu').exec(s.text.slice(Math.max(0, verbAt - 120), verbAt));
  const value = m ? countOf(m[2]!) : null;
  return value !== null && value > 1 ? { value, qualifier: qualifierOf(m![1]) } : null;
}

/** "the 2014 protests against pension reform", "the last general strike …, in 1984" (rule protest.past-year): earlier protests dated by their year. */
function pastYearProtests(x: PassContext): void {
  const year = Number(x.published.slice(0, 4));
  for (const s of x.doc.sentences.filter((sentence) => !x.doc.isHeading(sentence))) {
    for (const m of s.text.matchAll(PAST_YEAR)) {
      const g = m.groups as Record<string, string | undefined>;
      const [word, stated] = g.word_after_year ? [g.word_after_year, g.year_before!] : [g.word!, g.year!];
      if (Number(stated) >= year || x.doc.quoted(s.start + m.index) || x.facts.protests.some((p) => p.date === stated)) continue;
      const name = `${capitalize(word.toLowerCase())} of ${stated}`;
      const protest: ProtestDraft = {
        id: x.newId(name), name, organizer_ids: [], place_ids: [], date: stated, date_precision: 'year', size: { value: null, qualifier: null },
        derived: false, target: null, coincides_with_event_id: null, rules: [R.pastYear.id], citations: [],
      };
      x.addCitation(protest, x.doc.cite(s.start + m.index, s.start + m.index + m[0].length));
      if (protest.citations.length) x.facts.protests.push(protest);
    }
  }
}

/** "a strike and another march on Friday" (rule protest.paired): the second word's protest, with the first's date, places and organisers. */
function pairedProtest(x: PassContext, s: Sentence, w: RegExpExecArray, first: ProtestDraft): void {
  const pair = PAIRED.exec(s.text.slice(w.index));
  const second = pair?.index === 0 ? pair.groups!.second!.toLowerCase() : undefined;
  if (!second || second.replace(/s$/, '') === w[0].toLowerCase().replace(/s$/, '') || sameWordAndDay(x, second, first.date)) return;
  const name = `${capitalize(second)}${first.name.slice(w[0].length)}`;
  const protest: ProtestDraft = { ...first, id: x.newId(name), name, size: { value: null, qualifier: null }, target: null, rules: [R.planned.id, R.paired.id], citations: [] };
  x.addCitation(protest, x.doc.cite(s.start, s.end));
  if (protest.citations.length) x.facts.protests.push(protest);
}

/**
 * How many take part, as the protest's sentence states it: "about 2,000 people marched", "more than 500
 * demonstrators", "a rally of some 3,000 protesters", "up to 10,000 participants", "a crowd of 4,000".
 * The hedge is read with the build's table (qualifierOf), so the proposal passes its number check; the
 * sentence is the citation, so the number is in the quote. A vague size ("thousands of people",
 * "hundreds", "several thousand") states no number: both stay null rather than a guess. Any people brought to
 * the protest are its crowd ("plans to bring about 1,500 teachers to a rally"); officers sent to it are not. People counted
 * for something else ("arrested 30 protesters", "a union of 40,000 workers") are not the size.
 */
function protestSize(s: Sentence): ProtestDraft['size'] {
  const counted = new RegExp(`\\b${HEDGE_RE}${NUMBER_RE}\\s+((?:[\\p{L}'’-]{1,40}\\s+){0,2}?)(?:${CROWD_NOUNS})\\b`, 'giu');
  const crowd = new RegExp(`\\bcrowd\\s+of\\s+${HEDGE_RE}${NUMBER_RE}\\b(?!\\s*(?:%|per\\s*cent))`, 'giu');
  // Any people brought to the protest are its crowd ("plans to bring about 1,500 teachers to a rally"); forces are not.
  const broughtTo = new RegExp(`\\b${HEDGE_RE}${NUMBER_RE}\\s+(?!(?:${FORCE_NOUNS.join('|')})\\b)\\p{Ll}{3,30}s\\s+(?:to|at|for)\\s+(?:a|an|the|its|their)\\s+(?:${PROTEST_WORDS})\\b`, 'giu');
  // Words between the number and the noun describe the people ("2,000 anti-war demonstrators"); these do not.
  const between = new RegExp(`^(?:and|or|of|the|to|with|were|was|are|is|will|who|that|from|in|at|on|for|by|as|than|${FORCE_NOUNS.join('|')}|\\p{L}+ed)$`, 'iu');
  const found = [...s.text.matchAll(counted)].map((m) => ({ m, hedge: m[1], number: m[2]!, words: m[3]! }))
    .filter(({ words }) => !words.trim() || !words.trim().split(/\s+/).some((w) => between.test(w)))
    .concat([...s.text.matchAll(crowd)].map((m) => ({ m, hedge: m[1], number: m[2]!, words: '' })))
    .concat([...s.text.matchAll(broughtTo)].map((m) => ({ m, hedge: m[1], number: m[2]!, words: '' })))
    .sort((a, b) => a.m.index - b.m.index);
  for (const { m, hedge, number } of found) {
    const value = countOf(number);
    if (value === null || value < 2) continue;
    const before = s.text.slice(0, m.index);
    const after = s.text.slice(m.index + m[0].length);
    // A year, not a count: "in 2024 protesters ...".
    if (/^(?:1[89]|20)\d\d$/.test(number) && /\b(?:in|since|by|from|until|of)\s+$/i.test(before)) continue;
    // "of": only a protest's or a crowd's own number ("a rally of some 3,000"), not a body's ("a union of 40,000").
    if (/\bof\s+$/i.test(before) && !new RegExp(`\\b(?:${PROTEST_WORDS}|crowds?|gathering|turnout|total)\\s+of\\s+$`, 'i').test(before)) continue;
    if (new RegExp(`\\b(?:${HARM_WORDS})\\s+$`, 'i').test(before)
      || new RegExp(`^\\s+(?:were|was|have\\s+been|had\\s+been|are|being|got)\\s+(?:\\p{L}+\\s+)?(?:${HARM_WORDS})\\b`, 'iu').test(after)) continue;
    return { value, qualifier: qualifierOf(hedge) };
  }
  return { value: null, qualifier: null };
}
