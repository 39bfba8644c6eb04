// Dates in an article: absolute ones through chrono-node, ranges written "from the 6th to the 22nd of
// February" and weekdays ("on Tuesday", "the preceding Saturday") by own rules, resolved against the
// publication date or the date the sentence refers back to. Anything inferred is marked derived, and `note`
// says what was inferred from what, in words a fact's note can carry.
// The English locale only: importing every locale cost ~0.25 s of CPU at start-up.
import * as chrono from 'chrono-node/en';
import { parseNumber } from '../lib/numbers.js';
import { PLACE_HEADS } from './lexicon.js';
import { EVENT_RULES } from './rules/events.js';

export interface FoundDate {
  start: string; end: string | null; precision: 'day' | 'month' | 'year'; derived: boolean; index: number; text: string;
  /** What was inferred (derived dates only): "year of 'the 6th of February' taken from the publication date 2026-02-01". */
  note: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month's name, whole or short, as a bare alternation; in a group of its own, captured or not. */
const MONTH_NAMES = `${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec`;
const MONTH_WORD = `(?:${MONTH_NAMES})`;
const MONTH = `(${MONTH_NAMES})`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const pad = (n: number) => String(n).padStart(2, '0');
/** The written date closing a range chrono read from a weekday ("Friday to April 27"), as a date of its own. */
function writtenRangeEnd(result: Pick<chrono.ParsedResult, 'end' | 'text' | 'index'>, published: string): FoundDate | undefined {
  const end = result.end;
  const written = end?.isCertain('month') && end.isCertain('day') ? LAST_MONTH_DAY.exec(result.text) : null;
  if (!end || !written) return undefined;
  const year = end.isCertain('year') ? end.get('year')! : inferYear(end.get('month')! - 1, end.get('day')!, published);
  const start = validDay(year, end.get('month')! - 1, end.get('day')!);
  const at = result.index + written.index + written[0].length - written[1]!.length;
  return start ? { start, end: null, precision: 'day', derived: !end.isCertain('year'), index: at, text: written[1]!, note: end.isCertain('year') ? null : yearNote(written[1]!, year, published) } : undefined;
}

/** The written date closing a range chrono read from a weekday ("Friday to April 27"): "April 27". */
const LAST_MONTH_DAY = new RegExp(`(?:^|\\s)(${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*$`, 'iu');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const monthIndex = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3)));
const utc = (value: string) => new Date(`${value}T12:00:00Z`);
export const addDays = (value: string, days: number) => iso(new Date(utc(value).getTime() + days * 86_400_000));

/** A weekday written before a day's number in a range ("from Friday, 6 to Sunday, 22 February"). */
const WEEKDAY_BEFORE = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?';
/** Ranges chrono reads as one end only, with the capture groups of their first day, last day, month and year. */
const RANGES: Array<{ pattern: RegExp; first: number; last: number; month: number; year: number }> = [
  // from the 6th to the 22nd of February (2026), from Friday, 6 to Sunday, 22 February
  { pattern: new RegExp(`\\bfrom (?:the )?${WEEKDAY_BEFORE}${DAY} (?:to|until|through) (?:the )?${WEEKDAY_BEFORE}${DAY}(?: of)? ${MONTH}(?:,? (\\d{4}))?`, 'gi'), first: 1, last: 2, month: 3, year: 4 },
  // between 6 and 22 February
  { pattern: new RegExp(`\\bbetween (?:the )?${WEEKDAY_BEFORE}${DAY} and (?:the )?${WEEKDAY_BEFORE}${DAY}(?: of)? ${MONTH}(?:,? (\\d{4}))?`, 'gi'), first: 1, last: 2, month: 3, year: 4 },
  // from February 6 to 22
  { pattern: new RegExp(`\\b(?:from|between) ${MONTH} ${DAY}(?: to|-|–| and) ${DAY}(?:,? (\\d{4}))?`, 'gi'), first: 2, last: 3, month: 1, year: 4 },
];

/** The year of a month/day without one: the publication year, or the next if the date would be long past. */
function inferYear(month: number, day: number, published: string): number {
  const year = Number(published.slice(0, 4));
  const candidate = `${year}-${pad(month + 1)}-${pad(day)}`;
  return candidate < addDays(published, -270) ? year + 1 : year;
}

/** The note of a date whose year the text leaves out: where the year came from. */
function yearNote(text: string, year: number, published: string): string | null {
  const from = year === Number(published.slice(0, 4)) ? 'taken from' : 'taken as the year after';
  return `year of '${text}' ${from} the publication date ${published}`;
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m, d, 12));
  return date.getUTCMonth() === m && date.getUTCDate() === d ? iso(date) : null;
}

/** A weekday written with its date (rule date.weekday-written-ahead): "Saturday, December 17", "Thursday 8 December 2044". */
const WEEKDAY_WITH_DATE = EVENT_RULES.weekdayWrittenAhead.pattern;
/** How far ahead of the publication a written weekday's date may lie to be the one a bare weekday names: within its week. */
const WEEK_AHEAD = 6;

/**
 * The days of the coming week an article writes with their weekday ("runs from Thursday, December 8, to Sunday,
 * December 11"), by weekday: a bare "Thursday" elsewhere in the article that no tense places is that Thursday
 * (rule date.weekday-written-ahead). A weekday written with a date that is not its day names none.
 */
