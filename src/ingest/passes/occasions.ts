// The occasion of a deployment or a measure (rule event.occasion): "will deploy 2,000 officers for the second
// Test between Northton and Southby, which begins on Friday" names the article's own event though its head word
// is no festival or summit, and its day is the possessive's or the relative clause's (rule date.occasion-clause).
// Delegates meeting to elect someone (rule event.delegates-meet) are a congress. Each occasion is one event per
// article: a mention already read as an event, or an event of its name, kind and day, is that event.
import { isDayOfSaying, type FoundDate } from '../dates.js';
import { EVENT_WORDS } from '../lexicon.js';
import { CEREMONIAL, EVENT_RULES as R, MORE_GATHERING_WORDS, OCCASION_WORDS } from '../rules/events.js';
import { capitalize, type Sentence } from '../text.js';
import type { EventDraft, Found, PassContext } from './context.js';

type Kind = EventDraft['kind'];

const WORD_KINDS: Record<string, Kind> = { ...EVENT_WORDS, ...MORE_GATHERING_WORDS, ...OCCASION_WORDS };

/** A word's kind as written ("Test"), else in lower case ("Carnival"); "test" in lower case is no match. */
const wordKind = (word: string): Kind | undefined => WORD_KINDS[word] ?? (word === 'Test' ? undefined : WORD_KINDS[word.toLowerCase()]);

/** "Esala Perahera, the ten-night pageant of …": the kind of the word the appositive right after the name gives. */
const APPOSITIVE = /^,\s+(?:the|a|an)\s+((?:[\p{L}\d-]+\s+){0,2}[\p{L}-]+)/u;

/** The kind of the first of the appositive's first three words that has one ("the ten-night pageant"). */
const appositiveKind = (after: string) => APPOSITIVE.exec(after)?.[1]!.split(/\s+/).map(wordKind).find(Boolean);

/** A parade marking an anniversary ("Sunday's parade marking the anniversary of the republic"): a state's ceremony. */
const MARKS_ANNIVERSARY = /^[^,.;]{0,60}?\b(?:marking|commemorating|to mark|celebrating|for)\s+the\s+(?:[\p{L}\d-]+\s+){0,2}?anniversary\b/u;
/** A parade of a capitalised Day ("Republic Day parade", "National Day parade"): a state's ceremony too. */
const DAY_NAME = /\b\p{Lu}\p{L}+\s+Day\s+$/u;

/**
 * A proper name whose head word stands before its "of" ("the Africa Cup of Nations", "the Feast of the
 * Assumption", "the Festival of Lights"): the capitalised word before "of" gives the kind, and the name is
 * whole. Counter-example: "the five days of the match" (lowercase; the head after "of" is the occasion).
 */
const HEAD_BEFORE_OF = /(?:^|\s)(\p{Lu}[\p{L}-]+) of (?:the )?$/u;

/**
 * An occasion word opening "<word> of <Name>" ("the summit of the Organization of Turkic States", "the final
 * of the Ivorian Cup"): the occasion of that body or competition, named whole.
 */
const OCCASION_OF = /^([\p{L}-]+) of /u;

/**
 * The kind of an occasion: for a capitalised name after "<occasion word> of", that word's; else its head
 * word's (or the two last words'), else its appositive's, else, for a capitalised name, the word's before its
 * "of" (`whole`: the name is not cut at that "of"); a parade of a state's day a ceremony.
 */
function occasionKind(words: string, head: string, after: string): { kind: Kind; whole: boolean } | undefined {
  const opening = /^\p{Lu}/u.test(head) ? OCCASION_OF.exec(words)?.[1] : undefined;
  const ofName = opening && wordKind(opening);
  if (ofName) return { kind: ofName, whole: true };
  const last = words.trim().split(/\s+/).at(-1) ?? '';
  const kind = (last && wordKind(`${last} ${head}`)) || wordKind(head) || appositiveKind(after);
  if (kind === 'festival' && /^(?:parade|procession)s?$/i.test(head) && (DAY_NAME.test(words) || CEREMONIAL.test(words) || MARKS_ANNIVERSARY.test(after))) return { kind: 'ceremony', whole: false };
  if (kind) return { kind, whole: false };
  const before = /^\p{Lu}/u.test(head) ? HEAD_BEFORE_OF.exec(words)?.[1] : undefined;
  const named = before && wordKind(before);
  return named ? { kind: named, whole: true } : undefined;
}

