// The event details pass: the article's own event gets its period, places and figures; ceremonies,
// dated announcements and incidents in a named place become events of their own.
import { parseNumber } from '../../lib/numbers.js';
import { countOf, HEDGE_RE, NUMBER_RE, PROTEST_WORD, qualifierOf } from '../counts.js';
import { addDays, dayPair, isDayOfSaying, type FoundDate } from '../dates.js';
import { EVENT_WORDS, FIXED_DAYS } from '../lexicon.js';
import { EVENT_RULES as R } from '../rules/events.js';
import type { Rule } from '../rules/rule.js';
import { capitalize, clauseAround, type Sentence, type Span } from '../text.js';
import type { EventDraft, PassContext } from './context.js';
import { gatheringsInPassing } from './occasions.js';
import { dateByScene } from './scene-day.js';

const FIGURE = new RegExp(`\\b${HEDGE_RE}${NUMBER_RE}\\s+(visitors|spectators|athletes|runners|participants|fans|attendees|tourists|journalists|volunteers|pilgrims|worshippers|guests|delegates|mourners|competitors|riders)\\b`, 'gi');
/** Whoever a verb says has entered or competes ("Some 420 wrestlers have entered", "90 crews are due to compete"), any noun: a figure of the event. */
const ENTERED = new RegExp(`\\b${HEDGE_RE}${NUMBER_RE}\\s+([a-z]{3,20})\\s+(?:(?:have|had|are|were)\\s+(?:entered|registered|competing|taking\\s+part|(?:due|expected|set)\\s+to\\s+(?:compete|take\\s+part))|will\\s+(?:compete|take\\s+part))\\b`, 'gi');

const cite = (x: PassContext, s: Sentence) => x.doc.cite(s.start, s.end);

/** The words that name the article's own kind of gathering ("final", "race" for a Games-like event; "summit", "meeting" for a summit; "semi-finals" for a contest). */
function headWords(main: EventDraft): string {
  const words = Object.entries(EVENT_WORDS).filter(([, kind]) => kind === main.kind).map(([word]) => word);
  if (main.kind === 'summit') words.push('meeting');
  // A contest's or festival's rounds are its parts ("the semi-finals take place on Tuesday"); a tournament's are matches of their own.
  if (main.kind !== 'games') words.push(main.name.split(/\s+/).at(-1)!.toLowerCase(), 'semi-finals', 'grand final');
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Where a sentence speaks of the article's own event, or -1: where it names it, or where "the summit",
 * "Saturday's race", "the two-day meeting" stand for it (its kind's words, not inside another event's
 * name, nor a possessive: "the festival's main stage" is a part of it, its day maybe another's), or where
 * leaders "meet" in a story about a summit; 0 for a sentence opening "The event".
 */
function mainAt(x: PassContext, main: EventDraft, s: Sentence): number {
  const named = x.doc.mentionsIn(s, 'event').find((m) => m.id === main.id);
  if (named) return named.start;
  if (/^The (?:event|Games)\b/.test(s.text)) return s.start;
  const others = x.doc.mentionsIn(s, 'event').filter((m) => m.id !== main.id);
  // Its own head word first ("a half marathon" for the Lakeside Half Marathon), then any word of its kind ("the race").
  const own = main.name.split(/\s+/).at(-1)!.toLowerCase();
  // "the games" of a story about the World Nomad Games: its own head word, which alone names no kind of gathering.
  for (const heads of [...(EVENT_WORDS[own] || own === 'games' ? [own] : []), headWords(main)]) {
    const phrase = new RegExp(`\\b(?:the|an?|this week['’]s|next week['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:${heads})s?\\b(?!['’]s\\s)`, 'giu');
    for (const m of s.text.matchAll(phrase)) {
      const at = s.start + m.index;
      if (!others.some((o) => o.start < at + m[0].length && o.end > at)) return at;
    }
  }
  const meet = main.kind === 'summit' ? /\b(?:leaders|ministers|delegates|heads of state)\b[^.;]{1,80}?\b(?:meet|convene|gather)\b/.exec(s.text) : null;
  return meet ? s.start + meet.index : -1;
}

const mentionsMain = (x: PassContext, main: EventDraft, s: Sentence) => mainAt(x, main, s) >= 0;

/**
 * "on Thursday and Friday": a weekday and the day after it joined by "and", as one range, derived (both
 * weekdays are counted), the note saying so. Counter-example: "on Tuesday and Thursday" is two days, no range.
 */
function weekdayPair(s: Sentence, dates: FoundDate[]): FoundDate | undefined {
  const days = dates.filter((d) => d.precision === 'day' && !d.end);
  for (const [i, first] of days.entries()) {
    const second = days[i + 1];
    const joined = second && /^\s+and\s+(?:on\s+)?$/.test(s.text.slice(first.index + first.text.length, second.index));
    if (joined && addDays(first.start, 1) === second.start && /day$/i.test(first.text) && /day$/i.test(second.text)) {
      return { ...first, end: second.start, derived: true, text: s.text.slice(first.index, second.index + second.text.length), note: `${first.note ?? ''}; end date of '${second.text}' the day after` };
    }
  }
  return undefined;
}

/**
 * Two weekdays joined by "and" are counted, not stated: the event's period where its name is written, or in its
 * own phrase ("a summit of regional leaders on Thursday and Friday"); not in another clause after "the match"
 * stands for it ("expected at the match, most of them arriving on Friday and Saturday": the fans' days).
 */
function ownWeekdayPair(x: PassContext, main: EventDraft, s: Sentence, dates: FoundDate[]): FoundDate | undefined {
  const pair = weekdayPair(s, dates);
  if (!pair || x.doc.mentionsIn(s, 'event').some((m) => m.id === main.id)) return pair;
  const at = mainAt(x, main, s) - s.start;
  return at >= 0 && at < pair.index && !/[,;]/.test(s.text.slice(at, pair.index)) ? pair : undefined;
}

/** "last year's festival, held from July 3 to July 5": a period written right after another event's name is that event's. */
function heldForOther(x: PassContext, main: EventDraft, s: Sentence, d: FoundDate): boolean {
  const at = s.start + d.index;
  return x.doc.mentionsIn(s, 'event').some((m) => m.id !== main.id && m.end <= at && /^,?\s+held\s+(?:from\s+|on\s+|between\s+)?(?:the\s+)?$/.test(x.doc.text.slice(m.end, at)));
}

/** "The 2053 summit will be held from 19 to 21 May": a sentence about another year's edition gives the event no period. */
function otherYearsEdition(x: PassContext, main: EventDraft, s: Sentence): boolean {
  const year = new RegExp(`\\b((?:19|20)\\d{2})\\s+(?:${headWords(main)}|edition)\\b`, 'iu').exec(s.text)?.[1];
  return year !== undefined && year !== (main.start ?? x.published).slice(0, 4) && !main.name.includes(year);
}

/** The main event's stated period and places; returns a counted weekend of a sentence naming it, the last resort for its date. */
function mainPeriodAndPlaces(x: PassContext, main: EventDraft): { range: FoundDate; s: Sentence } | undefined {
  // "this weekend" is a period counted, not stated: it gives way to any period or day the text states.
  let counted: { range: FoundDate; s: Sentence } | undefined;
  for (const s of x.doc.sentences) {
    if (!mentionsMain(x, main, s) || otherYearsEdition(x, main, s)) continue;
    const dates = x.doc.dates.get(s.index)!;
    // A weekend whose days the text counts ("the three days of this weekend") is a period it states.
    const range = dates.find((d) => d.end && (!/weekend/i.test(d.text) || /\bdays?\b|-day\b/i.test(d.text)) && !heldForOther(x, main, s, d)) ?? dayPair(s.text, dates) ?? ownWeekdayPair(x, main, s, dates);
    const weekend = dates.find((d) => d.end && /weekend/i.test(d.text));
    if (weekend && !counted) counted = { range: weekend, s };
    if (range && !main.start) {
      Object.assign(main, { start: range.start, end: range.end, date_precision: range.precision });
      x.inferDate(main, range);
      x.addCitation(main, cite(x, s));
    }
    if (/\b(?:span|spans|held (?:in|at)|take place (?:in|at)|takes place (?:in|at)|opens? (?:in|at)|hosted in|hubs? in|venues? in)\b/.test(s.text)) {
      const places = x.doc.placesIn(s);
      if (places.length) { main.place_ids = [...new Set([...main.place_ids, ...places])]; x.addCitation(main, cite(x, s)); }
    }
  }
  return counted;
}

/** A day followed by its postponement: "was due on Wednesday but was put back", "… but has been postponed". */
const POSTPONED_AFTER = /^,?\s+but\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\p{L}+\s+)?(?:put\s+back|pushed\s+back|postponed|delayed|moved|rescheduled|called\s+off|cancell?ed)\b/u;

/** Verbs of a person's own life right before a day ("died on", "was born on", "was sworn in on"). */
const PERSON_LIFE_DAY = /\b(?:died|passed away|was (?:born|buried|killed|shot|arrested|sworn in|elected|appointed|married))\s+(?:\w+\s+)?(?:on\s+(?:the\s+)?)?$/i;

/**
 * The day of something else: a speech ("said on Wednesday"), a past act ("on Friday published"), another event's
 * ("Northton v Southby on Saturday"), or the day a postponed event was due.
 */
function dayOfSomethingElse(x: PassContext, main: EventDraft, s: Sentence, d: FoundDate): boolean {
  const at = s.start + d.index;
  if (/\b(?:said|says|told|announced|added|confirmed|stated)\s+(?:\w+\s+)?on\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, d.index - 30), d.index)) || isDayOfSaying(s.text, d)) return true;
  // "who founded the marathon, died on Friday": the day of a person's own life is no gathering's.
  if (PERSON_LIFE_DAY.test(s.text.slice(Math.max(0, d.index - 40), d.index))) return true;
  if (/^,?\s+(?:[a-z]+ed|said|told|met|made|gave|held|took|won)\b/.test(s.text.slice(d.index + d.text.length))) return true;
  // "The race was due on Wednesday but was put back twice": the day it was due is no day it is held.
  if (POSTPONED_AFTER.test(s.text.slice(d.index + d.text.length))) return true;
  const lead = /^on\s/i.test(d.text) ? '' : 'on\\s+(?:the\\s+)?';
  return x.doc.mentionsIn(s, 'event').some((m) => m.id !== main.id && m.end <= at && new RegExp(`^,?\\s+${lead}$`).test(x.doc.text.slice(m.end, at)));
}