export function writtenDaysAhead(text: string, published: string): ReadonlyMap<number, FoundDate> {
  const days = new Map<number, FoundDate>();
  for (const m of text.matchAll(WEEKDAY_WITH_DATE)) {
    const { weekday: name, day = m.groups!.day_after!, month = m.groups!.month_first!, year } = m.groups!;
    const monthIndex = MONTHS.findIndex((full) => full.startsWith(month.toLowerCase().slice(0, 3)));
    const start = validDay(year ? Number(year) : inferYear(monthIndex, Number(day), published), monthIndex, Number(day));
    const weekday = WEEKDAYS.indexOf(name!.toLowerCase());
    if (!start || utc(start).getUTCDay() !== weekday || start <= published || start > addDays(published, WEEK_AHEAD)) continue;
    // Within six days ahead, a weekday has one date: the first writing of it is as good as any.
    if (!days.has(weekday)) days.set(weekday, { start, end: null, precision: 'day', derived: true, index: 0, text: m[0], note: null });
  }
  return days;
}

/** A weekday named alone ("on Thursday", "Saturday"), as a weekday counted from the publication date is found. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/iu;

/** The speech verb (and its "that") last before a weekday: the reported words after it carry the weekday's tense. */
const SPEECH_OPENING = /\b(?:said|says|told\s+\p{L}+|announced|added|warned)\b(?:[^.;"“”]{0,40}?\bthat\b)?/giu;

/**
 * The written day of the coming week a bare weekday names, when its words tell no past: in the reported words
 * after a speech verb ("said on Sunday that they would sail past the start line on Thursday morning"), else in
 * the whole sentence ("go into Saturday's final"). Counter-example: "police arrested 12 people at Saturday's march"
 * is the Saturday before, whatever day ahead the article writes.
 */
function writtenAhead(written: FoundDate | undefined, sentence: string, weekday: RegExpExecArray): FoundDate | undefined {
  if (!written) return undefined;
  const opening = [...sentence.slice(0, weekday.index).matchAll(SPEECH_OPENING)].at(-1);
  const told = opening ? sentence.slice(opening.index + opening[0].length) : sentence;
  if (PAST.test(told)) return undefined;
  return { ...written, index: weekday.index, text: weekday[0], note: `date of '${weekday[0]}' taken from '${written.text}', which the article writes` };
}

/** "until" or "till" right before a weekday. */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/iu;
/** "since" right before a weekday. */
const SINCE_BEFORE = /\bsince\s+$/iu;

/**
 * Weekday words: before the anchor for "last/preceding/previous" or past tense, after it for "next/following" or
 * future tense. A bare past weekday that is the publication's own ("did not join Saturday's march" in news of a
 * Saturday) is that day: news names the day of what happened today by its weekday, and one a week back by "last".
 */
function weekdays(sentence: string, anchor: string, anchorIs: string, future: boolean, fromPublication: boolean, written?: ReadonlyMap<number, FoundDate>): FoundDate[] {
  const found: FoundDate[] = [];
  const thisWeek = fromPublication && THIS_WEEK.test(sentence);
  const pattern = /\b(?:(last|preceding|previous|past|next|following|coming|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
  const spoken = daysOfSaying(sentence);
  const presentScheduled = scheduledPresentDays(sentence);
  const toldPast = [...sentence.matchAll(POSSESSIVE_TOLD_PAST)].map((p) => p.index);
  let ahead: FoundDate | undefined;
  for (let m; (m = pattern.exec(sentence));) {
    const word = m[1]?.toLowerCase();
    const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const current = utc(anchor).getUTCDay();
    // "…, the director said on Monday": the day of a past speech verb is past, whatever the tense of the news.
    const saidOn = PAST_SPEECH_BEFORE.test(sentence.slice(Math.max(0, m.index - 45), m.index)) || spoken.some((at) => at === m!.index);
    const scheduled = SCHEDULED_ON.test(sentence.slice(Math.max(0, m.index - 60), m.index)) || PREPARED_FOR_ON.test(sentence.slice(Math.max(0, m.index - 90), m.index)) || presentScheduled.includes(m.index + m[0].length) || (/^On\s+$/u.test(sentence.slice(0, m.index)) && FIXTURE_AFTER.test(sentence.slice(m.index + m[0].length)));
    const happened = happenedBefore(sentence.slice(Math.max(0, m.index - 60), m.index)) || toldPast.includes(m.index);
    // "opens … on Friday, moves to … on Sunday and closes … next Wednesday": a weekday after one counted forward in
    // its sentence comes after it (the same weekday bare is the same day, with "next" the one a week on).
    const following = (!word || word === 'next') && !saidOn && !happened && ahead !== undefined && !PAST_VERB_ON.test(sentence.slice(Math.max(0, m.index - 40), m.index));
    if (following) {
      const fromDay = utc(ahead!.start).getUTCDay();
      const step = (target - fromDay + 7) % 7 || (word ? 7 : 0);
      found.push(ahead = { start: addDays(ahead!.start, step), end: null, precision: 'day', derived: true, index: m.index, text: m[0], note: `date of '${m[0]}' counted forward from the day before it in its sentence, ${ahead!.start}` });
      continue;
    }
    // "banned boats from the bay until Wednesday": a measure still in force runs to the coming day, whatever the tense of
    // its imposing, unless a day before it in the sentence was counted back ("closed from Monday until Wednesday").
    const untilAhead = !word && found.length === 0 && UNTIL_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)) && !/\bhad\b/u.test(sentence);
    // "suspended since Saturday": what has gone on since a day began before the news.
    const since = SINCE_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index));
    const after = word ? ['next', 'following', 'coming'].includes(word) || (word === 'this' && future) : (future || scheduled || untilAhead) && !saidOn && !happened && !since;
    const writtenDay = !after && !word && fromPublication && !saidOn && !happened && !since ? writtenAhead(written?.get(target), sentence, m) : undefined;
    if (writtenDay) { found.push(writtenDay); continue; }
    // A speech "on Monday" in news published on a Monday is that day; other past weekdays are the last one before.
    // A bare weekday ahead that is the publication's own ("has closed the square from 6 p.m. on Wednesday" in
    // Wednesday's news) is that day: news names a day a week ahead "next Wednesday" or by its date.
    let delta = after ? (target - current + 7) % 7 || (fromPublication && !word ? 0 : 7) : -((current - target + 7) % 7 || (saidOn || (fromPublication && !word) ? 0 : 7));
    // "reaches its climax this weekend with the parade on Friday": a weekday of the publication's own week.
    const inThisWeek = thisWeek && !word && !saidOn && !happened && !PAST_VERB_ON.test(sentence.slice(Math.max(0, m.index - 40), m.index));
    if (inThisWeek) delta = current === 0 && target === 6 ? -1 : (target - current + 7) % 7;
    if (word === 'this' && !future && target === current) delta = 0;
    const note = inThisWeek ? `date of '${m[0]}' taken in the week of ${anchorIs} ${anchor}, which the sentence calls this week` : `date of '${m[0]}' counted ${after ? 'forward' : 'back'} from ${anchorIs} ${anchor}${after && delta === 0 ? ', the same day' : ''}`;
    const date: FoundDate = { start: addDays(anchor, delta), end: null, precision: 'day', derived: true, index: m.index, text: m[0], note };
    found.push(date);
    if (after) ahead = date;
  }
  return found;
}