/** A relative clause on the occasion or its appositive, read from the end of its name (rule date.occasion-clause). */
const CLAUSE = new RegExp(R.occasionClause.pattern.source, R.occasionClause.pattern.flags.replace('g', ''));

/**
 * The occasion's day: the weekday's or this weekend's possessive before it ("Sunday's parade"), else the day a
 * relative clause gives within a few words of its name (maybe after an appositive), else the day written right
 * after it ("the inauguration on Friday") or right before its preposition ("on Saturday for the final"); never
 * a day of saying.
 */
function occasionDay(x: PassContext, s: Sentence, det: { at: number; text: string }, end: number, prepAt: number): { date: FoundDate; clause: boolean; tied: boolean } | undefined {
  const days = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !isDayOfSaying(s.text, d));
  const at = (d: FoundDate) => s.start + d.index;
  const possessive = det.text !== 'the' ? days.find((d) => at(d) >= det.at && at(d) < det.at + det.text.length) : undefined;
  if (possessive) return { date: possessive, clause: false, tied: true };
  const rest = x.doc.text.slice(end, s.end);
  const clause = CLAUSE.exec(rest);
  const between = clause ? rest.slice(0, clause.index) : '';
  if (clause && between.length <= 120 && !/[.;]/.test(between) && !/,/.test(between.slice(1))) {
    const date = days.find((d) => Math.abs(at(d) - (end + clause.index + clause[0].length)) <= 3);
    if (date) return { date, clause: true, tied: true };
  }
  const on = /^,?\s+(?:on|from)\s+(?:the\s+)?/.exec(rest);
  const date = on ? days.find((d) => Math.abs(at(d) - (end + on[0].length)) <= 3) : undefined;
  // "on duty on Saturday for the final of the Cup": the day written right before the occasion's preposition.
  const before = date ?? days.find((d) => /\bon\s+(?:the\s+)?$/u.test(s.text.slice(0, d.index)) && /^\s*$/u.test(x.doc.text.slice(at(d) + d.text.length, prepAt)));
  return before ? { date: before, clause: false, tied: false } : undefined;
}

/** An occasion; `date` undefined for a proper name with no day in its sentence, which cites its name alone. */
interface Occasion { name: string; kind: Kind; head: string; at: number; end: number; date: FoundDate | undefined; tied: boolean; s: Sentence; rules: string[] }

/** The lowercase words of an appositive right after a name (", an international rowing regatta held …"). */
const APPOSITIVE_WORDS = /^,[^\S\n]+(?:a|an|the)[^\S\n]+((?:[\p{Ll}-]+[^\S\n]+){0,4}[\p{Ll}-]+)(?![\p{L}-])/u;

/**
 * The article's own event as only its headline names it ("Lakeside Rowing Regatta"), when the text names it otherwise
 * and says what it is in an appositive ("the Lakeside Cup, an international rowing regatta"): the headline's two last
 * words are the appositive's, or its last word is and its other words are the text's name's.
 */
function headlineNamed(x: PassContext, o: Occasion): EventDraft | undefined {
  const main = x.mainEvent;
  const firstLineEnd = x.doc.text.indexOf('\n');
  const described = APPOSITIVE_WORDS.exec(x.doc.text.slice(o.end, o.s.end))?.[1]?.split(/\s+/);
  const onlyInHeadline = main && x.doc.text.slice(0, firstLineEnd).includes(main.name) && x.doc.text.indexOf(main.name, firstLineEnd) < 0;
  if (!main || !described || !onlyInHeadline) return undefined;
  const words = main.name.toLowerCase().split(/\s+/);
  // The appositive goes on after its noun ("… surfing contest held from Thursday"): the noun is the headline's last word.
  const head = described.indexOf(words.at(-1)!);
  if (words.length < 2 || head < 0) return undefined;
  const own = new Set(o.name.toLowerCase().split(/\s+/));
  const lastTwo = head >= 1 && described[head - 1] === words.at(-2);
  return lastTwo || words.slice(0, -1).every((w) => own.has(w)) ? main : undefined;
}

/** The headline's name gives way to the text's: the event takes the occasion's name, and an id of it. */
function renameToText(x: PassContext, event: EventDraft, name: string): void {
  const id = x.newId(name);
  for (const m of x.doc.mentions) if (m.id === event.id) m.id = id;
  Object.assign(event, { id, name });
}