/**
 * "arrested 12 people on Thursday when marchers tried to reach the summit": a day before "when" and the gathering
 * named later in that clause is the day of the clause's act (a gathering that is the clause's own subject was
 * dated by rule date.period-when before). Counter-example: "the race on Sunday, when riders …" is the race's.
 */
const dayOfWhenClause = (s: Sentence, d: FoundDate, at: number) => s.start + d.index < at && /^,?\s+when\b/.test(s.text.slice(d.index + d.text.length));

/**
 * "the strike by bus drivers, which began on Tuesday, a day before the opening of the fair": a day inside a relative
 * clause that closes before the event is named is the day of that clause's own noun. Counter-example: "the fair,
 * which opens on Wednesday" names the event first, and its clause's day is the event's.
 */
const dayOfRelativeClauseBefore = (s: Sentence, d: FoundDate, at: number) =>
  s.start + d.index < at && /(?:^|,)\s*(?:which|who|that)\s[^,;]*$/.test(s.text.slice(0, d.index)) && s.text.slice(d.index + d.text.length, at - s.start).includes(',');

/** "arrives on Tuesday for a three-day state visit" (rule date.day-for-gathering): the day written before "for" and the event's words. */
function dayForMain(x: PassContext, s: Sentence, at: number, days: FoundDate[]): FoundDate | undefined {
  const m = [...x.matches(R.dayFor.pattern, s)].find((f) => f.pos < at && f.pos + f[0].length >= at);
  const day = m && days.filter((d) => s.start + d.index >= m.pos && s.start + d.index < at).at(-1);
  if (day) x.ruled(x.mainEvent!, R.dayFor.id);
  return day;
}

/** "Sunday's race, November 19," "the final, on June 3,": a date set off by a comma right after the words that name the event. */
const apposedTo = (s: Sentence, at: number, d: FoundDate) => d.index > at && /^[^,.;:]{1,50},\s+(?:on\s+)?$/.test(s.text.slice(at, d.index));

/** A verb of opening right before a day ("opened on Friday, 15 July", "begins on Monday"): the day the event starts. */
const OPENED_ON = /\b(?:opened|opens|began|begins|started|starts|got under way|gets under way)\s+(?:on\s+)?$/;

/** The days of a sentence that may be the main event's, named at `at`. */
const daysForMain = (x: PassContext, main: EventDraft, s: Sentence, at: number) =>
  x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end && !dayOfSomethingElse(x, main, s, d) && !dayOfWhenClause(s, d, at) && !dayOfRelativeClauseBefore(s, d, at));

/** The day the main event opened or opens, in a sentence that names it before the verb ("The festival opened on Friday"). */
function openingDay(x: PassContext, main: EventDraft): { s: Sentence; day: FoundDate } | undefined {
  for (const s of x.doc.sentences) {
    const at = mainAt(x, main, s);
    if (at < 0 || x.doc.isHeading(s)) continue;
    const day = daysForMain(x, main, s, at).find((d) => s.start + d.index > at && OPENED_ON.test(s.text.slice(Math.max(0, d.index - 30), d.index)));
    if (day) return { s, day };
  }
  return undefined;
}

/**
 * No stated period: the day it opened where the text says so, else a single day given where the event is named
 * ("the city marathon on Sunday"), the nearest after the name first.
 */
function mainDay(x: PassContext, main: EventDraft): void {
  const opening = openingDay(x, main);
  if (opening) {
    Object.assign(main, { start: opening.day.start, date_precision: 'day' });
    x.inferDate(main, opening.day);
    x.addCitation(main, cite(x, opening.s));
    return;
  }
  for (const s of x.doc.sentences) {
    const at = mainAt(x, main, s);
    // A headline has no tense: its "Saturday's derby" cannot say which Saturday.
    if (at < 0 || /coincid/i.test(s.text) || x.doc.isHeading(s)) continue;
    const days = daysForMain(x, main, s, at);
    // "the final on Saturday", "Saturday's final", a day counted from the article's ("next Wednesday"), "goes ahead today",
    // or a date set beside the event's words ("Sunday's race, November 19,").
    const on = days.filter((d) => /^['’]s\s/.test(s.text.slice(d.index + d.text.length))
      || /^(?:(?:on|next|this|coming)\s|(?:today|tonight|tomorrow)$)/i.test(d.text) || /\bon\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, d.index - 8), d.index))
      || apposedTo(s, at - s.start, d));
    const day = dayForMain(x, s, at, days) ?? on.find((d) => s.start + d.index >= at) ?? on.at(-1);
    if (!day) continue;
    Object.assign(main, { start: day.start, date_precision: 'day' });
    x.inferDate(main, day);
    x.addCitation(main, cite(x, s));
    return;
  }
}

/** No sentence naming it gives its day nor its period: the day a paragraph naming it opens with (rule date.scene-day). */
const mainSceneDay = (x: PassContext, main: EventDraft) => x.doc.sentences.some((s) => !x.doc.isHeading(s) && mainAt(x, main, s) >= 0 && dateByScene(x, main, s));