/**
 * A timetable's present tense right before a weekday: "the festival opens in the city on Friday", "the
 * semi-finals take place at the St. Mary arena on Tuesday", "the president arrives in the capital on Tuesday", "the city
 * elects a new mayor on Tuesday", "voters go to the polls on Sunday", "delegates meet in the capital from Friday",
 * "the country swears in its president on Friday", "the race is run on Saturday", "the island stops for a horse race on
 * Saturday", "the programme continues on Thursday" tell what is to come, so the weekday (and one joined to it by "and")
 * counts forward. Counter-example: "the festival opened on Friday" (past) counts back.
 */
const SCHEDULED_ON = /\b(?:opens|begins|starts|continues|kicks\s+off|takes\s+place|take\s+place|gets\s+under\s+way|arrives|arrive|elects|vote|goes\s+to\s+the\s+polls|go\s+to\s+the\s+polls|meet|convene|swears\s+in|(?:is|are)\s+(?:run|held|played|staged)|stops\s+for)\b(?:[^.;,]|\b(?:St|Mt|Dr)\.){0,40}?\s(?:on|from)\s+(?:the\s+)?(?:[a-z]+day\s+(?:and|or)\s+)?$/i;

/**
 * What people prepare for is still to come, whatever the tense of the preparing: "officials prepared for the
 * procession on Wednesday", "the city braced for the derby on Sunday", "ahead of the final on Saturday" count the
 * weekday after the name forward. Counter-example: "officials prepared the report on Monday" (no "for").
 */