/**
 * The event an occasion is already: the one read at its words, one of its name, the article's own of its head word,
 * the article's own its headline names and its appositive describes, or one of its kind and day.
 */
function knownEvent(x: PassContext, o: Occasion): EventDraft | undefined {
  const over = x.doc.mentions.find((m) => m.type === 'event' && m.start < o.end && m.end > o.at);
  if (over) return x.facts.events.find((e) => e.id === over.id);
  const name = o.name.toLowerCase();
  const main = x.mainEvent;
  const fromHeadline = headlineNamed(x, o);
  if (fromHeadline) renameToText(x, fromHeadline, o.name);
  return x.facts.events.find((e) => e.name.toLowerCase() === name)
    ?? (main && !main.start && main.name.toLowerCase().endsWith(o.head.toLowerCase()) ? main : undefined)
    ?? (o.date ? x.facts.events.find((e) => e.kind === o.kind && e.start === o.date!.start) : undefined);
}

/** Propose the occasion, or give the event it already is its day (and a state's ceremony its kind). */
function addOccasion(x: PassContext, o: Occasion): void {
  const known = knownEvent(x, o);
  const event = known ?? { id: x.newId(o.name), name: o.name, kind: o.kind, start: null, end: null, date_precision: null, derived: false, place_ids: [], figures: [], citations: [] };
  if (known && known.kind === 'festival' && o.kind === 'ceremony') known.kind = 'ceremony';
  // An event read before keeps its own dating (event details date the article's own) unless a possessive or a clause ties this day to it.
  if (o.date && !event.start && (!known || o.tied)) {
    Object.assign(event, { start: o.date.start, end: o.date.end ?? null, date_precision: o.date.precision });
    x.inferDate(event, o.date);
    x.addCitation(event, x.doc.cite(Math.min(o.at, o.s.start + o.date.index), Math.max(o.end, o.s.start + o.date.index + o.date.text.length)));
    for (const rule of o.rules) x.ruled(event, rule);
    // "the coronation" read first, then "Ade Lind was crowned" on a day: the rite's bare word gives way to the name that
    // says whose, which the quote just added holds.
    if (known && known.name.toLowerCase() === o.head && o.name.toLowerCase().startsWith(`${o.head} of `)) known.name = o.name;
  } else if (!o.date && !known) {
    x.addCitation(event, x.doc.cite(o.at, o.end));
    for (const rule of o.rules) x.ruled(event, rule);
  }
  if (!event.citations.length) return;
  if (!known) {
    x.facts.events.push(event);
    x.mainEvent ??= event;
  }
  if (!x.doc.mentions.some((m) => m.type === 'event' && m.start < o.end && m.end > o.at)) x.doc.mention(event.id, 'event', o.at, o.end);
}

/** Lowercase words that may join the capitalised words of a name ("Cup of Nations", "Feria de la Costa"). */
const JOINERS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'le']);

/**
 * A name of two or more capitalised words (maybe joined by JOINERS): an occasion with no day in its sentence is
 * still the article's event when it is named so ("sent 900 officers for the Africa Cup of Nations"), undated; a
 * common noun phrase with no day ("for the final", "for the match") names none.
 */
function isProperName(name: string): boolean {
  const words = name.split(' ');
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  return words.length >= 2 && capital(words[0]) && capital(words.at(-1)) && words.every((w) => capital(w) || JOINERS.has(w));
}

/** A speech verb, maybe with its hearers, right before the occasion's preposition. */
const SPOKE_BEFORE = /\b(?:said|says|told|announced|added|confirmed|stated)\s(?:[\p{L}-]+\s){0,2}$/u;

/** "for the second Test between Northton and Southby": the two sides written right after the head are the name's. */
const SIDES = /^ between [^,.;]{1,60}?(?= (?:which|that|at|in|on)\b|[,.;]|$)/u;