/**
 * No day anywhere: a month written after the event's own name in its clause ("the Arctic Games, which the town will
 * host in March 2042", "the Harbour Expo is due in June") is its start, at a month's precision. Counter-example: the
 * month of another clause ("the fair opens on Friday; tickets went on sale in May").
 */
function mainMonth(x: PassContext, main: EventDraft): void {
  for (const s of x.doc.sentences) {
    const named = x.doc.mentionsIn(s, 'event').find((m) => m.id === main.id);
    if (!named || x.doc.isHeading(s)) continue;
    const clause = clauseAround(s, named.start);
    const month = x.doc.dates.get(s.index)!.find((d) => d.precision === 'month' && s.start + d.index >= named.end && s.start + d.index < clause.end);
    if (!month) continue;
    Object.assign(main, { start: month.start, date_precision: 'month' });
    x.inferDate(main, month);
    x.addCitation(main, cite(x, s));
    return;
  }
}

/**
 * "the three-day Lakeside festival, which ended on Sunday night", "the four days of the feast of …, which ended on
 * Saturday" (rule date.duration-ended): a period whose
 * last day is stated and whose first is counted back by its number of days, derived, the note saying so.
 */
function durationEnded(x: PassContext, main: EventDraft): void {
  for (const s of x.doc.sentences) {
    const at = mainAt(x, main, s);
    const m = at < 0 ? undefined : [...x.matches(R.durationEnded.pattern, s)].find((f) => f.pos <= at && at < f.pos + f[0].length);
    const last = m && x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && s.start + d.index === m.pos + m[0].length);
    if (!m || !last) continue;
    const written = (m.groups!.days ?? m.groups!.count)!;
    const days = parseNumber(written)!;
    Object.assign(main, { start: addDays(last.start, 1 - days), end: last.start, date_precision: 'day' });
    x.inferDate(main, last);
    x.infer(main, `start date counted back ${days - 1} days from '${last.text}', the last of ${m.groups!.days ? `'${written}-day'` : `'${written} days'`}`);
    x.addCitation(main, cite(x, s));
    x.ruled(main, R.durationEnded.id);
    return;
  }
}

/**
 * "The games will run until September 12" (rule date.runs-until): the end of the article's own gathering whose first
 * day is known, the day right after the verb's "until" in a sentence standing for it, when later than the start.
 */
function runsUntil(x: PassContext, main: EventDraft): void {
  if (!main.start || main.end || main.date_precision !== 'day') return;
  for (const s of x.doc.sentences) {
    const at = mainAt(x, main, s);
    const m = at < 0 ? undefined : [...x.matches(R.runsUntil.pattern, s)].find((f) => f.pos >= at);
    const last = m && x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && s.start + d.index === m.pos + m[0].length);
    if (!last || last.start <= main.start) continue;
    main.end = last.start;
    x.inferDate(main, last);
    x.addCitation(main, cite(x, s));
    x.ruled(main, R.runsUntil.id);
    return;
  }
}

const ORDINAL_DAYS: Record<string, number> = { first: 1, opening: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7 };

/** "on Friday for the second day of the ECOWAS summit" (rule date.nth-day-of): the start counted back from the day its sentence states. */
function nthDayOf(x: PassContext, main: EventDraft): void {
  for (const s of x.doc.sentences) {
    const at = mainAt(x, main, s);
    const m = at < 0 ? undefined : [...x.matches(R.nthDayOf.pattern, s)].find((f) => f.pos + f[0].length === at || (f.pos + f[0].length <= at && !/[,;.]/u.test(x.doc.text.slice(f.pos + f[0].length, at)) && at - f.pos - f[0].length <= 30));
    const day = m && x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && !isDayOfSaying(s.text, d));
    if (!m || !day) continue;
    const nth = ORDINAL_DAYS[m.groups!.ordinal!.toLowerCase()]!;
    Object.assign(main, { start: addDays(day.start, 1 - nth), date_precision: 'day' });
    // The weekday's own note would name a date the row no longer holds: one note says both steps.
    if (nth === 1) x.inferDate(main, day);
    else x.infer(main, `start date counted back ${nth - 1} day${nth > 2 ? 's' : ''} from '${day.text}' (${day.start}${day.derived ? ', itself counted from the publication date' : ''}), the ${m.groups!.ordinal!.toLowerCase()} day`);
    x.addCitation(main, cite(x, s));
    x.ruled(main, R.nthDayOf.id);
    return;
  }
}

/**
 * Whether the words between "when" and the gathering's name leave it the clause's subject or object ("when
 * the park hosts the festival"): a few words, no sentence break. A long clause is another act's, the gathering
 * only where it went ("on Thursday when hundreds of marchers broke away and tried to reach the summit's venue").
 */
const whenClauseOpensWith = (words: string) => !/[.;]/.test(words) && words.trim().split(/\s+/).length <= 6;

/** "from Friday to Sunday, when the park hosts the festival" (rule date.period-when): the days before ", when" in a sentence naming the event after it. */
function periodWhen(x: PassContext, main: EventDraft): void {
  for (const s of x.doc.sentences) {
    const at = mainAt(x, main, s);
    if (at < 0 || x.doc.isHeading(s)) continue;
    const m = [...x.matches(R.periodWhen.pattern, s)].find((f) => f.pos + f[0].length <= at && whenClauseOpensWith(x.doc.text.slice(f.pos + f[0].length, at)));
    const days = m ? x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end && s.start + d.index >= m.pos && s.start + d.index < m.pos + m[0].length) : [];
    if (!days.length) continue;
    const [first, last] = [days[0]!, days.at(-1)!];
    Object.assign(main, { start: first.start, end: last === first ? null : last.start, date_precision: 'day' });
    x.inferDate(main, first);
    if (last !== first) x.inferDate(main, last);
    x.addCitation(main, cite(x, s));
    x.ruled(main, R.periodWhen.id);
    return;
  }
}

/**
 * Places in a Games' own name: "Oslo-Lillehammer Winter Games", "Bergen 2034 Games"; a match's sides ("Norway v
 * Denmark") are teams, no places. A festival's or carnival's name that opens with a place the article names holds
 * it there ("the Lakeside Carnival", "the Port Ada Jazz Festival").
 */
function placesInEventNames(x: PassContext): void {
  for (const games of x.facts.events.filter((e) => e.kind === 'games' && !/ vs?\.? /.test(e.name))) {
    for (const word of games.name.split(/[\s-]+/)) {
      const place = x.placeByName.get(word.toLowerCase());
      if (place && !games.place_ids.includes(place.id)) games.place_ids.push(place.id);
    }
  }
  for (const festival of x.facts.events.filter((e) => e.kind === 'festival' && !e.place_ids.length)) {
    const words = festival.name.split(/\s+/);
    const opening = [3, 2, 1].filter((n) => n < words.length).map((n) => x.placeByName.get(words.slice(0, n).join(' ').toLowerCase())).find(Boolean);
    if (opening) festival.place_ids.push(opening.id);
  }
}

/** A body's verb of sending people, right before a count: "The Red Cross will station 120 volunteers" counts the body's own people. */
const BODY_SENDS = /^[^.;:]{0,40}\b(?:station|deploy|send|sent|provide|field|supply|mobili[sz]e|put)(?:s|ed|ing)?\s+(?:in\s+)?$/u;

/** "of the Red Cross" right after a count: the people are that body's. */
const OF_BODY_AFTER = /^\s+(?:of|from)\s+(?:the\s+)?$/u;

/**
 * The count is of people a body sends or has: named before it with a verb of sending ("The Red Cross will station
 * 120 volunteers") or right after it ("120 volunteers of the Red Cross will staff …"): the body's, no event's figure.
 */
function bodysPeople(x: PassContext, s: Sentence, at: number, end: number): boolean {
  const before = x.doc.mentionsIn({ start: s.start, end: at }, 'organization').at(-1);
  const after = x.doc.mentionsIn({ start: end, end: Math.min(s.end, end + 60) }, 'organization')[0];
  return (before !== undefined && BODY_SENDS.test(x.doc.text.slice(before.end, at))) || (after !== undefined && OF_BODY_AFTER.test(x.doc.text.slice(end, after.start)));
}