const PREPARED_FOR_ON = /\b(?:prepared\s+for|preparing\s+for|prepares\s+for|braced\s+for|bracing\s+for|getting\s+ready\s+for|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?(?:[^\s.;,]+\s+){1,8}?on\s+$/i;

/** "In 2028" opening a clause: a past year the clause is told in ("which began in 2019" tells only its own verb's). */
const IN_YEAR = /^\s*(?:In|During)\s+((?:19|20)\d{2})\b/u;

/**
 * "In 2028 about 3,800 officers worked Carnival Monday and Tuesday; this year …": whether the clause (between
 * semicolons) around an offset of a sentence opens with a past year, so that what it tells is of that year.
 */
export function clauseInPastYear(sentence: string, at: number, published: string): boolean {
  const clauseStart = sentence.lastIndexOf(';', at) + 1;
  const clauseEnd = sentence.indexOf(';', at) < 0 ? sentence.length : sentence.indexOf(';', at);
  const year = IN_YEAR.exec(sentence.slice(clauseStart, clauseEnd))?.[1];
  return !!year && Number(year) < Number(published.slice(0, 4));
}

/** A bare weekday in a clause opened by a past year is a day of that year, which no count from the publication date can find: it dates nothing. */
const inPastYear = (sentence: string, weekday: FoundDate, published: string) => !/^(?:next|following|coming|this|last)\s/i.test(weekday.text) && clauseInPastYear(sentence, weekday.index, published);

/** A weekday's possessive whose gathering its own clause tells in the past (rule date.possessive-told-past): "Sunday's derby … ended 2-1". */
const POSSESSIVE_TOLD_PAST = EVENT_RULES.possessiveToldPast.pattern;

/** Where the weekdays a timetable's present tense schedules end (rule date.scheduled-present), the words between told in no past word. */
const scheduledPresentDays = (sentence: string) => [...sentence.matchAll(EVENT_RULES.scheduledPresent.pattern)]
  .filter((m) => !PAST.test(m[0])).map((m) => m.index + m[0].length);

/**
 * A fixture's present tense after a weekday opening the sentence: "On Saturday, Eastland play Northland in a
 * qualifier", "On Sunday, the champions host the league leaders" is a match to come, counted forward.
 * Counter-example: "On Saturday, Eastland played Northland" (past) counts back.
 */
const FIXTURE_AFTER = /^,\s+[^.;,]{1,50}?\s(?:play|plays|face|faces|host|hosts|meet|meets|take\s+on|takes\s+on)\s/iu;

/**
 * A gathering's past verb right before a weekday: "marched through the centre on Saturday" happened,
 * whatever a later clause says of the future ("…, which unions say will cut funding"), so it counts back.
 */
const HAPPENED_ON = /\b(?:marched|rallied|gathered|protested|demonstrated|clashed|took\s+place|(?:was|were)\s+held)\b[^.;,]{0,40}?\son\s+(?:the\s+)?$/i;

/**
 * An act of going, coming, starting or ending told in the simple past right before a weekday, not after a word of the
 * future in its clause: "teachers went back to their classrooms on Thursday", "the crews returned on Monday" happened,
 * whatever a later clause says of the future ("…, but the union warned the deal would be tested"). Only these verbs:
 * a participle ("their shared border on Thursday") is no act told. Counter-examples: "a march planned on Saturday",
 * "the road will be closed on Sunday", "is expected to be reopened on Monday" are to come.
 */
const PAST_ACT_ON = /\b(?:went|came|returned|travell?ed|left|arrived|resumed|met|began|ended|stopped|walked|drove|sailed|flew)\b[^.;,]{0,40}?\son\s+(?:the\s+)?$/u;
const FUTURE_WORD_BEFORE = /\b(?:will|would|shall|to|be|been|being|is|are|due)\s+(?:\p{L}+\s+){0,2}$/u;
/** Whether the words before a weekday tell an act that happened (HAPPENED_ON, PAST_ACT_ON). */
function happenedBefore(before: string): boolean {
  if (HAPPENED_ON.test(before)) return true;
  const act = PAST_ACT_ON.exec(before);
  return act !== null && !FUTURE_WORD_BEFORE.test(before.slice(0, act.index));
}

/**
 * Where the sentence's days of saying start (rule date.day-of-saying): "the figure given by the minister on
 * Tuesday", "announced on Tuesday" date the words, never what they tell of.
 */
export function daysOfSaying(sentence: string): number[] {
  return [...sentence.matchAll(DAY_OF_SAYING)].map((m) => m.index + m[0].length - m.groups!.day!.length);
}

/** Whether a date found in a sentence is a day of saying (its weekday is one daysOfSaying finds). */
export const isDayOfSaying = (sentence: string, date: FoundDate) => daysOfSaying(sentence).some((at) => at >= date.index && at < date.index + date.text.length);

const DAY_OF_SAYING = EVENT_RULES.daySpoken.pattern;
/** A gathering or protest still to come in reported speech (rule date.future-reported): "said it would instead hold a rally". */
const FUTURE_REPORTED = new RegExp(EVENT_RULES.futureReported.pattern.source, EVENT_RULES.futureReported.pattern.flags.replace('g', ''));

/** A programme's line opening with its weekday (rule event.programme-day): "* Friday: from the chapel to the cathedral" lists a day to come. */
const PROGRAMME_LINE = new RegExp(EVENT_RULES.programmeDay.pattern.source, EVENT_RULES.programmeDay.pattern.flags.replace('g', ''));
/** A programme's line opening with a name, then its weekday (rule event.programme-named): "1. Lantern Night, the eve, on Friday: …" lists a day to come. */
const PROGRAMME_NAMED_LINE = new RegExp(EVENT_RULES.programmeNamed.pattern.source, EVENT_RULES.programmeNamed.pattern.flags.replace('g', ''));
const isProgrammeLine = (sentence: string, listItem = false) => PROGRAMME_LINE.test(sentence) || PROGRAMME_NAMED_LINE.test(listItem ? `1. ${sentence}` : sentence);
/** A numbered list's number, a sentence of its own ("2."). */
const LIST_NUMBER = /^\s*\d{1,2}[.)]\s*$/;

/** A sentence about the publication's own week: its bare weekdays are that week's days. */
const THIS_WEEK = /\bthis\s+week(?:end)?\b/i;
/** A past verb right before a weekday in its clause ("opened on Sunday"): the day is past. */
const PAST_VERB_ON = /\b\p{L}+ed\s+(?:[^\s.;,]+\s+){0,3}?on\s+(?:the\s+)?$/iu;