/** The occasions of deployments and measures (rule event.occasion), each dated or left alone. */
function deploymentOccasions(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.occasion.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    if (!R.occasion.guards.force.test(s.text) || x.doc.quoted(m.pos)) continue;
    const { det, words, head } = m.groups as { det: string; words: string; head: string };
    const detAt = m.pos + m[0].indexOf(` ${det} `) + 1;
    const at = detAt + det.length + 1;
    let end = m.pos + m[0].length;
    const after = x.doc.text.slice(end, s.end);
    // "the minister said at the joint news conference on Monday": where someone spoke, not an occasion.
    if (/\b(?:news|press)\s$/.test(words) || SPOKE_BEFORE.test(x.doc.text.slice(Math.max(s.start, m.pos - 40), m.pos))) continue;
    const found = occasionKind(words, head, after);
    const sides = SIDES.exec(after)?.[0] ?? '';
    end += sides.length;
    const day = found && occasionDay(x, s, { at: detAt, text: det }, end, m.pos + (/^\s/.test(m[0]) ? 1 : 0));
    // "the five days of the match": the occasion is the match.
    const cut = found?.whole ? -1 : words.lastIndexOf(' of ');
    const own = cut < 0 ? words : words.slice(cut + 4).replace(/^the\s/, '');
    const name = `${own}${head}${sides}`.trim();
    if (!found || (!day && !found.whole && !isProperName(name))) continue;
    const rules = day?.clause ? [R.occasion.id, R.occasionClause.id] : [R.occasion.id];
    addOccasion(x, { name: capitalize(name), kind: found.kind, head, at, end, date: day?.date, tied: day?.tied ?? false, s, rules });
  }
}

/** The body's capitalised name at the end of "of …" ("of Eastby's ruling Harbour Party (HP)"), its bracketed short name left out. */
function bodyAtEnd(of: string): string | undefined {
  const text = of.trimEnd();
  const bare = text.endsWith(')') && text.includes('(') ? text.slice(0, text.lastIndexOf('(')) : text;
  const tail: string[] = [];
  for (const word of bare.trim().split(/\s+/).reverse()) {
    if (!/^\p{Lu}/u.test(word) || tail.length === 5) break;
    tail.unshift(word);
  }
  return tail.length ? tail.join(' ') : undefined;
}

/** Delegates of a body meeting to elect someone (rule event.delegates-meet): its congress, a summit dated by the first day. */
function delegatesCongresses(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.delegatesMeet.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const purpose = R.delegatesMeet.guards.purpose.exec(s.text.slice(m.pos - s.start));
    const end = m.pos + m[0].length;
    const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && Math.abs(s.start + d.index - end) <= 1 && !isDayOfSaying(s.text, d));
    if (!purpose || !date || x.doc.quoted(m.pos)) continue;
    const body = bodyAtEnd(m.groups!.of ?? '');
    const what = /elect/.test(purpose[0]) ? 'Elective congress' : 'Congress';
    addOccasion(x, { name: body ? `${what} of the ${body}` : what, kind: 'summit', head: 'congress', at: m.pos, end, date, tied: true, s, rules: [R.delegatesMeet.id] });
  }
}

/** The first day after an offset in its sentence, never a day of saying (the day of an inauguration, of a concert). */
function dayAfterIn(x: PassContext, s: Sentence, from: number, within = Infinity): FoundDate | undefined {
  return x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index >= from && s.start + d.index - from <= within && !isDayOfSaying(s.text, d));
}

/** The day written right before a "when" that opens the words at `at` ("on Wednesday, when …"), never a day of saying. */
function dayBeforeWhen(x: PassContext, s: Sentence, at: number): FoundDate | undefined {
  const day = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end && s.start + d.index < at && !isDayOfSaying(s.text, d)).at(-1);
  return day && /^[^.;]{0,12},?\s+when\s+$/u.test(x.doc.text.slice(s.start + day.index + day.text.length, at)) ? day : undefined;
}

/** The day that opens the sentence right before the words at `at` ("On Friday, 6 May, Ada Holm …"), never a day of saying. */
function dayOpeningSentence(x: PassContext, s: Sentence, at: number): FoundDate | undefined {
  const day = daySentenceOpensWith(x, s);
  return day && (day.index > 0 || /^On\s/u.test(day.text)) && /^,?\s+$/u.test(x.doc.text.slice(s.start + day.index + day.text.length, at)) ? day : undefined;
}

/**
 * "Eastland swears in Ada Holm as president on Friday" (rule event.swearing-in): the inauguration, a ceremony, as
 * "when Ade Lind was crowned king" (rule event.crowned) is the coronation;
 * "on Saturday when the singer Ada Holm plays" (rule event.performer-when), "Singer Ada Holm headlines a free concert … on
 * Sunday" (rule event.headlined-concert): the performer's concert, a festival.
 */