/** A sentence counting "this year" or "this time" counts the article's own event, whatever earlier edition the sentence before names. */
const THIS_EDITION = /\bthis (?:year|time|edition)\b/iu;

/**
 * The event a figure counts for: the main event when its sentence names it; else the one other event the sentence
 * names, or failing that the sentence before ("Around 4,000 runners are registered for the Half Marathon" in a story
 * about a jazz festival is the marathon's); else the main event.
 */
function figureEvent(x: PassContext, main: EventDraft, s: Sentence): EventDraft {
  if (mentionsMain(x, main, s) || THIS_EDITION.test(s.text)) return main;
  for (const sentence of [s, x.doc.sentences[s.index - 1]]) {
    const ids = sentence ? new Set(x.doc.mentionsIn(sentence, 'event').map((m) => m.id)) : new Set<string>();
    if (ids.has(main.id)) return main;
    const other = ids.size === 1 ? x.facts.events.find((e) => ids.has(e.id)) : undefined;
    if (other) return other;
  }
  return main;
}

function figures(x: PassContext, main: EventDraft): void {
  const named = [...x.matches(FIGURE)];
  for (const m of [...named, ...[...x.matches(ENTERED)].filter((e) => !named.some((f) => f.pos === e.pos))]) {
    const value = countOf(m[2]!);
    // Participants counted in a protest's sentence, or in the one after it, count the protest, not the event.
    const here = x.doc.sentenceAt(m.pos);
    const context = `${x.doc.sentences[here.index - 1]?.text ?? ''} ${here.text}`;
    if (value === null || PROTEST_WORD.test(context) || bodysPeople(x, here, m.pos, m.pos + m[0].length)) continue;
    const event = figureEvent(x, main, here);
    event.figures.push({ metric: m[3]!.toLowerCase(), value, qualifier: qualifierOf(m[1]) });
    x.addCitation(event, x.doc.cite(m.pos, m.pos + m[0].length));
  }
}

/** "host a state banquet … that evening" (rule date.that-evening): a ceremony on the day of the article's own event, derived. */
function sameDayAsMain(x: PassContext, event: EventDraft, s: Sentence): void {
  const main = x.mainEvent;
  const when = new RegExp(R.thatEvening.pattern.source, 'u').exec(s.text);
  if (!when || !main?.start || main.date_precision !== 'day' || main === event) return;
  Object.assign(event, { start: main.start, date_precision: 'day' });
  x.infer(event, `date of '${when[0]}' taken as the day of ${main.name}, ${main.start}`);
  x.addCitation(event, cite(x, s));
  x.ruled(event, R.thatEvening.id);
}

function ceremonyDetails(x: PassContext, event: EventDraft, m: RegExpExecArray & { pos: number }, s: Sentence): void {
  if (/^\s+(?:at|in)\s+/.test(x.doc.text.slice(m.pos + m[0].length, s.end))) {
    const places = x.doc.mentionsIn({ start: m.pos + m[0].length, end: m.pos + m[0].length + 60 }, 'place').map((p) => p.id);
    if (places.length) event.place_ids = [...new Set([...event.place_ids, places.at(-1)!])];
  }
  // "… mourning from November 29, and a memorial mass … on December 2": the day told after the ceremony's words is its own.
  const days = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end);
  const date = days.find((d) => s.start + d.index >= m.pos + m[0].length) ?? days[0];
  if (date && !event.start) {
    Object.assign(event, { start: date.start, date_precision: 'day' });
    x.inferDate(event, date);
    if (/coincid/i.test(s.text)) x.infer(event, `date taken from '${date.text}', the day of what the ceremony coincides with`);
    x.addCitation(event, cite(x, s));
  }
  if (!event.start) sameDayAsMain(x, event, s);
  const expected = new RegExp(`${HEDGE_RE}${NUMBER_RE}\\s+(?:people\\s+)?expected\\s+(?:for|at)\\s+the\\s+${m.groups!.which}\\s+ceremony`, 'i').exec(s.text);
  const value = expected && !event.figures.length ? countOf(expected[2]!) : null;
  if (expected && value !== null) {
    event.figures.push({ metric: 'expected_attendance', value, qualifier: qualifierOf(expected[1]) });
    x.addCitation(event, x.doc.cite(s.start + expected.index, s.start + expected.index + expected[0].length));
  }
}

/** "the opening ceremony of the new harbour bridge": what a ceremony opens, when the words after it name something other than the article's own event. */
function ceremonyOf(x: PassContext, end: number, main: EventDraft | undefined): string | undefined {
  const of = /^\s+of\s+the\s+((?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]+)(?=\s*[,.;]|\s+(?:between|in|at|on|and|for|with|from|to|which|where|when)\b)/u.exec(x.doc.text.slice(end, end + 80));
  if (!of) return main && `the ${main.name}`;
  const span = { start: end, end: end + of[0].length };
  return x.doc.mentionsIn(span, 'event').length ? main && `the ${main.name}` : `the ${of[1]}`;
}

/** The ceremony of that name (made if new), cited by the match, with its details from the sentence. */
function ceremonyEvent(x: PassContext, name: string, m: RegExpExecArray & { pos: number }, ruleId: string): void {
  let event = x.facts.events.find((e) => e.name === name);
  if (!event) {
    event = { id: x.newId(name), name, kind: 'ceremony', start: null, end: null, date_precision: null, derived: false, place_ids: [], figures: [], citations: [] };
    x.facts.events.push(event);
  }
  x.addCitation(event, x.doc.cite(m.pos, m.pos + m[0].length));
  x.ruled(event, ruleId);
  x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
  ceremonyDetails(x, event, m, x.doc.sentenceAt(m.pos));
}

function ceremonies(x: PassContext, main: EventDraft | undefined): void {
  for (const m of x.matches(R.ceremony.pattern)) {
    const of = ceremonyOf(x, m.pos + m[0].length, main);
    const name = `${capitalize(m.groups!.which!.toLowerCase())} ceremony${of ? ` of ${of}` : ''}`;
    ceremonyEvent(x, name, m, R.ceremony.id);
  }
}