export const PAST_SPEECH_BEFORE = /\b(?:said|told|announced|stated|added|confirmed|declared|warned|explained|noted|insisted)\s+(?:(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference|parliament|(?:in|at)\s+an?\s+(?:statement|release|post|briefing|news\s+conference|press\s+conference))\s+)?on\s+$/i;
const WRITTEN_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const FUTURE = /\b(?:will|(?:may|must|cannot|can|shall)\s+(?:not\s+)?be|planned|plans\s+(?:to|an?|another|its|their)\b|(?<!\b(?:an?\s(?:[\w-]+\s){0,3}|(?:the|its|their|his|her)\s|\w['’]s\s))plan\s+to|scheduled|is due|are due|to be held|upcoming|forthcoming|set to|(?:is|are) expected (?:to|on)|ha(?:s|ve) (?:called|organi[sz]ed|registered|announced|planned|closed|banned|ordered|imposed|restricted|suspended)|is calling|are calling|would (?:be|hold|stage|march|rally|gather|take place|go ahead)|would (?:(?:also|then|still|again|only|now|later) )?(?:seal|close|ban|bar|open|reopen|deploy|send|guard|patrol|search|check|screen|keep|let|run|stop|block|shut|start|begin|end|finish|resume|meet|travel|visit|arrive|leave|stay|remain|return|cross|pass|lead|join|attend|perform|play|host|escort|divert|restrict|suspend|cordon|fence|set up|put|post|station|monitor|watch)\b|would have (?!(?:been|had|made|come|gone|run|done|got|put|set|let|cut|hit|kept|left|lost|met|paid|said|sent|spent|told|won)\b)(?!\p{L}+(?:ed|en|wn)\b))\b/iu;
const REFERS_BACK = /\b(?:preceding|previous|following)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/**
 * Words that open another clause between a weekday and a written date: there the date is another thing's.
 * "marched on Wednesday …, and the unions said they would strike again on June 14" keeps its Wednesday,
 * though June 14 is a Wednesday too.
 */
const OTHER_CLAUSE = /\b(?:said|says|told|added|announced)\b|;|,\s+and\b/;

/** How near a written date must stand to a weekday to be its date ("on Saturday, the 14th of March"), in characters. */
const NEAR_WEEKDAY = 25;

/**
 * Whether a written date is the day a weekday names: it falls on that weekday in the same clause, or stands right next to it.
 * Then the weekday is not counted from the publication date: "on Saturday (14 March)" is 14 March, and
 * "will march on Saturday, March 14" cannot be counted back to the Saturday before.
 * Counter-example: "said on Monday that the fair opens on June 3" keeps Monday (June 3 is another day, far off).
 */
export function namesDay(date: FoundDate, weekday: FoundDate, sentence?: string): boolean {
  const day = WEEKDAYS.indexOf((weekday.text.match(/\w+/g)?.at(-1) ?? '').toLowerCase());
  const gap = date.index > weekday.index ? date.index - (weekday.index + weekday.text.length) : weekday.index - (date.index + date.text.length);
  const between = sentence?.slice(Math.min(date.index, weekday.index), Math.max(date.index, weekday.index)) ?? '';
  // "from Friday to April 27": a range's two ends, not one day named twice.
  return (utc(date.start).getUTCDay() === day && !OTHER_CLAUSE.test(between)) || (gap <= NEAR_WEEKDAY && !RANGE_BETWEEN.test(between));
}

/** Words that join a range's two ends: "Friday to April 27", "Saturday until April 26". */
const RANGE_BETWEEN = /\s(?:to|until|till|through)\s/iu;

/** Words that put a sentence in the past: then a bare weekday is the last one before publication ("staged", not "will be staged"). */
export const PAST = /\b(?:was|were|had|did|took place|dropped|rose|fell|said|told|announced|reported|happened|began|ended|marched|gathered|arrested|detained|injured|killed|clashed|opened|closed|blocked|occupied|stormed|fired|cleared|evacuated|rescued|died|fled|struck|flooded|burned|walked|won|lost|beat|signed|threw|fought|stopped|dispersed|arrived|visited|promised|(?<!\bbe\s)(?:staged|protested|rallied|demonstrated))\b/i;

/**
 * A sentence with no tense cue in a text whose last stated date lies ahead of publication is about that
 * plan: "The parade starts on Saturday" after "The carnival opens on the 14th of March" counts forward.
 * Counter-example: "Police arrested two men on Saturday" (past) counts back whatever was stated before.
 */
const aheadOfPublication = (sentence: string, context: DateContext) => context.anchor !== null && context.anchor > context.published && !PAST.test(sentence);

export interface DateContext {
  published: string;
  /** the last day-precise date the text stated before this sentence */
  anchor: string | null;
  /** the day of the programme line right before this sentence, when it was one */
  programmeDay?: string | null;
  /** the sentence is an item of a numbered list, its number ("2.") a sentence before it */
  listItem?: boolean;
  /** the days of the coming week the article writes with their weekday (writtenDaysAhead), by weekday (0 Sunday) */
  written?: ReadonlyMap<number, FoundDate>;
}

const PROGRAMME_WEEKDAY = /^(?:(?:[*•-]|\d{1,2}[.)])[^\S\n]+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/**
 * A programme line's own weekday ("Sunday - screenings on the avenue"): a programme runs in order, so it is the
 * first such day after the line before's, and the first line's is counted forward from publication (the
 * publication's own weekday being that day), derived, the note saying so. A line whose weekday a written date
 * follows ("Saturday, November 6 - …") is that date, read as any other.
 */
function programmeLineDay(sentence: string, context: DateContext, found: FoundDate[]): FoundDate | null {
  const m = PROGRAMME_LINE.test(sentence) ? PROGRAMME_WEEKDAY.exec(sentence) : null;
  if (!m || found.some((d) => d.precision === 'day' && d.index <= m[0].length + 3)) return null;
  const previous = context.programmeDay ?? null;
  const from = previous ?? context.published;
  const delta = (WEEKDAYS.indexOf(m[1]!.toLowerCase()) - utc(from).getUTCDay() + 7) % 7 || (previous ? 7 : 0);
  const index = m[0].length - m[1]!.length;
  const note = `date of '${m[1]}' counted forward from ${previous ? `the day of the programme's line before, ${previous}` : `the publication date ${from}`}`;
  return { start: addDays(from, delta), end: null, precision: 'day', derived: true, index, text: m[1]!, note };
}

/**
 * "this weekend", "the coming weekend": the Saturday and Sunday of the publication's week (the one just begun
 * when it is published on a Sunday), derived, the note says so. Counter-example: "every weekend" is no date.
 */
function weekendOf(sentence: string, published: string): FoundDate | null {
  const found = WEEKEND.exec(sentence);
  if (!found) return null;
  const day = utc(published).getUTCDay();
  const sunday = addDays(published, day === 0 ? 0 : 7 - day);
  // "the three days of this weekend", "this three-day weekend": the weekend's days counted back from its Sunday (Friday to Sunday).
  const days = parseNumber(found.groups!.count ?? found.groups!.counted ?? 'two')!;
  const start = addDays(sunday, 1 - days);
  const first = WEEKDAYS[8 - days]!;
  const which = days === 2 ? 'the Saturday and Sunday' : `the ${first[0]!.toUpperCase()}${first.slice(1)} to the Sunday`;
  return { start, end: sunday, precision: 'day', derived: true, index: found.index, text: found[0], note: `dates of '${found[0]}' taken as ${which} of the week of the publication date ${published}` };
}

/** "this weekend", "the three days of this weekend", "this three-day weekend". */
const WEEKEND = /\b(?:(?:the\s+)?(?<count>two|three|four)\s+days\s+of\s+)?(?:this|the\s+coming)\s+(?:(?<counted>two|three|four)-day\s+)?weekend\b/iu;

/** A day written with its month, in either order, maybe with its year ("Nov. 4", "4 November 2027"). */
const DAY_OF_MONTH = new RegExp(`\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH_WORD}\\.?(?:,? \\d{4})?|${MONTH_WORD}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?`, 'i');

/**
 * chrono reads a time with its day as one ("at 11 a.m. on Nov. 4"): the day is kept, its words only; a
 * time alone ("at 11 a.m.") is no date.
 */
function withoutTime(result: chrono.ParsedResult): Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'end'> | null {
  if (!result.start.isCertain('hour')) return result;
  if (!result.start.isCertain('day')) return null;
  const day = DAY_OF_MONTH.exec(result.text);
  return day ? { index: result.index + day.index, text: day[0], start: result.start, end: result.end } : null;
}

/** A time of day ("2 a.m.", "midnight"); before a day ("2 a.m. on") part of the words joining two days of a period. */
const TIME_OF_DAY = String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|midnight|noon)`;
/** A time of day anywhere in a sentence ("6 a.m.", "8:30 pm", "noon"). */
const TIME_OF_DAY_WORDS = new RegExp(String.raw`\b${TIME_OF_DAY}(?![\p{L}\d])`, 'giu');
const HAS_TIME_OF_DAY = new RegExp(TIME_OF_DAY_WORDS.source, 'iu');

/**
 * The sentence chrono reads: times of day blanked out, same length so that offsets stay. Only days are
 * facts here, and chrono reads a day's number before "to" and a time as a range of hours ("on May 23 to
 * 6 a.m. on May 25": from 23:00 to 6:00 on May 25), losing the first day.
 */
const withoutTimesOfDay = (sentence: string) => sentence.replace(TIME_OF_DAY_WORDS, (time) => ' '.repeat(time.length)).replace(FEAST_BEFORE_WEEKDAY, (feast) => ' '.repeat(feast.length));
/** A feast's word before its weekday ("to Easter Monday, 22 April", "Good Friday, 18 April"): chrono reads the weekday and its date only without it. */
const FEAST_BEFORE_WEEKDAY = /\b(?:Easter|Whit|Good|Holy|Maundy|Ash|Shrove|Black)\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d)/gu;

/** The day ranges of one month a sentence writes ("May 23-25", "23 to 25 May"), each with its year stated or inferred. */
function monthRanges(sentence: string, published: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const range of RANGES) {
    range.pattern.lastIndex = 0;
    for (let m; (m = range.pattern.exec(sentence));) {
      const month = monthIndex(m[range.month]!);
      const stated = m[range.year];
      const year = stated ? Number(stated) : inferYear(month, Number(m[range.first]), published);
      const start = validDay(year, month, Number(m[range.first]));
      const end = validDay(year, month, Number(m[range.last]));
      if (start && end) found.push({ start, end, precision: 'day', derived: !stated, index: m.index, text: m[0], note: stated ? null : yearNote(m[0], year, published) });
    }
  }
  return found;
}

/**
 * A word after a date that makes it a site's name ("8 March Street", "the 4 August Stadium"): a name, no date. The
 * words are the lexicon's capitalised heads of place names (`place_heads`).
 */
const NAMES_A_SITE = new RegExp(`^[^\\S\\n]+(?:${Object.keys(PLACE_HEADS).filter((word) => /^\p{Lu}/u.test(word)).join('|')})(?![\\p{L}\\d])`, 'u');

/** Every date a sentence states or implies. */
export function findDates(sentence: string, context: DateContext): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (at: number, length: number) => taken.every(([a, b]) => at + length <= a || at >= b);
  for (const range of monthRanges(sentence, context.published)) { found.push(range); taken.push([range.index, range.index + range.text.length]); }
  const reference = utc(context.published);
  // chrono's dates are kept only where a capitalised month is written: skip the parse (most of ingest's time) elsewhere.
  const chronoResults = WRITTEN_MONTH.test(sentence) ? chrono.parse(withoutTimesOfDay(sentence), { instant: reference, timezone: 0 }, { forwardDate: false }) : [];
  for (const timed of chronoResults) {
    // A feast's word blanked for chrono is given back, so that notes quote the article's words.
    const written = sentence.slice(timed.index, timed.index + timed.text.length);
    const read = withoutTime(timed);
    const result = read && written !== timed.text && !HAS_TIME_OF_DAY.test(written) ? { ...read, text: written } : read;
    if (!result || !free(result.index, result.text.length)) continue;
    const s = result.start;
    // "from Friday to April 27": a weekday chrono joins to a written date; the date is read on its own, the weekday below.
    if (!s.isCertain('month')) {
      const end = writtenRangeEnd(result, context.published);
      if (end) { found.push(end); taken.push([end.index, end.index + end.text.length]); }
      continue;
    }
    // A month is written capitalised; lowercase "march" or "may" is a verb, and "For nine days" (chrono's nine days
    // ahead) is a duration: a date kept here writes its month's name.
    if (!WRITTEN_MONTH.test(result.text) || NAMES_A_SITE.test(sentence.slice(result.index + result.text.length))) continue;
    const monthValue = s.get('month')!;
    // "September 19 to October 4, 2026": the year written once, at the end, is the start's too.
    const e = result.end;
    const endYear = e?.isCertain('year') && e.isCertain('month') ? e.get('year')! - (e.get('month')! < monthValue ? 1 : 0) : null;
    const stated = s.isCertain('year') || endYear !== null;
    const year = s.isCertain('year') ? s.get('year')! : endYear ?? inferYear(monthValue - 1, s.get('day') ?? 1, context.published);
    const note = stated ? null : yearNote(result.text, year, context.published);
    if (s.isCertain('day')) {
      const start = validDay(year, monthValue - 1, s.get('day')!);
      if (!start) continue;
      const end = e && e.isCertain('day') ? validDay(e.isCertain('year') ? e.get('year')! : year, e.get('month')! - 1, e.get('day')!) : null;
      found.push({ start, end, precision: 'day', derived: !stated, index: result.index, text: result.text, note });
    } else if (s.isCertain('year')) {
      // A month alone ("in March") is too often another word or another year; only "March 2026" counts.
      found.push({ start: `${year}-${pad(monthValue)}`, end: null, precision: 'month', derived: !s.isCertain('year'), index: result.index, text: result.text, note });
    }
    taken.push([result.index, result.index + result.text.length]);
  }
  const lineDay = programmeLineDay(sentence, context, found);
  if (lineDay) { found.push(lineDay); taken.push([lineDay.index, lineDay.index + lineDay.text.length]); }
  // "Sunday - screenings each evening until the following Saturday": the line's day is the one referred back to.
  const refersBack = REFERS_BACK.test(sentence) && (lineDay?.start ?? context.anchor);
  const anchor = refersBack ? (lineDay?.start ?? context.anchor)! : context.published;
  const explicit = found.filter((d) => d.precision === 'day');
  for (const weekday of weekdays(sentence, anchor, refersBack ? 'the date the text gave before,' : 'the publication date', !REFERS_BACK.test(sentence) && (FUTURE.test(sentence) || FUTURE_REPORTED.test(sentence) || isProgrammeLine(sentence, context.listItem) || aheadOfPublication(sentence, context)), !refersBack, context.written)) {
    if (free(weekday.index, weekday.text.length) && !explicit.some((d) => namesDay(d, weekday, sentence)) && !inPastYear(sentence, weekday, context.published)) found.push(weekday);
  }
  const weekend = weekendOf(sentence, context.published);
  if (weekend && free(weekend.index, weekend.text.length)) found.push(weekend);
  // "The next day, the ministers cross the river": the day after the one the text last stated.
  const nextDay = context.anchor ? /\b(?:the\s+)?(?:next|following)\s+day\b|\bthe\s+day\s+after\b(?!\s+(?:tomorrow|the))/i.exec(sentence) : null;
  if (nextDay && context.anchor) found.push({ start: addDays(context.anchor, 1), end: null, precision: 'day', derived: true, index: nextDay.index, text: nextDay[0], note: `date of '${nextDay[0]}' counted from the date the text gave before, ${context.anchor}` });
  for (const [words, delta] of RELATIVE_DAYS) {
    const said = words.exec(sentence);
    if (said) found.push({ start: addDays(context.published, delta), end: null, precision: 'day', derived: true, index: said.index, text: said[0], note: `date of '${said[0]}' counted from the publication date ${context.published}` });
  }
  return fromToRanges(sentence, found.sort((a, b) => a.index - b.index));
}

/**
 * Days named from the day of publication: "yesterday", "today", "tomorrow", and the parts of a day ("this morning",
 * "tonight", "last night", "tomorrow evening"), each the day it falls on. Counter-examples: "every morning" names no
 * day; "forty years ago tonight" names a day of another year.
 */
const RELATIVE_DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?<!\bago\s)\b(?:yesterday|last\s+night)\b/i, -1],
  [/(?<!\bago\s)\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i, 0],
  [/\btomorrow\b/i, 1],
];

/**
 * "from Tuesday, Aug. 15, to Sunday, Aug. 20": two calendar days written after "from" and joined by "to",
 * "until" or "through" are one period, from the first to the second. Counter-examples: "closed on Friday, and
 * open on Sunday" are two days; "from Saturday until Tuesday" is left to the weekdays' own reading.
 */
function fromToRanges(sentence: string, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const [first, second] = [found[i]!, found[i + 1]];
    // Calendar days only: a weekday's direction is read from the tense, which a period's verb may not give.
    const joined = second && first.precision === 'day' && second.precision === 'day' && !first.end && !second.end && second.start > first.start && /\d/.test(first.text) && /\d/.test(second.text)
      && /\bfrom\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, first.index - 12), first.index + (/^from\s/i.test(first.text) ? 5 : 0)))
      && /^,?\s+(?:to|until|through|till)\s+(?:the\s+)?$/i.test(sentence.slice(first.index + first.text.length, second.index));
    if (!joined) { out.push(first); continue; }
    const note = [first.note, second.note].filter(Boolean).join('; ') || null;
    out.push({ ...first, end: second.start, derived: first.derived || second.derived, text: sentence.slice(first.index, second.index + second.text.length), note });
    i++;
  }
  return out;
}


/** A sentence's dates, with the day its relative dates were read against (the last day the text stated before it). */
export interface SentenceDates { found: FoundDate[]; anchor: string | null }

/**
 * The dates of a text's sentences in order, each read against the last day-precise date the sentences before
 * it stated: "The parade starts on Saturday" after "The carnival opens on the 14th of March" counts forward.
 * The day someone spoke ("said on Monday") dates the report, not what the text goes on to tell. A programme's
 * line counts its weekday from the line before's day (`programmeLineDay`).
 */
export function readDates(sentences: ReadonlyArray<{ text: string }>, published: string): SentenceDates[] {
  const written = new Map(writtenDaysAhead(sentences.map((s) => s.text).join('\n'), published));
  let anchor: string | null = null;
  let programmeDay: string | null = null;
  let listItem = false;
  return sentences.map((s) => {
    const found = findDates(s.text, { published, anchor, programmeDay, listItem, written });
    const item = listItem;
    listItem = LIST_NUMBER.test(s.text);
    // A numbered line's "2." is a sentence of its own: the programme runs on past it.
    if (!listItem) programmeDay = isProgrammeLine(s.text, item) ? found.find((d) => d.precision === 'day' && !d.end)?.start ?? null : null;
    const read = { found, anchor };
    // "arrested 17 people on Thursday. … The march set off on Thursday morning.": once the text has told of a weekday
    // just past, its bare name may be that day again, and no day written ahead is taken for it.
    for (const date of found) if (BARE_WEEKDAY.test(date.text) && date.start < published) written.delete(utc(date.start).getUTCDay());
    const stated = found.filter((d) => d.precision === 'day' && !/preceding|previous|following/i.test(d.text) && !PAST_SPEECH_BEFORE.test(s.text.slice(Math.max(0, d.index - 45), d.index)) && !isDayOfSaying(s.text, d));
    if (stated.length) anchor = stated.at(-1)!.start;
    return read;
  });
}

/** "on June 24 and 25": a day and the next one of its month written after it, as one range. */
export function dayPair(text: string, dates: FoundDate[]): FoundDate | undefined {
  for (const first of dates.filter((f) => f.precision === 'day' && !f.end)) {
    let d = first;
    const next = /^,?\s+(?:and|&)\s+(\d{1,2})(?:,\s+(\d{4}))?\b(?!\s*(?:[-:%]|\.\d|a\.m|p\.m|per))/.exec(text.slice(d.index + d.text.length));
    // "November 22 and 23, 2025": the year written after the second day is the first's too.
    const year = next?.[2];
    if (year) d = { ...d, start: `${year}${d.start.slice(4)}`, derived: false, note: null };
    const end = `${d.start.slice(0, 8)}${String(next?.[1]).padStart(2, '0')}`;
    // Only a later day of the same month that exists ("June 30 and 31" is no range).
    const time = new Date(`${end}T12:00:00Z`).getTime();
    if (next && end > d.start && !Number.isNaN(time) && new Date(time).toISOString().startsWith(end)) {
      // The second day is written alone: its month (and year) are the first day's, which the note says.
      const note = `${d.note ? `${d.note}; ` : ''}end date taken as day '${next[1]}' of the month of '${d.text}'`;
      return { ...d, end, derived: true, note, text: `${d.text}${next[0]}` };
    }
  }
  return undefined;
}

/** The words between the two days of a period: "until", "to", "through", "and", maybe a time and "on". */
const SPAN_JOIN = new RegExp(String.raw`^,?\s+(?:until|till|to|through|and)\s+(?:${TIME_OF_DAY}\s+)?(?:on\s+)?$`, 'i');
/**
 * The words before the only day of a period that has no start: "until Friday", "till 2 a.m. on Sunday", or a verb of
 * ending, maybe with what ends it ("which ends with the final on Sunday", "the ban ends on Monday"); for a gathering,
 * closing is ending too ("the show, which closes on Sunday"), while a road that closes on Sunday starts its closure then.
 */
const endOnly = (verbs: string) => new RegExp(String.raw`\b(?:(?:until|till)\s+(?:${TIME_OF_DAY}\s+)?|(?:${verbs})(?:[^\S\n]+(?:with|after|at|in)[^\S\n]+(?:the|a|an|its)[^\S\n]+\p{L}{2,20})?[^\S\n]+)(?:on\s+)?$`, 'iu');
const ENDING_VERBS = 'ends|ended|ending|concludes|concluded|finishes|finished';
const END_ONLY = endOnly(ENDING_VERBS);
const GATHERING_END_ONLY = endOnly(`${ENDING_VERBS}|closes|closed|closing`);
/** A period's end is at most this many days after its start (a festival, a closure, a visit). */
const SPAN_DAYS = 31;

/**
 * The period two days written one after the other state: "from 5 a.m. on Thursday until 2 a.m. on Friday",
 * "Saturday, October 3, and Sunday, October 4, 2026", "on Saturday and Sunday" (days joined by "and" must
 * follow each other, but after "between": "between Thursday and Sunday"), or the end alone of a period with no start ("until Friday"). The start keeps its own
 * derivation; the end's is added to its note. Counter-examples: "on Tuesday and Thursday" (two days, no
 * period), "June 11 to June 14" (one date that already has its end), "the road closes on Sunday" (its start; a
 * gathering's end when `gathering`).
 */
export function spanOf(text: string, dates: FoundDate[], gathering = false): { start: FoundDate | null; end: FoundDate } | undefined {
  const days = dates.filter((d) => d.precision === 'day' && !d.end);
  for (const [i, first] of days.entries()) {
    const second = days[i + 1];
    if (!second || !SPAN_JOIN.test(text.slice(first.index + first.text.length, second.index))) continue;
    const joinedByAnd = /^,?\s+and\s/i.test(text.slice(first.index + first.text.length, second.index));
    // "between Thursday and Sunday" is a period whatever the days between.
    const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, first.index - 10), first.index));
    const late = second.start > first.start && second.start <= addDays(first.start, SPAN_DAYS);
    if (late && (!joinedByAnd || between || second.start === addDays(first.start, 1))) return { start: first, end: second };
  }
  const only = days[0];
  return only && dates.length === 1 && (gathering ? GATHERING_END_ONLY : END_ONLY).test(text.slice(0, only.index)) ? { start: null, end: only } : undefined;
}

/** A period of two days (spanOf) as one date from the first day to the second, its words both days and what joins them. */
export function twoDayPeriod(text: string, dates: FoundDate[]): FoundDate | undefined {
  const span = spanOf(text, dates);
  if (!span?.start) return undefined;
  const { start, end } = span;
  const note = [start.note, end.note].filter(Boolean).join('; ') || null;
  return { ...start, end: end.start, derived: start.derived || end.derived, note, text: text.slice(start.index, end.index + end.text.length) };
}