function inaugurationsAndConcerts(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.swearingIn.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const end = m.pos + m[0].length;
    const { who, office, sworn, swornOffice, elect, electName } = m.groups as Record<string, string | undefined>;
    const date = dayAfterIn(x, s, end, 60) ?? (elect ? dayBeforeWhen(x, s, m.pos) : undefined) ?? dayOpeningSentence(x, s, m.pos);
    if (!date || x.doc.quoted(m.pos)) continue;
    addOccasion(x, { name: `Inauguration of ${who ?? sworn ?? electName} as ${office ?? swornOffice ?? elect!.toLowerCase()}`, kind: 'ceremony', head: 'inauguration', at: m.pos, end, date, tied: true, s, rules: [R.swearingIn.id] });
  }
  for (const m of x.matchesOutsideTitles(R.crowned.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const end = m.pos + m[0].length;
    const date = dayAfterIn(x, s, end, 60) ?? dayBeforeWhen(x, s, m.pos) ?? dayOpeningSentence(x, s, m.pos);
    if (!date || x.doc.quoted(m.pos)) continue;
    addOccasion(x, { name: `Coronation of ${m.groups!.crowned!}`, kind: 'ceremony', head: 'coronation', at: m.pos, end, date, tied: true, s, rules: [R.crowned.id] });
  }
  for (const m of x.matchesOutsideTitles(R.performerWhen.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const date = dayAfterIn(x, s, m.pos, 4);
    if (!date || x.doc.quoted(m.pos)) continue;
    const name = m.groups!.name!;
    const at = m.pos + m[0].lastIndexOf(name);
    addOccasion(x, { name: `${name} concert`, kind: 'festival', head: 'concert', at, end: m.pos + m[0].length, date, tied: true, s, rules: [R.performerWhen.id] });
  }
  for (const m of x.matchesOutsideTitles(R.headlinedConcert.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const date = dayAfterIn(x, s, m.pos + m[0].length, 120);
    if (!date || x.doc.quoted(m.pos)) continue;
    // "Singer Ada Holm": the performer, not the word for what she does.
    const name = m.groups!.name!.replace(/^(?:Singer|Rapper|Pianist|Guitarist|Violinist|Conductor|Composer|Soprano|Tenor|Drummer|DJ)[^\S\n]+/u, '');
    addOccasion(x, { name: `${name} concert`, kind: 'festival', head: 'concert', at: m.pos, end: m.pos + m[0].length, date, tied: true, s, rules: [R.headlinedConcert.id] });
  }
}

/** The day that opens a sentence ("On Tuesday, 4 May, the minister …"), the sentence's first, never a day of saying. */
function daySentenceOpensWith(x: PassContext, s: Sentence): FoundDate | undefined {
  const first = x.doc.dates.get(s.index)![0];
  const opens = first && first.precision === 'day' && !first.end && /^\s*(?:On\s+(?:the\s+)?)?$/u.test(s.text.slice(0, first.index));
  return opens && !isDayOfSaying(s.text, first) ? first : undefined;
}

/** "On Tuesday, the minister announced at Harbour House that …" (rule event.announced-at): the announcement, dated by its day. */
function announcementsAt(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.announcedAt.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const end = m.pos + m[0].length;
    const date = daySentenceOpensWith(x, s);
    if (!date || x.doc.quoted(m.pos)) continue;
    addOccasion(x, { name: `Announcement at ${m.groups!.place!}`, kind: 'announcement', head: 'announcement', at: m.pos, end, date, tied: true, s, rules: [R.announcedAt.id] });
  }
}

/**
 * "a football derby on Saturday afternoon, … and a free concert on the seafront on Sunday night" (rule
 * event.indefinite-dated), "On Sunday, a buzkashi tournament will be held" (rule event.day-then-indefinite): a
 * gathering brought in with "a" is new to the story, so each is an event of its own, dated by the day (or past
 * month or year) written with it. The event details pass runs it last (gatheringsInPassing), so an event the particular rules read of the
 * same kind and day keeps its name and takes this mention.
 */
/** "The derby between Lakeside Rovers and Eastby United … finished 1-1 on Saturday" (rule event.sides-between): the match of its clause's day. */
function matchesBetweenSides(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.sidesBetween.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const end = m.pos + m[0].length;
    const date = x.doc.quoted(m.pos) ? undefined : dayAfterIn(x, s, end, 160);
    if (!date) continue;
    const { words, head, sides } = m.groups as { words: string; head: string; sides: string };
    addOccasion(x, { name: capitalize(`${words}${head} between ${sides}`), kind: 'games', head, at: m.pos + m[0].indexOf(`${words}${head}`), end, date, tied: true, s, rules: [R.sidesBetween.id] });
  }
}