/** Ceremonies named by what they mark ("a memorial ceremony", "the Liberation Day ceremony"), each an event of its own. */
function otherCeremonies(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.otherCeremony.pattern)) {
    const which = (m.groups!.which ?? m.groups!.rite!).replace(/^(?:(?:The|A|An|This|Its|Their|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|[A-Z]\p{L}+['’]s)\s+)+/u, '');
    if (!which || /^(?:opening|closing)$/i.test(which) || x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    const name = m.groups!.rite ? capitalize(which) : `${capitalize(which)} ceremony`;
    ceremonyEvent(x, name, m, R.otherCeremony.id);
  }
}

/** "the first official results would be announced … on Saturday" (rule event.results-announced): an announcement of results on that day. */
function resultsAnnouncements(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.resultsAnnounced.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const end = m.pos + m[0].length;
    const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index === end && !isDayOfSaying(s.text, d));
    if (!date || x.doc.quoted(m.pos)) continue;
    const name = `Announcement of the ${m.groups!.which ?? ''}results${m.groups!.where ?? ''}`.replace(/\s+/g, ' ');
    if (x.facts.events.some((e) => e.kind === 'announcement' && e.start === date.start)) continue;
    const event: EventDraft = { id: x.newId(name), name, kind: 'announcement', start: date.start, end: null, date_precision: 'day', derived: false, place_ids: [], figures: [], citations: [], rules: [R.resultsAnnounced.id] };
    x.inferDate(event, date);
    x.addCitation(event, x.doc.cite(m.pos, s.start + date.index + date.text.length));
    if (!event.citations.length) continue;
    x.facts.events.push(event);
    x.doc.mention(event.id, 'event', m.pos, end);
  }
}

/** An event one act tells, at a span of its sentence: dated by a day read there (inferred when derived) or by a past month or year. */
interface ToldEvent { name: string; kind: EventDraft['kind']; rule: string; day?: FoundDate; start?: string; precision?: 'month' | 'year' }

/** Proposes it, citing its sentence and mentioned at the span; nothing when one of that name is proposed already. */
function proposeTold(x: PassContext, s: Sentence, span: Span, told: ToldEvent): EventDraft | undefined {
  if (x.facts.events.some((e) => e.name === told.name)) return undefined;
  const event: EventDraft = { id: x.newId(told.name), name: told.name, kind: told.kind, start: told.day?.start ?? told.start!, end: null, date_precision: told.day ? 'day' : told.precision!, derived: false, place_ids: [], figures: [], citations: [], rules: [told.rule] };
  if (told.day) x.inferDate(event, told.day);
  x.addCitation(event, cite(x, s));
  if (!event.citations.length) return undefined;
  x.facts.events.push(event);
  x.doc.mention(event.id, 'event', span.start, span.end);
  return event;
}

/** The day an act at a position was done: the first day its sentence writes after it, else the last before (a dateline's), never a day of saying. */
function clauseDay(x: PassContext, s: Sentence, at: number, fits: (d: FoundDate) => boolean = () => true): FoundDate | undefined {
  const days = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end && !isDayOfSaying(s.text, d) && fits(d));
  return days.find((d) => s.start + d.index >= at) ?? days.filter((d) => s.start + d.index < at).at(-1);
}

/**
 * "A court found former minister Ada Holm guilty of bribery on Thursday evening" (rule event.verdict): the verdict, an
 * announcement of its sentence's day (past or today, never a day of saying); none without such a day.
 */
/** A verdict's name, as ingest and the review's forms give it. */
export const verdictName = (accused: string) => `Verdict in the trial of ${accused}`;

function verdicts(x: PassContext): void {
  // A verdict given is of a day past or today; one read or due (rule event.verdict-due) of any day its sentence states.
  for (const [rule, fits] of [[R.verdict, (d: FoundDate) => d.start <= x.published], [R.verdictDue, () => true]] as const) {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const s = x.doc.sentenceAt(m.pos);
      const day = x.doc.quoted(m.pos) ? undefined : clauseDay(x, s, m.pos, fits);
      if (day) proposeTold(x, s, { start: m.pos, end: m.pos + m[0].length }, { name: verdictName(m.groups!.accused!), kind: 'announcement', rule: rule.id, day });
    }
  }
}

/** Words of a kidnapping or a captivity, which make "freed" a hostage's release. */
const CAPTIVITY = /\b(?:kidnapp\p{L}*|abduct\p{L}*|hostages?|captivity|captors?|ransom)\b/iu;

/**
 * "… kidnapped in Croix-des-Bouquets on January 10 were freed on Tuesday evening" (rules event.kidnapping,
 * event.release): the kidnapping and the release, incidents of the first past day after each act in its sentence.
 */
function kidnappings(x: PassContext): void {
  const past = (d: FoundDate) => d.start <= x.published;
  for (const m of x.matchesOutsideTitles(R.kidnapping.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const day = x.doc.quoted(m.pos) ? undefined : clauseDay(x, s, m.pos, past);
    const where = m.groups!.where?.trim().replace(/^(\p{Ll}+)\s+the\s+/u, '$1 ');
    if (day && day.index + s.start > m.pos) proposeTold(x, s, { start: m.pos, end: m.pos + m[0].length }, { name: where ? `Kidnapping ${where}` : 'Kidnapping', kind: 'incident', rule: R.kidnapping.id, day });
  }
  for (const m of x.matchesOutsideTitles(R.release.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    if (!CAPTIVITY.test(s.text)) continue;
    const day = x.doc.quoted(m.pos) ? undefined : clauseDay(x, s, m.pos, past);
    if (day && day.index + s.start > m.pos) proposeTold(x, s, { start: m.pos, end: m.pos + m[0].length }, { name: 'Release of the hostages', kind: 'incident', rule: R.release.id, day });
  }
}

/** An incident of things thrown, named by what and at what ("Stones thrown at a patrol car"), as ingest and the review's forms name it. */
export const thrownName = (what: string, at: string) => capitalize(`${what.replace(/\s+/gu, ' ')} thrown ${at.trim()}`);

/** "Stones were thrown at a patrol car near the square on Saturday night" (rule event.thrown-at): an incident of that past day. */
function thrownAt(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.thrownAt.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const day = x.doc.quoted(m.pos) ? undefined : clauseDay(x, s, m.pos, (d) => d.start <= x.published);
    const { what, at } = m.groups as { what: string; at: string };
    if (day && s.start + day.index > m.pos) proposeTold(x, s, { start: m.pos, end: m.pos + m[0].length }, { name: thrownName(what, at), kind: 'incident', rule: R.thrownAt.id, day });
  }
}

/** "declared a 30-day state of emergency across the Western Division on Tuesday" (rule event.emergency-declared): an announcement of that day. */
function emergenciesDeclared(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.emergencyDeclared.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const day = x.doc.quoted(m.pos) ? undefined : clauseDay(x, s, m.pos);
    if (day) proposeTold(x, s, { start: m.pos, end: m.pos + m[0].length }, { name: `Declaration of ${m.groups!.what!}`, kind: 'announcement', rule: R.emergencyDeclared.id, day });
  }
}

/** "declared three days of national mourning from November 29" (rule event.mourning): a ceremony of the day its clause states. */
function mourningDays(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.mourning.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    // "declared Saturday a national day of mourning": the day named right before is the one mourned, not a later one.
    const named = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && /^\s*$/u.test(x.doc.text.slice(s.start + d.index + d.text.length, m.pos)));
    const day = x.doc.quoted(m.pos) ? undefined : named ?? clauseDay(x, s, m.pos);
    if (day) proposeTold(x, s, { start: m.pos, end: m.pos + m[0].length }, { name: capitalize(m[0].replace(/^(?:a|the)\s+/iu, '')), kind: 'ceremony', rule: R.mourning.id, day });
  }
}

/** An event's name that is one match, not a tournament ("World Cup qualifier", "Cup final", "the derby"). */
const ONE_MATCH = /\b(?:qualifier|qualifying match|final|semi-final|match|derby|fixture|game|Test)$/iu;

/**
 * "Lakeside Rovers host Northby United at the City Stadium at 3 p.m. on Saturday" (rule event.sides-meet), "Lakeside
 * Rovers beat Northby United 31-24 on Saturday" (rule event.sides-result): a match of the two sides on the first day
 * written after them; sides read as people, or already an event, are none.
 */
function sidesMeeting(x: PassContext): void {
  const told = ([R.sidesMeet, R.sidesResult] as Rule[]).flatMap((rule) => [...x.matchesOutsideTitles(rule.pattern)].map((m) => ({ m, rule })));
  for (const { m, rule } of told) {
    const s = x.doc.sentenceAt(m.pos);
    // A score is a match's own mark; a verb of meeting needs a ground, a match or fans in its sentence.
    if (x.doc.quoted(m.pos) || !Object.values(rule.guards ?? {}).every((guard) => guard.test(s.text))) continue;
    if (x.doc.mentionsIn({ start: m.pos, end: m.pos + m[0].length }).some((e) => e.type === 'person' || e.type === 'event')) continue;
    // "On Saturday, Eastland play Northland in a World Cup qualifier": the match is already read by its name.
    if (x.doc.mentionsIn(s, 'event').some((e) => ONE_MATCH.test(x.facts.events.find((f) => f.id === e.id)?.name ?? ''))) continue;
    const day = clauseDay(x, s, m.pos);
    if (day) proposeTold(x, s, { start: m.pos, end: m.pos + m[0].length }, { name: `${m.groups!.home!} v ${m.groups!.away!}`, kind: 'games', rule: rule.id, day });
  }
}

function announcements(x: PassContext): void {
  for (const m of x.matches(R.announcement.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index >= m.pos + m[0].length - 1);
    if (!date) continue;
    const event: EventDraft = { id: x.newId(`announcement-${date.start}`), name: `Announcement of ${date.start}`, kind: 'announcement', start: date.start, end: null, date_precision: 'day', derived: false, place_ids: [], figures: [], citations: [], rules: [R.announcement.id] };
    x.inferDate(event, date);
    x.addCitation(event, x.doc.cite(m.pos, s.start + date.index + date.text.length));
    if (event.citations.length) x.facts.events.push(event);
  }
}

function incidents(x: PassContext): void {
  for (const m of x.matches(R.incident.pattern)) {
    const { what, place: placeName } = m.groups as { what: string; place: string };
    const place = x.placeByName.get(placeName.toLowerCase());
    if (!place) continue;
    const name = `${capitalize(what.toLowerCase())} in ${placeName}`;
    // Quoted words ("the third riot at Bomana in five years") tell no incident; one already read at that place is that one.
    const told = new RegExp(`^${capitalize(what.toLowerCase())} (?:at|in) ${placeName}\\b`, 'u');
    if (x.doc.quoted(m.pos) || x.facts.events.some((e) => e.name === name || (e.kind === 'incident' && told.test(e.name)))) continue;
    const s = x.doc.sentenceAt(m.pos);
    const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day');
    const event: EventDraft = { id: x.newId(name), name, kind: 'incident', start: date?.start ?? null, end: null, date_precision: date ? 'day' : null, derived: false, place_ids: [place.id], figures: [], citations: [], rules: [R.incident.id] };
    if (date) x.inferDate(event, date);
    x.addCitation(event, x.doc.cite(m.pos, m.pos + m[0].length));
    if (date) x.addCitation(event, cite(x, s));
    if (event.citations.length) { x.facts.events.push(event); x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length); }
  }
}

/** "A bout there in 2029 ended in a stampede", "the 2024 festival, when a crush …": the year written before an incident in its sentence, when it is the only one there. */
function yearBefore(words: string): string | undefined {
  const years = [...words.matchAll(/\b(?:in|the|of) ((?:19|20)\d{2})\b/giu)];
  return years.length === 1 ? years[0]![1] : undefined;
}

/**
 * An incident told as what something followed (rule event.incident-told): named by its words up to the
 * first clause break, dated by a past year its words write ("of the 2029 edition") or its sentence writes before it
 * ("a bout there in 2029 ended in a stampede"), else by its sentence's
 * day (never a day of saying); an incident already read, or one with no date, is left alone.
 */
function toldIncidents(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.incidentTold.pattern)) {
    const { what, rest } = m.groups as { what: string; rest: string };
    const at = m.pos + m[0].length - rest.length - what.length;
    if (x.doc.mentions.some((e) => e.type === 'event' && e.start < at + what.length && e.end > at)) continue;
    const s = x.doc.sentenceAt(m.pos);
    const yearInRest = /\b(?:19|20)\d{2}\b/.exec(rest);
    const year = yearInRest?.[0] ?? yearBefore(x.doc.text.slice(s.start, m.pos));
    const day = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && !isDayOfSaying(s.text, d));
    if (year ? Number(year) >= Number(x.published.slice(0, 4)) : !day) continue;
    const name = capitalize(`${what}${rest.split(/\s(?=(?:on|of|left|when|which)\b)/)[0]}`.trim());
    if (x.facts.events.some((e) => e.name === name)) continue;
    const event: EventDraft = { id: x.newId(name), name, kind: 'incident', start: year ?? day!.start, end: null, date_precision: year ? 'year' : 'day', derived: false, place_ids: [], figures: [], citations: [], rules: [R.incidentTold.id] };
    if (!year) x.inferDate(event, day!);
    // The quote holds the year it is dated by, and ends there: at the year's own match, never at a substring search's first hit.
    x.addCitation(event, yearInRest ? x.doc.cite(at, at + what.length + yearInRest.index + yearInRest[0].length) : year ? x.doc.cite(s.start, at + what.length) : cite(x, s));
    if (!event.citations.length) continue;
    x.facts.events.push(event);
    x.doc.mention(event.id, 'event', at, at + what.length);
  }
}

/**
 * "On Thursday, a crush at the north gate injured 17 people" (rule event.incident-harmed): an incident named by its
 * word and where it happened, dated by its sentence's day (never a day of saying nor one to come), else by the only
 * past year its sentence writes (its month when written with it); one already read there, or in quoted words, is left alone.
 */
/** The place written after what an incident destroyed: " stalls at the Soweto Market in Katutura". */
const PLACE_AFTER = /^[^.;,]{0,40}?\s(?:at|in|near)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;

function harmedIncidents(x: PassContext): void {
  const publishedYear = Number(x.published.slice(0, 4));
  for (const m of x.matchesOutsideTitles(R.incidentHarmed.pattern)) {
    const what = m.groups!.incident!;
    const at = m.pos + m[0].indexOf(what);
    if (!actUntold(x, m)) continue;
    const s = x.doc.sentenceAt(m.pos);
    const day = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && !isDayOfSaying(s.text, d) && d.start <= x.published);
    const years = [...new Set([...s.text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((y) => y[1]!))];
    const year = years.length === 1 && Number(years[0]) < publishedYear ? years[0] : undefined;
    // "in December 2035": the past month its sentence writes, finer than the year alone.
    const month = year ? x.doc.dates.get(s.index)!.find((d) => d.precision === 'month' && d.start.startsWith(year)) : undefined;
    if (!day && !year) continue;
    // "a fire (that) destroyed 14 stalls at the Soweto Market": where it happened, written after what it destroyed.
    const after = !/\s(?:at|near|outside|inside|in|on|by)\s/u.test(what) ? PLACE_AFTER.exec(x.doc.text.slice(m.pos + m[0].length, s.end)) : null;
    const where = after?.[1];
    const event = proposeTold(x, s, { start: at, end: at + what.length }, { name: capitalize(where ? `${what} at ${where}` : what), kind: 'incident', rule: R.incidentHarmed.id, day, start: month?.start ?? year, precision: month ? 'month' : 'year' });
    if (event && after) {
      const from = m.pos + m[0].length + after.index + after[0].length - after[1]!.length;
      const place = x.doc.mentionsIn({ start: from, end: from + after[1]!.length }, 'place')[0];
      if (place) event.place_ids = [place.id];
    }
  }
}

/** What an incident told by a passive verb is called (rule event.incident-passive). */
const INCIDENT_OF_VERB: Record<string, string> = { stabbed: 'Stabbing', shot: 'Shooting', crushed: 'Crush', trampled: 'Crush', attacked: 'Attack', assaulted: 'Assault', beaten: 'Beating', arrested: 'Arrest', detained: 'Detention' };

/** An incident told by a passive verb, named by the act and where ("Attack at the construction site"), as ingest and the review's forms name it. */
export const passiveIncidentName = (groups: Record<string, string | undefined>) => `${INCIDENT_OF_VERB[(groups.verb ?? groups.arrest)!]}${groups.where ?? ''}`;

/**
 * "a man was stabbed near the main gate" (rule event.incident-passive): an incident named by the act and its
 * place, dated by the only past year its sentence writes, else by its day (never a day of saying).
 */