function indefiniteGatherings(x: PassContext): void {
  for (const rule of [R.indefiniteDated, R.dayThenIndefinite]) {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const s = x.doc.sentenceAt(m.pos);
      const { words, head, place, dated, day } = m.groups as Record<string, string | undefined>;
      const datedAt = dated !== undefined ? m.pos + m[0].length : m.pos + m[0].indexOf(day!);
      const date = x.doc.dates.get(s.index)!.find((d) => Math.abs(s.start + d.index + (/^(?:on|in)\s/i.test(d.text) ? 3 : 0) - datedAt) <= 4 && !isDayOfSaying(s.text, d));
      const kind = wordKind(head!);
      if (!date || !kind || x.doc.quoted(m.pos)) continue;
      const at = dated !== undefined ? m.pos : m.pos + m[0].lastIndexOf(`${words}${head}`);
      const end = m.pos + m[0].length - (dated?.length ?? 0);
      addOccasion(x, { name: capitalize(`${words}${head}${place ?? ''}`), kind, head: head!, at, end, date, tied: true, s, rules: [rule.id] });
    }
  }
}

/** Words that make a tour's stops concerts, or matches (rule event.tour-stops). */
const CONCERT_TALK = /\b(?:concerts?|shows?|gigs?|singer|band|rapper|pop star|DJ)\b/u;
const MATCH_TALK = /\b(?:match(?:es)?|Tests?|fixtures?)\b/u;
const TOUR_TALK = /\b(?:tour|series)\b/iu;

/**
 * "The tour opens at … on Friday, moves to … on Sunday and closes at … next Wednesday" (rule event.tour-stops):
 * each stop is a show or a match of its own, on its own day; a sentence of one stop, or with no tour or series in
 * it or the sentence before, is left to the other rules.
 */
function tourStops(x: PassContext): void {
  const kind: Kind | undefined = CONCERT_TALK.test(x.doc.text) ? 'festival' : MATCH_TALK.test(x.doc.text) ? 'games' : undefined;
  if (!kind) return;
  const bySentence = new Map<number, Found[]>();
  for (const m of x.matchesOutsideTitles(R.tourStops.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    bySentence.set(s.index, [...(bySentence.get(s.index) ?? []), m]);
  }
  for (const [index, stops] of bySentence) {
    const s = x.doc.sentences[index]!;
    const before = index > 0 ? x.doc.sentences[index - 1]!.text : '';
    if (stops.length < 2 || !(TOUR_TALK.test(s.text) || TOUR_TALK.test(before)) || x.doc.quoted(stops[0]!.pos)) continue;
    for (const m of stops) {
      const { venue, stop: day } = m.groups as { venue: string; stop: string };
      const dayAt = m.pos + m[0].length - day.length;
      const date = x.doc.dates.get(index)!.find((d) => s.start + d.index <= dayAt && s.start + d.index + d.text.length >= dayAt + day.length);
      if (!date) continue;
      const at = m.pos + m[0].indexOf(venue);
      addOccasion(x, { name: `${kind === 'festival' ? 'Concert' : 'Match'} at ${venue}`, kind, head: kind === 'festival' ? 'concert' : 'match', at, end: m.pos + m[0].length, date, tied: true, s, rules: [R.tourStops.id] });
    }
  }
}

/** Gatherings told in passing, read after every particular rule: matches named by their sides, gatherings brought in with "a". */
export function gatheringsInPassing(x: PassContext): void {
  tourStops(x);
  matchesBetweenSides(x);
  indefiniteGatherings(x);
}

export function occasions(x: PassContext): void {
  deploymentOccasions(x);
  delegatesCongresses(x);
  inaugurationsAndConcerts(x);
  announcementsAt(x);
}