function passiveIncidents(x: PassContext): void {
  const publishedYear = Number(x.published.slice(0, 4));
  for (const m of x.matchesOutsideTitles(R.incidentPassive.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    if (x.doc.quoted(m.pos) || x.doc.mentions.some((e) => e.type === 'event' && e.start < m.pos + m[0].length && e.end > m.pos)) continue;
    const years = [...new Set([...s.text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((y) => y[1]!))];
    const year = years.length === 1 && Number(years[0]) < publishedYear ? years[0] : undefined;
    const day = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && !isDayOfSaying(s.text, d));
    if (!year && (years.length || !day)) continue;
    const name = passiveIncidentName(m.groups!);
    if (x.facts.events.some((e) => e.name === name)) continue;
    const event: EventDraft = { id: x.newId(name), name, kind: 'incident', start: year ?? day!.start, end: null, date_precision: year ? 'year' : 'day', derived: false, place_ids: [], figures: [], citations: [], rules: [R.incidentPassive.id] };
    if (!year) x.inferDate(event, day!);
    x.addCitation(event, cite(x, s));
    if (!event.citations.length) continue;
    x.facts.events.push(event);
    x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
  }
}

/** What an incident told by an act is called (rule event.incident-act), by its verb. */
const INCIDENT_OF_ACT: Record<string, string> = { pushed: 'Crowd push', surged: 'Crowd surge', stormed: 'Storming', 'broke away': 'Breakaway', clashed: 'Clashes', threw: 'Objects thrown', hurled: 'Objects thrown', sprayed: 'Vandalism', daubed: 'Vandalism', smashed: 'Vandalism' };
/** What a vehicle's accident is called by its verb. */
const VEHICLE_ACTS: Record<string, string> = { crashed: 'Crash', 'came down': 'Crash', collided: 'Collision', overturned: 'Overturning', derailed: 'Derailment', capsized: 'Capsizing', sank: 'Sinking' };
/** The vehicle with the words describing it ("a single-engine display plane" is "single-engine display plane"). */
const vehicleWords = (match: string, vehicle: string) => match.slice(0, match.lastIndexOf(vehicle) + vehicle.length).replace(/^(?:an?|the)\s+/iu, '');
/** Where an act happened, written right after it: "against Gate 3", "in front of the main stage". */
const ACT_PLACE = /^ (?:against|at|near|outside|into|towards|in front of) [^,.;]{1,50}?(?= (?:when|as|while|after|before|during|and|on)\b|[,.;]|$)/u;
/** The first place with a capitalised name later in a sentence: " near the abandoned village of Masany". */
const NAMED_PLACE_LATER = / (?:near|in|at|outside) (?:the )?(?:[\p{Ll}-]{1,30} ){0,3}?(?:of )?\p{Lu}[\p{L}'’-]{1,40}(?: \p{Lu}[\p{L}'’-]{1,40}){0,3}/u;

/**
 * "On Sunday night, a crowd pushed against Gate 3" (rule event.incident-act): an incident named by the act and
 * where it happened, dated by its sentence's day, one per sentence; a day of saying or a day to come dates none.
 */
function actIncidents(x: PassContext): void {
  const told = new Set<number>();
  for (const m of x.matchesOutsideTitles(R.incidentAct.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    if (told.has(s.index) || !actUntold(x, m)) continue;
    const days = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end && !isDayOfSaying(s.text, d) && d.start <= x.published);
    // "cancelled on Sunday after a plane crashed … on Saturday afternoon": the day told after the act is the act's.
    const day = days.find((d) => s.start + d.index > m.pos) ?? days[0];
    if (!day) continue;
    const event = actIncident(x, m, s, day.start);
    if (!event) continue;
    x.inferDate(event, day);
    told.add(s.index);
  }
}

/** Whether an act (rule event.incident-act) is outside quoted words and no event is read there yet. */
export const actUntold = (x: PassContext, m: RegExpExecArray & { pos: number }) =>
  !x.doc.quoted(m.pos) && !x.doc.mentions.some((e) => e.type === 'event' && e.start < m.pos + m[0].length && e.end > m.pos);

/**
 * What an incident told by an act (rule event.incident-act) is called, by the act and where it happened: "Riot at the
 * city prison", "Collapse of a barrier", "Crash of a display plane into a field", "Vandalism", as ingest and the
 * review's forms name it; `rest` is its sentence after the act's words.
 */
export function actIncidentName(m: RegExpExecArray, rest: string): string {
  const { thing, act, vehicle, crash, outbreak, started, struck } = m.groups as { thing?: string; act?: string; vehicle?: string; crash?: string; outbreak?: string; started?: string; struck?: string };
  // "The fire began on Saturday, May 3, in dry grass near the village of Masany": where it began is named later.
  const where = ACT_PLACE.exec(rest)?.[0] ?? (started ? NAMED_PLACE_LATER.exec(rest)?.[0] : undefined) ?? '';
  const word = outbreak ?? started ?? struck;
  if (word) return `${capitalize(word.toLowerCase())}${where}`;
  if (thing) return `Collapse of a ${thing}`;
  return vehicle ? `${VEHICLE_ACTS[crash!]} of a ${vehicleWords(m[0], vehicle)}${where}` : `${INCIDENT_OF_ACT[act!.startsWith('left') ? 'broke away' : act!]}${where}`;
}

/**
 * The incident an act tells (rule event.incident-act), named by the act and where it happened, on a day, citing
 * its sentence; proposed and mentioned, or undefined when one of that name, or of that day named on from it, is already proposed.
 */
export function actIncident(x: PassContext, m: RegExpExecArray & { pos: number }, s: Sentence, start: string): EventDraft | undefined {
  const name = actIncidentName(m, x.doc.text.slice(m.pos + m[0].length, s.end));
  // "Explosion" on the day of a proposed "Explosion at the refinery": that incident, told again.
  if (x.facts.events.some((e) => e.name === name || (e.kind === 'incident' && e.start === start && e.name.startsWith(`${name} `)))) return undefined;
  const event: EventDraft = { id: x.newId(name), name, kind: 'incident', start, end: null, date_precision: 'day', derived: false, place_ids: [], figures: [], citations: [], rules: [R.incidentAct.id] };
  x.addCitation(event, cite(x, s));
  if (!event.citations.length) return undefined;
  x.facts.events.push(event);
  x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
  return event;
}

/** Whether an incident is already read in a sentence ("… were injured in clashes between …"): the harm is its, not another's. */
const incidentIn = (x: PassContext, s: Sentence) =>
  x.doc.mentionsIn({ start: s.start, end: s.end }, 'event').some((e) => x.facts.events.find((f) => f.id === e.id)?.kind === 'incident');

/**
 * "In 2029 an elephant broke from the procession … and injured 14 spectators" (rule event.past-harm): an incident
 * named by the act (its article dropped), dated by the past year written before it; an act already read as an
 * event, one in quoted words or one of a year still to come is left alone.
 */
function pastHarmIncidents(x: PassContext): void {
  const publishedYear = Number(x.published.slice(0, 4));
  for (const m of x.matchesOutsideTitles(R.pastHarm.pattern)) {
    const { year, act } = m.groups as { year: string; act: string };
    const s = x.doc.sentenceAt(m.pos);
    if (Number(year) >= publishedYear || !actUntold(x, m) || incidentIn(x, s)) continue;
    // "In 2026, when bottles were thrown …": the act is named without its "when".
    const name = capitalize(act.replace(/^(?:when\s+)?(?:(?:a|an|the)\s+)?/iu, '').trim());
    if (x.facts.events.some((e) => e.name === name)) continue;
    const event: EventDraft = { id: x.newId(name), name, kind: 'incident', start: year, end: null, date_precision: 'year', derived: false, place_ids: [], figures: [], citations: [], rules: [R.pastHarm.id] };
    x.addCitation(event, x.doc.cite(m.pos, m.pos + m[0].length));
    if (!event.citations.length) continue;
    x.facts.events.push(event);
    x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
  }
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The start an incident of rule event.harm-when is dated by: its past year, or the last such month up to publication (derived, with a note). */
function harmWhenStart(x: PassContext, g: Record<string, string | undefined>): { start: string; precision: 'year' | 'month'; note?: string } | undefined {
  const [year, month] = x.published.split('-').map(Number) as [number, number];
  const stated = g.year ?? g.year_when;
  if (stated) return Number(stated) < year ? { start: stated, precision: 'year' } : undefined;
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase() === g.month!.toLowerCase()) + 1;
  const inYear = index <= month ? year : year - 1;
  return { start: `${inYear}-${String(index).padStart(2, '0')}`, precision: 'month', note: `year of '${g.month}' taken as the last ${g.month} up to the publication date ${x.published}` };
}

/**
 * "two pilgrims were killed in 2027 when a van ran into the procession" (rule event.harm-when): an incident named
 * by the act, dated by its past year or month; an act already read as an event, or in quoted words, is left alone.
 */
function harmWhenIncidents(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.harmWhen.pattern)) {
    const g = m.groups as Record<string, string | undefined>;
    const act = (g.act ?? g.act_when ?? g.act_month)!;
    const dated = harmWhenStart(x, g);
    // The act must be free; its year may be an edition's mention already ("the final in 2031, when …").
    const at = m.pos + m[0].indexOf(act);
    const actRead = x.doc.mentions.some((e) => e.type === 'event' && e.start < at + act.length && e.end > at);
    if (!dated || x.doc.quoted(m.pos) || actRead || incidentIn(x, x.doc.sentenceAt(m.pos))) continue;
    const name = capitalize(act.replace(/^(?:a|an|the|their)\s+/iu, '').trim());
    if (x.facts.events.some((e) => e.name === name)) continue;
    const event: EventDraft = { id: x.newId(name), name, kind: 'incident', start: dated.start, end: null, date_precision: dated.precision, derived: false, place_ids: [], figures: [], citations: [], rules: [R.harmWhen.id] };
    if (dated.note) x.infer(event, dated.note);
    x.addCitation(event, x.doc.cite(m.pos, m.pos + m[0].length));
    if (!event.citations.length) continue;
    x.facts.events.push(event);
    x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
  }
}

/** "the Lakeside Cup, a judo tournament … at the Sports Palace" (rule event.place-in-description): the place its description gives. */
function placesInDescriptions(x: PassContext): void {
  for (const event of x.facts.events) {
    for (const m of x.doc.mentions.filter((mention) => mention.id === event.id)) {
      const place = x.doc.mentionsIn({ start: m.end, end: m.end + 160 }, 'place').find((p) => R.placeInDescription.pattern.test(x.doc.text.slice(m.end, p.start)));
      if (!place || event.place_ids.includes(place.id)) continue;
      event.place_ids = [place.id, ...event.place_ids];
      x.addCitation(event, x.doc.cite(m.start, place.end));
      x.ruled(event, R.placeInDescription.id);
    }
  }
}

/**
 * An event's place named right after its name (rule event.place-after-name): "an open-air Mass at the lake
 * stadium", so another article's Mass there is the same; "the Lakeside Eclipse Festival on Monte Verde"; "the
 * Harbour Cup, which Lakeside will play against Eastby at the Harbour Stadium".
 */
function placesAfterNames(x: PassContext): void {
  for (const event of x.facts.events.filter((e) => !e.place_ids.length)) {
    for (const m of x.doc.mentions.filter((mention) => mention.id === event.id)) {
      const at = R.placeAfterName.pattern.exec(x.doc.text.slice(m.end, m.end + 160));
      const place = at && x.doc.mentionsIn({ start: m.end, end: m.end + at[0].length + 60 }, 'place').find((p) => p.start === m.end + at[0].length);
      if (!place) continue;
      event.place_ids = [place.id];
      x.addCitation(event, x.doc.cite(m.start, place.end));
      x.ruled(event, R.placeAfterName.id);
      break;
    }
  }
}

/** A burial told without a day in a story about a funeral follows it: the funeral's day, derived, the note says so. */
function burialDay(x: PassContext, main: EventDraft): void {
  if (!/^Funeral\b/.test(main.name) || !main.start || main.date_precision !== 'day') return;
  for (const burial of x.facts.events.filter((e) => /^Burial\b/.test(e.name) && !e.start)) {
    Object.assign(burial, { start: main.start, date_precision: 'day' });
    x.infer(burial, `date of the burial taken from the ${main.name.toLowerCase().startsWith('funeral') ? 'funeral' : main.name} it follows, ${main.start}`);
  }
}

/** The day of the calendar nearest the publication date on which a fixed-day event falls ("12-31" in a story of 2037-01-02 is 2036-12-31). */
function nearestDay(monthDay: string, published: string): string {
  const year = Number(published.slice(0, 4));
  const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return [year - 1, year, year + 1].map((y) => `${y}-${monthDay}`).sort((a, b) => Math.abs(days(a) - days(published)) - Math.abs(days(b) - days(published)))[0]!;
}

/**
 * An event held on one day of the calendar ("New Year's Eve") falls on that day nearest the publication date,
 * whatever weekday another clause names ("told reporters on Tuesday"), and an earlier edition on that day of its
 * year: dated by the calendar, derived, with a note.
 */
function fixedDays(x: PassContext): void {
  for (const event of x.facts.events) {
    // "2035 New Year's Eve", an earlier edition, falls on that day of its own year.
    const edition = /^(?<year>\d{4}) (?<name>.+)$/u.exec(event.name)?.groups;
    const monthDay = FIXED_DAYS[edition?.name ?? event.name];
    if (!monthDay || (event.start && !event.derived && event.start.slice(5) === monthDay)) continue;
    const day = edition ? `${edition.year}-${monthDay}` : nearestDay(monthDay, x.published);
    if (event.start === day) continue;
    const which = edition ? `in ${edition.year}` : `nearest the publication date ${x.published}`;
    Object.assign(event, { start: day, end: null, date_precision: 'day', derived: true, note: `The date is inferred: ${edition?.name ?? event.name} is held on ${monthDay} every year, and this is the day ${which}.` });
  }
}

/** "The Harbour Ridge Fire was first reported … on Sunday" (rule event.named-fire): an incident of its name, on the day its sentence writes. */
function namedFires(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.namedFire.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const day = x.doc.quoted(m.pos) ? undefined : clauseDay(x, s, m.pos);
    if (day) proposeTold(x, s, { start: m.pos, end: m.pos + m.groups!.name!.length }, { name: m.groups!.name!, kind: 'incident', rule: R.namedFire.id, day });
  }
}

export function eventDetails(x: PassContext): void {
  fixedDays(x);
  const main = x.mainEvent;
  if (main) durationEnded(x, main);
  if (main && !main.start) nthDayOf(x, main);
  const weekend = main && mainPeriodAndPlaces(x, main);
  if (main && !main.start) periodWhen(x, main);
  if (main && !main.start) mainDay(x, main);
  if (main && weekend && !main.start) {
    Object.assign(main, { start: weekend.range.start, end: weekend.range.end, date_precision: 'day' });
    x.inferDate(main, weekend.range);
    x.addCitation(main, cite(x, weekend.s));
  }
  if (main && !main.start) mainSceneDay(x, main);
  if (main && !main.start) mainMonth(x, main);
  if (main) runsUntil(x, main);
  if (main) burialDay(x, main);
  placesAfterNames(x);
  placesInEventNames(x);
  placesInDescriptions(x);
  if (main) figures(x, main);
  ceremonies(x, main);
  otherCeremonies(x);
  announcements(x);
  verdicts(x);
  kidnappings(x);
  thrownAt(x);
  emergenciesDeclared(x);
  mourningDays(x);
  sidesMeeting(x);
  resultsAnnouncements(x);
  incidents(x);
  namedFires(x);
  toldIncidents(x);
  harmedIncidents(x);
  passiveIncidents(x);
  actIncidents(x);
  pastHarmIncidents(x);
  harmWhenIncidents(x);
  gatheringsInPassing(x);
}
