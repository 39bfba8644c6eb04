// The events pass: named gatherings (Games, festivals, summits, finals, events known by one name), the
// article's own event among them (the one it names most that is not past), and the others dated by a
// year their sentence gives.
import { addDays, dayPair, isDayOfSaying, PAST, type FoundDate } from '../dates.js';
import { lookupPlace, wordClass } from '../gazetteer.js';
import { EVENT_WORD_PATTERN, EVENT_WORDS, KNOWN_EVENTS, NATIONALITY_PATTERN } from '../lexicon.js';
import { CEREMONIAL, EVENT_RULES as R, DIGNITARY_LINE, NAME_AFTER_THE, EDITION_WORDS, MORE_GATHERING_WORDS, MORE_NAMED_HEADS, RITE_LINE, ROUTE_FROM, ROUTE_LINE, SHOW_WORD } from '../rules/events.js';
import { escapeRegExp, whole } from '../rules/rule.js';
import { capitalize, clauseAround, type Sentence, type Span } from '../text.js';
import type { EventDraft, PassContext } from './context.js';
import { occasions } from './occasions.js';
import { dateByScene } from './scene-day.js';

/** A name read in the text; `kind` where the rule knows it better than the name's last word (a rite, a visit). */
interface Named { name: string; at: number; end: number; rule: string; kind?: EventDraft['kind']; dated?: { start: string; precision: 'day' | 'month' | 'year'; note?: string } }

/** An event's kind by the word that ends its name: a festival or fair, a summit or conference, else sport. */
function eventKind(name: string): EventDraft['kind'] {
  if (KNOWN_EVENTS[name]) return KNOWN_EVENTS[name]!;
  const words = name.toLowerCase().split(/\s+/);
  const word = EVENT_WORDS[words.slice(-2).join(' ')] ?? EVENT_WORDS[words.at(-1)!];
  if (word) return word;
  const head = MORE_NAMED_HEADS[name.split(/\s+/).at(-1)!];
  if (head) return head;
  if (/\b(?:Festival|Carnival|Fair|Expo|Contest|Show)$|\p{Ll}fest$/iu.test(name)) return 'festival';
  if (/\b(?:Summit|Conference|Forum|talks)$/i.test(name)) return 'summit';
  return 'games';
}

/** A name made of the event words alone ("the Games", "Festival"): it refers to the article's own event. */
const generic = (name: string) => !KNOWN_EVENTS[name] && name.split(/\s+/).every((w) => /^(?:The|the|Winter|Summer|Youth|Olympics|Olympic|Games|Paralympics|Paralympic|Marathon|World|Cup|Championships|Grand|Prix|Festival|Carnival|Fair|Expo|Summit|Conference|Forum)$/.test(w));

/** A stage of a competition in lower case right after its name: "qualifier", "final", "semi-final", "play-off". */
const COMPETITION_STAGE = /^ (?:qualifier|qualifying match|semi-finals?|final|play-off)\b/u;

/** A word for a firm set off before a name: "The game's publisher, Nightforge Games," names a company. */
const FIRM_BEFORE = /\b(?:publisher|developer|studio|company|firm|maker|owner|sponsor|operator|distributor)s?,\s+$/u;
/**
 * A verb a body does right after a forum's or a conference's name, maybe after what it is of: "the Agri Growers
 * Forum said it would not take part", "the Bishops Conference of Eastland said it would hold a service" are bodies
 * that speak.
 */
const FORUM_ACTS = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[^,.;]{1,60}?)?(?:,[^,.;]{1,80},)?\s+(?:said|says|announced|accused|called|urged|warned|declined|refused|told)\b/u;

/** An office of a body right before a forum's name: "the Secretary General of the Pacific Harbours Forum" holds a post in a body. */
const OFFICE_OF = /\b(?:Secretary[- ]General|Secretariat|Chair(?:man|woman|person)?|President|Director(?:[- ]General)?|members?)\s+of\s+(?:the\s+)?$/iu;

/** A name of a gathering's words that names a company or a body acting or holding offices (rule event.named's exceptions). */
const bodyNotGathering = (x: PassContext, name: string, at: number) =>
  FIRM_BEFORE.test(x.doc.text.slice(Math.max(0, at - 30), at)) || (/(?:Forum|Conference)$/.test(name)
    && (FORUM_ACTS.test(x.doc.text.slice(at + name.length, at + name.length + 100)) || OFFICE_OF.test(x.doc.text.slice(Math.max(0, at - 40), at))));

/** A head word of a gathering standing alone, which names one only as "the Games" of the story. */
const BARE_HEAD = /^(?:Games|Cup|Festival|Summit|Conference|Forum|Fair|Carnival|Marathon|Contest|Championships?|Show|Olympiad|Tour)$/u;

/** Capitalised words after "of" that go on with a gathering's head word ("of the Lake States (LS) Heads of Government"). */
const NAMED_ON_AFTER_OF = /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:\(\p{Lu}{2,8}\)|\p{Lu}[\p{L}'’-]+|of(?=[^\S\n]+\p{Lu}))){0,7}/u;

function namedGatherings(x: PassContext, found: Named[]): void {
  for (const m of x.matches(R.gathering.pattern)) {
    let name = m.groups!.name!;
    let at = m.pos;
    const lead = /^(?:(?:The|A|An|This|These|Its|Their|Both|Further|During|As|At|For|In|Of|Ahead|Scheduled|Upcoming|[A-Z]\p{L}+['’]s)\s+)+/u.exec(name);
    if (lead) { name = name.slice(lead[0].length); at += lead[0].length; }
    // "FIFA World Cup" with FIFA already a body: the event is the name after it.
    while (/\s/.test(name) && x.doc.isTaken(at, at + name.length)) { const cut = name.indexOf(' ') + 1; name = name.slice(cut); at += cut; }
    if (!name || x.doc.isTaken(at, at + name.length)) continue;
    // "Games start at 3 p.m.", "Festival goers": a bare head word names a gathering only after "the" (the article's own).
    if (BARE_HEAD.test(name) && !/\bthe\s+$/iu.test(x.doc.text.slice(Math.max(0, at - 5), at))) continue;
    // "the Parade", "Fiesta Nacional de …": a head word of these alone names nothing, or opens a name read head first;
    // a name ending in one is a gathering's only after "the" or a possessive, maybe and a lowercase word ("the three-day Mountain Film Week"; "on Horse Guards Parade" is a street).
    const head = MORE_NAMED_HEADS[name.split(/\s+/).at(-1)!];
    if (head && (MORE_NAMED_HEADS[name] || !/(?:\bthe|['’]s)(?:\s+[\p{Ll}\d-]+)?\s+$/iu.test(x.doc.text.slice(Math.max(0, at - 30), at)))) continue;
    // "at the World Forum conference centre", "to guard the World Forum": a forum is often a building.
    if (/^\s+(?:conference\s+|exhibition\s+)?(?:Centre|Center|centre|center|building|Hall|hall|Grounds|grounds|Arena|arena)\b/.test(x.doc.text.slice(at + name.length))) continue;
    if (/Forum$/.test(name) && (/\b(?:at|in|inside|outside|near|to|guard|around)\s+the\s+$/.test(x.doc.text.slice(Math.max(0, at - 20), at)))) continue;
    if (bodyNotGathering(x, name, at)) continue;
    // "the final of the Harbour Cup between …": the final is the event, read whole by the occasion rules.
    if (/Cup$/.test(name) && /\bof\s+the\s+$/.test(x.doc.text.slice(Math.max(0, at - 10), at))) continue;
    // "the Harbour Cup of Nations": a cup named on after "of".
    if (/Cup$/.test(name)) name += /^[^\S\n]+of[^\S\n]+\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2}/u.exec(x.doc.text.slice(at + name.length))?.[0] ?? '';
    // "the Summit of the Lake States", "the Festival of Lanterns": a head word alone named on after "of", maybe with an acronym.
    const headKind = BARE_HEAD.test(name) ? eventKind(name) : undefined;
    if (headKind) name += NAMED_ON_AFTER_OF.exec(x.doc.text.slice(at + name.length))?.[0] ?? '';
    // "a World Cup qualifier": the match of the competition is the event, not the competition.
    const stage = COMPETITION_STAGE.exec(x.doc.text.slice(at + name.length, at + name.length + 30))?.[0] ?? '';
    found.push({ name: `${name}${stage}`, at, end: at + name.length + stage.length, rule: R.gathering.id, ...(headKind ? { kind: headKind } : {}) });
  }
}

/** The word before "Day" in the name of a day a state commemorates (rule event.named-day): that day is a ceremony. */
const COMMEMORATED_DAY = /\b(?:National|Independence|Republic|Liberation|Victory|Remembrance|Memorial|Armistice|Unity|Constitution|Flag|Heroes['’]?|Martyrs['’]?|Veterans['’]?) Day$/u;

/**
 * Whether what is celebrated at a position is celebrated by a gathering ("The parade celebrates Founders Day", "the
 * fair, which celebrates …": rule event.marked), not by a place or its people ("as the capital celebrates Navruz").
 */
function celebratedByGathering(x: PassContext, at: number): boolean {
  const s = x.doc.sentenceAt(at);
  const subject = x.doc.text.slice(s.start, at).split(/[,;]/u).at(-1)!;
  return new RegExp(`\\b(?:which|${EVENT_WORD_PATTERN}|parade|procession|celebrations?|festivities)\\b`, 'iu').test(subject);
}

/** "as the capital celebrates Navruz" (rule event.celebrated-name): the occasion celebrated, named by its capitals. */
function celebratedNames(x: PassContext, found: Named[]): void {
  for (const m of x.matchesOutsideTitles(R.celebratedName.pattern)) {
    const name = m.groups!.name!;
    const at = m.pos + m[0].length - name.length;
    if (celebratedByGathering(x, m.pos)) continue;
    if (!x.doc.isTaken(at, at + name.length)) found.push({ name, at, end: at + name.length, rule: R.celebratedName.id, kind: COMMEMORATED_DAY.test(name) ? 'ceremony' : 'festival' });
  }
}

/** "for National Wine Day", "to mark Liberation Day" (rule event.named-day): the occasion a day of the year names. */
function namedDays(x: PassContext, found: Named[]): void {
  for (const m of x.matchesOutsideTitles(R.namedDay.pattern)) {
    const name = m.groups!.name!;
    const at = m.pos + m[0].length - name.length;
    // "Diwali Day celebrations" written elsewhere: the gathering is that longer name, read by its own rules.
    const goesOn = x.doc.text.split(name).slice(1).some((after) => /^ (?:celebrations?|parade|procession|festivities|fireworks|concert)\b/u.test(after) || EVENT_WORDS[/^ ([a-z]+)/u.exec(after)?.[1] ?? ''] !== undefined);
    if (!goesOn && !x.doc.isTaken(at, at + name.length)) found.push({ name, at, end: at + name.length, rule: R.namedDay.id, kind: COMMEMORATED_DAY.test(name) ? 'ceremony' : 'festival' });
  }
}

/**
 * "Only festival buses may use the road": one capitalised word opening a sentence, an English word, is
 * capitalised for its place, not as a name. Counter-example: "Riverside carnival opens on Friday" (a place word).
 */
function sentenceOpeningWord(x: PassContext, at: number, name: string, head: string): boolean {
  const words = name.slice(0, name.length - head.length).trim();
  return x.doc.sentenceAt(at).start === at && !/\s/.test(words) && wordClass(words) === 'W';
}

function otherNames(x: PassContext, found: Named[], past: (f: Named) => boolean): void {
  for (const m of x.matches(R.final.pattern)) {
    const full = m.groups!.name!;
    let name = full.replace(/^(?:The|A|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+/, '');
    let at = m.pos + full.length - name.length;
    // "UEFA Champions League final" with UEFA already a body: the final is named by the words after it.
    while (/\s\S+\s/.test(name) && x.doc.isTaken(at, at + name.length)) { const cut = name.indexOf(' ') + 1; name = name.slice(cut); at += cut; }
    if (name.split(/\s+/).length >= 2 && !x.doc.isTaken(at, at + name.length)) found.push({ name, at, end: at + name.length, rule: R.final.id });
  }
  // A gathering in lower case is one only when the article names none, or names this one in capitals (a headline).
  const named = new Map(found.filter((f) => !past(f)).map((f) => [f.name.toLowerCase(), f.name]));
  for (const m of x.matches(R.lowercaseGathering.pattern)) {
    const phrase = m.groups!.name!;
    const at = m.pos + m[0].length - phrase.length;
    if ((!named.size || named.has(phrase)) && !x.doc.isTaken(at, at + phrase.length)) found.push({ name: named.get(phrase) ?? capitalize(phrase), at, end: at + phrase.length, rule: R.lowercaseGathering.id });
  }
  for (const m of x.matchesOutsideTitles(R.namedLowercaseHead.pattern)) {
    const lead = /^(?:(?:The|A|An|This|Its|Their|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z]\p{L}+['’]s)\s+)+/u.exec(m[0]);
    const name = lead ? m[0].slice(lead[0].length) : m[0];
    const at = m.pos + (lead?.[0].length ?? 0);
    // "A book fair is …": with the article cut off, no capitalised word names it.
    if (MONTH_FIRST.test(name) || !/\p{Lu}/u.test(name)) continue;
    if (name !== m.groups!.head && !x.doc.isTaken(at, at + name.length) && !sentenceOpeningWord(x, at, name, m.groups!.head!)) found.push({ name, at, end: at + name.length, rule: R.namedLowercaseHead.id });
  }
  for (const m of x.matchesOutsideTitles(R.headFirst.pattern)) {
    const name = m[0].replace(/’/g, "'");
    const word = m.groups!.word;
    if (!x.doc.isTaken(m.pos, m.pos + name.length)) found.push({ name, at: m.pos, end: m.pos + name.length, rule: R.headFirst.id, kind: (word && EVENT_WORDS[word.replace(/^trade /, '')]) || 'festival' });
  }
  for (const m of x.matches(R.knownEvent.pattern)) {
    const name = m.groups!.name!;
    // "Diwali gatherings" in a story about "Diwali Day": the longer name the article writes is its event.
    const longer = new RegExp(`\\b${escapeRegExp(name)}[^\\S\\n]+\\p{Lu}`, 'u').test(x.doc.text);
    if (!longer && !x.doc.isTaken(m.pos, m.pos + name.length)) found.push({ name: name.replace(/’/g, "'"), at: m.pos, end: m.pos + name.length, rule: R.knownEvent.id });
  }
  for (const m of x.matchesOutsideTitles(R.appositiveName.pattern)) {
    const name = m.groups!.name!;
    const at = m.pos + m[0].length - name.length - 1;
    if (!x.doc.isTaken(at, at + name.length)) found.push({ name, at, end: at + name.length, rule: R.appositiveName.id, kind: EVENT_WORDS[m.groups!.word!] });
  }
  namedThenKind(x, found);
  namedDays(x, found);
  celebratedNames(x, found);
  monthNamedGatherings(x, found);
  nextDueGatherings(x, found);
  groupGatherings(x, found);
  visitsAndFixtures(x, found);
  sidesPlaying(x, found);
  for (const m of x.matches(R.bodyGathering.pattern)) found.push({ name: m.groups!.name!, at: m.pos, end: m.pos + m.groups!.name!.length, rule: R.bodyGathering.id });
  for (const m of x.matches(R.gatheringOfBody.pattern)) {
    const head = m.groups!.head!;
    // "the summit of the Lakeside Hill" is a hilltop: the words after "of the" must open a body's name (its acronym
    // in brackets may follow them).
    const bodyAt = m.pos + m[0].length - m.groups!.body!.length;
    if (!x.doc.mentionsIn({ start: bodyAt, end: m.pos + m[0].length + 12 }, 'organization').some((o) => o.start === bodyAt)) continue;
    found.push({ name: `${capitalize(head)} of the ${m.groups!.body!}`, at: m.pos, end: m.pos + m[0].length, rule: R.gatheringOfBody.id, kind: head === 'summit' ? 'summit' : EVENT_WORDS[head] ?? 'summit' });
  }
}

/** A name an event word ends, which rule event.named reads already. */
const ENDS_IN_EVENT_WORD = new RegExp(`\\b(?:${EVENT_WORD_PATTERN})$`, 'iu');

/**
 * "… in the middle of the Lakeside Days is brave. The festival opened on Friday" (rule event.named-then-kind): the one
 * name after "the" in the sentence before is the festival's, when no event word ends it and it names no place, body
 * or person.
 */
function namedThenKind(x: PassContext, found: Named[]): void {
  for (const s of x.doc.sentences) {
    const word = R.namedThenKind.pattern.exec(s.text)?.groups!.word;
    const before = x.doc.sentences[s.index - 1];
    if (!word || !before || x.doc.isHeading(before)) continue;
    const names = [...before.text.matchAll(NAME_AFTER_THE)]
      .map((m) => ({ name: m.groups!.name!, at: before.start + m.index + m[0].length - m.groups!.name!.length }))
      .filter(({ name, at }) => !lookupPlace(name) && !ENDS_IN_EVENT_WORD.test(name) && !x.doc.mentionsIn({ start: at, end: at + name.length }).length);
    if (names.length !== 1) continue;
    const { name, at } = names[0]!;
    if (!x.doc.isTaken(at, at + name.length) && !found.some((f) => f.name === name)) found.push({ name, at, end: at + name.length, rule: R.namedThenKind.id, kind: EVENT_WORDS[word] });
  }
}

/** A name opening with a month ("April derby"): the month it was held in, read by rule event.month-named. */
const MONTH_FIRST = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s/;

/**
 * "the April derby" in a November article (rule event.month-named): the derby of last April, dated by the
 * month; a month after the publication's is this year's coming one, and the same month is left undated.
 */
function monthNamedGatherings(x: PassContext, found: Named[]): void {
  for (const m of x.matchesOutsideTitles(R.monthNamed.pattern)) {
    const { month, word } = m.groups as { month: string; word: string };
    const start = monthStart(month, x.published.slice(0, 4));
    const at = m.pos + m[0].indexOf(month);
    if (start >= x.published.slice(0, 7) || x.doc.isTaken(at, m.pos + m[0].length)) continue;
    const kind = EVENT_WORDS[word] ?? MORE_GATHERING_WORDS[word];
    const note = `year of '${month}' taken from the publication date ${x.published}, the month being past`;
    found.push({ name: `${month} ${word}`, at, end: m.pos + m[0].length, rule: R.monthNamed.id, ...(kind ? { kind } : {}), dated: { start, precision: 'month', note } });
  }
}

/** "The next summit is due in Juba in June" (rule event.next-due): that gathering, dated by the month written, the coming one without a year. */
function nextDueGatherings(x: PassContext, found: Named[]): void {
  for (const m of x.matchesOutsideTitles(R.nextDue.pattern)) {
    const { words, word, month, year } = m.groups as { words: string; word: string; month: string; year?: string };
    const thisYear = monthStart(month, x.published.slice(0, 4));
    const start = year ? monthStart(month, year) : thisYear >= x.published.slice(0, 7) ? thisYear : monthStart(month, String(Number(x.published.slice(0, 4)) + 1));
    // The span holds the month, which the quote must state.
    const end = m.pos + m[0].length;
    if (x.doc.isTaken(m.pos, m.pos + m[0].indexOf(word, 9 + words.length) + word.length) || start < x.published.slice(0, 7)) continue;
    const note = year ? undefined : `year of '${month}' taken as the coming ${month} after the publication date ${x.published}`;
    found.push({ name: `Next ${words}${word}`, at: m.pos, end, rule: R.nextDue.id, kind: EVENT_WORDS[word.toLowerCase()] ?? eventKind(word), dated: { start, precision: 'month', ...(note ? { note } : {}) } });
  }
}

/**
 * "Sunday's heavyweight bout between Ada Holm and Eva Lind" (rule event.weekday-gathering): the gathering
 * named by its words and sides (nicknames in quotes left out); its mention keeps the weekday, which dates it.
 */
function weekdayGatherings(x: PassContext): Named[] {
  // The sides may be bodies already read ("between Northton FC and Southby FC"): only the words before them must be free.
  return [...x.matchesOutsideTitles(R.weekdayGathering.pattern)].filter((m) => !x.doc.isTaken(m.pos, m.pos + m[0].length - (m.groups!.between?.length ?? 0))).map((m) => {
    const { words, word, between } = m.groups as { words: string; word: string; between?: string };
    const sides = (between ?? '').replace(/["“][^"”]{1,40}["”] ?/g, '');
    const kind = EVENT_WORDS[word] ?? MORE_GATHERING_WORDS[word];
    return { name: capitalize(`${words}${word}${sides}`), at: m.pos, end: m.pos + m[0].length, rule: R.weekdayGathering.id, ...(kind ? { kind } : {}) };
  });
}

/**
 * "Thursday's summit of the Northern Seven" (rule event.day-of-name) is the "Northern Seven summit"; "the
 * final round of Lakecup 2031" (rule event.round-of) is the "Lakecup 2031 final round". Each mention is the
 * words from the gathering's word (or stage) to the end of its name.
 */
function groupGatherings(x: PassContext, found: Named[]): void {
  for (const m of x.matchesOutsideTitles(R.dayOfName.pattern)) {
    const { word, name } = m.groups as { word: string; name: string };
    const at = m.pos + m[0].indexOf(word);
    // The group's name may be a body's mention ("the Northern Seven (N7)"): only the gathering's word must be free.
    if (!x.doc.isTaken(at, at + word.length)) found.push({ name: `${name} ${word}`, at, end: m.pos + m[0].length, rule: R.dayOfName.id, kind: EVENT_WORDS[word] ?? 'summit' });
  }
  for (const m of x.matchesOutsideTitles(R.roundOf.pattern)) {
    const { round, name, year } = m.groups as { round: string; name: string; year: string };
    const at = m.pos + m[0].indexOf(round);
    found.push({ name: `${name} ${year} ${round}`, at, end: m.pos + m[0].length, rule: R.roundOf.id, kind: 'games' });
  }
}

/**
 * The name of an act of state (rule event.ceremonial-act) by its match's groups: "Opening of the new harbour bridge",
 * "Signing of the agreement", "Prayer at the Old Temple"; undefined for a wreath, which its place names (wreathLaying).
 * Ingest and the review's forms name them so.
 */
export function ceremonialActName(groups: Record<string, string | undefined>): string | undefined {
  const { building, agreement, gift, guest, prayer } = groups;
  if (prayer) return `Prayer ${prayer}`;
  const what = building ?? agreement ?? gift ?? guest;
  if (!what) return undefined;
  const verb = building ? groups.open! : agreement ? 'sign' : gift ? 'hand over' : 'welcome';
  return `${ACT_NAMES[verb]} of ${what.replace(/^(?:a|an|its|their|his|her)\s/, 'the ')}`;
}

/**
 * Visits, all one event named once: by the visitor's title ("Pope's visit") when one is given, else by
 * the visitor's nationality the first sentence that gives one states ("Danish state visit"); matches named by their sides.
 */
function visitsAndFixtures(x: PassContext, found: Named[]): void {
  const visits = [...x.matchesOutsideTitles(R.visit.pattern), ...x.matchesOutsideTitles(R.visitorVisit.pattern)].sort((a, b) => a.pos - b.pos);
  const nationalityOf = (m: (typeof visits)[number]) => {
    if (!/^(?:state|official|royal|presidential)$/.test(m.groups!.what ?? '')) return undefined;
    if (m.groups!.nationality) return m.groups!.nationality;
    const before = x.doc.text.slice(x.doc.sentenceAt(m.pos).start, m.pos);
    return [...before.matchAll(new RegExp(`\\b(${NATIONALITY_PATTERN})\\b`, 'g'))].at(-1)?.[1];
  };
  const visitor = visits.map((m) => m.groups!.visitor).find(Boolean);
  const nationality = visits.map(nationalityOf).find(Boolean);
  const what = visits.map((m) => m.groups!.what).find(Boolean) ?? 'state';
  const name = visitor ? `${visitor}'s visit` : nationality ? `${nationality} ${what} visit` : `${capitalize(what)} visit`;
  for (const m of visits) {
    const at = m.groups!.visitor ? m.pos : m.pos + m[0].length - `${m.groups!.what} visit`.length;
    found.push({ name, at, end: m.pos + m[0].length, rule: m.groups!.visitor ? R.visitorVisit.id : R.visit.id, kind: 'summit' });
  }
  for (const m of x.matchesOutsideTitles(R.ceremonialAct.pattern)) {
    const { building, agreement, gift, guest, wreath, prayer } = m.groups as Record<string, string | undefined>;
    const what = (building ?? agreement ?? gift ?? guest ?? wreath ?? prayer)!;
    const at = m.pos + m[0].length - what.length;
    if (x.doc.isTaken(at, at + what.length) || !dayOfClause(x, at)) continue;
    const name = wreath ? wreathLaying(x, at + what.length) : ceremonialActName(m.groups as Record<string, string | undefined>)!;
    found.push({ name, at, end: at + what.length, rule: R.ceremonialAct.id, kind: 'ceremony' });
  }
  paradesAndRehearsals(x, found);
  for (const m of x.matches(R.fixture.pattern)) {
    // A title line names a match only with its day ("Northton v Southby, City Stadium, Sunday, 11 May 2031"), as a fixture list does.
    const s = x.doc.sentenceAt(m.pos);
    const lineDay = x.doc.isTitle(s) ? x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && s.start + d.index > m.pos) : undefined;
    if (x.doc.isTitle(s) && !lineDay) continue;
    const dated = lineDay && { start: lineDay.start, precision: 'day' as const, ...(lineDay.derived ? { note: lineDay.note ?? `date of '${lineDay.text}' inferred` } : {}) };
    // Its quote runs to the day, which it holds.
    const end = lineDay ? s.start + lineDay.index + lineDay.text.length : m.pos + m[0].length;
    if (!x.doc.isTaken(m.pos, m.pos + m[0].length)) found.push({ name: m[0], at: m.pos, end, rule: R.fixture.id, ...(dated ? { dated } : {}) });
  }
}

/** "the military parade marking Neutrality Day", "a final dress rehearsal" (rules event.parade, event.rehearsal): ceremonies, when their clause states a day. */
function paradesAndRehearsals(x: PassContext, found: Named[]): void {
  for (const rule of [R.parade, R.rehearsal]) {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const { parade, marks, day, rehearsal, trophy } = m.groups as Record<string, string | undefined>;
      const what = (parade ?? rehearsal ?? trophy)!;
      const at = m.pos + m[0].indexOf(what);
      // "the Harbour Day military parade": the day it marks, named before it, opens its name.
      const from = day ? m.pos + m[0].indexOf(day) : at;
      if (x.doc.isTaken(from, at + what.length) || !dayOfClause(x, at)) continue;
      const name = marks ? `${marks} ${what}` : day ? `${day} ${what}` : capitalize(what);
      found.push({ name, at: from, end: marks ? m.pos + m[0].length : at + what.length, rule: rule.id, kind: 'ceremony' });
    }
  }
}

/** "Tunisia play Algeria in Alexandria on Friday" (rule event.sides-play): a match of two countries' sides, when its clause states its day. */
function sidesPlaying(x: PassContext, found: Named[]): void {
  const country = (name: string) => lookupPlace(name)?.kind === 'country';
  for (const m of x.matchesOutsideTitles(R.sidesPlay.pattern)) {
    const { home, away } = m.groups as { home: string; away: string };
    // "Azerbaijan play Uzbekistan in a World Cup qualifier": the match is named after its sides, and read by that name.
    if (!country(home) || !country(away) || !dayOfClause(x, m.pos) || /^\s+in\s+(?:an?|the)\s/.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 8))) continue;
    found.push({ name: `${home} v ${away}`, at: m.pos, end: m.pos + m[0].length, rule: R.sidesPlay.id, kind: 'games' });
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "October 2026" as "2026-10". */
const monthStart = (month: string, year: string) => `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}`;

const yearOf = (name: string) => Number(/\b((?:19|20)\d{2})\b/.exec(name)?.[1] ?? NaN);

const LAST_YEARS = /\b[Ll]ast year['’]s\s+$/;

/**
 * "in 2014, when the city hosted the summit": a past year in the words before the name, with its offset;
 * "last year's Cup final" is the year before publication, derived, the note saying so.
 */
function statedYear(x: PassContext, at: number): { year: number; at: number; note?: string } | null {
  const sentenceStart = x.doc.sentenceAt(at).start;
  const before = x.doc.text.slice(sentenceStart, at);
  const last = LAST_YEARS.exec(before);
  if (last) return { year: Number(x.published.slice(0, 4)) - 1, at: sentenceStart + last.index, note: `year of '${last[0].trim()}' counted back from the publication date ${x.published}` };
  const m = /\b(?:in|of|since)\s+((?:19|20)\d{2})\b(?![^.;]+\b(?:in|of|since)\s+(?:19|20)\d{2}\b)/d.exec(before) ?? /\b((?:19|20)\d{2})\s+$/d.exec(before);
  // "the biggest operation since 2010 for the Cup's opener": the year is another event's.
  if (m && /\b(?:for|to|at|ahead of|before|than|during)\b/.test(before.slice(m.index + m[0].length))) return null;
  // The year's own offset, not one counted back from the match's end: "the 2010 World Cup" ends in a space.
  return m ? { year: Number(m[1]), at: sentenceStart + m.indices![1]![0] } : null;
}

/**
 * "the general Song Festival of July 2025", "the Harbour Cup final in 2019", "the European Cup that Eastland
 * co-hosted in 2012": a past month or year written right after a name makes it that earlier edition, named and dated by it (rule event.past-edition-dated).
 * A month or year still to come is left alone: "the Harbour Festival in July" is the coming one.
 */
function datedAfterName(x: PassContext, found: Named[]): Named[] {
  return found.map((f) => {
    // "the European Cup that Eastland co-hosted in 2012": a clause saying who held it may stand between.
    const m = new RegExp(`^,?\\s+(?:(?:that|which)\\s+(?:the\\s+)?[\\p{L}'’-]+\\s+(?:last\\s+)?(?:co-)?(?:hosted|held|staged)\\s+)?(?:of|in)\\s+(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d{2})\\b`, 'u').exec(x.doc.text.slice(f.end, f.end + 70));
    if (!m || yearOf(f.name) === Number(m[2])) return f;
    const start = m[1] ? monthStart(m[1], m[2]!) : m[2]!;
    if (start >= x.published.slice(0, start.length)) return f;
    const when = m[1] ? `${m[1]} ${m[2]}` : m[2]!;
    return { ...f, name: `${f.name} of ${when}`, end: f.end + m[0].length, rule: R.pastEditionAfter.id, kind: f.kind ?? eventKind(f.name), dated: { start, precision: m[1] ? 'month' : 'year' } };
  });
}

const newEvent = (x: PassContext, name: string, fields: Partial<EventDraft> = {}): EventDraft =>
  ({ id: x.newId(name), name, kind: eventKind(name), start: null, end: null, date_precision: null, derived: false, place_ids: [], figures: [], citations: [], ...fields });

/**
 * "to host the 2048 Commonwealth Games": a year after publication written right before the article's own event's
 * name makes it that edition, dated by the year (cited with it), so no day of the article (the day a bid was made) dates it.
 */
function futureEdition(x: PassContext, event: EventDraft, mentions: Named[], publishedYear: number): void {
  for (const f of mentions) {
    const year = /\b((?:19|20)\d{2})\s+$/u.exec(x.doc.text.slice(Math.max(0, f.at - 6), f.at));
    if (!year || Number(year[1]) <= publishedYear) continue;
    Object.assign(event, { start: year[1], date_precision: 'year' });
    x.addCitation(event, x.doc.cite(f.at - year[0].length, f.end));
    return;
  }
}

/** The article's own event is the one it names most (then first), among those not past. */
function mainOf(found: Named[], past: (f: Named) => boolean): Named | undefined {
  // Counted once for all: an article naming one gathering thousands of times stays linear.
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.name.toLowerCase(), (counts.get(f.name.toLowerCase()) ?? 0) + 1);
  const times = (f: Named) => counts.get(f.name.toLowerCase())!;
  return found.filter((f) => !generic(f.name) && !past(f)).reduce<Named | undefined>((best, f) => (!best || times(f) > times(best) ? f : best), undefined)
    ?? found.find((f) => generic(f.name) && !past(f));
}

/** "Hogmanay" and "Hogmanay street party": an event known by one name and a longer name of it. */
const knownShortName = (short: string, long: string) => !!KNOWN_EVENTS[short] && long.startsWith(`${short} `);

/**
 * A name read inside a longer one at the same place ("Hogmanay" in "Hogmanay street party") is the longer one's. The
 * spans are swept once from the left, the longest first where two start together: a span is inside another when one
 * seen before it ends at or after its end (the same span twice is inside neither).
 */
function outermost(found: Named[]): Named[] {
  const spans = [...new Set(found.map((f) => `${f.at}:${f.end}`))].map((key) => key.split(':').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const inside = new Set<string>();
  let furthest = -1;
  for (const [at, end] of spans) {
    if (furthest >= end) inside.add(`${at}:${end}`);
    furthest = Math.max(furthest, end);
  }
  return found.filter((f) => !inside.has(`${f.at}:${f.end}`));
}

/**
 * Spans whose capitalised words name no gathering: what an event marks (rule event.marked: "which marks the
 * end of the Harvest Moon celebrations"), a fair or expo a route starts or ends at (rule event.route-end).
 */
function namesNotGatherings(x: PassContext): Span[] {
  const spans: Span[] = [];
  for (const m of x.matches(R.marked.pattern)) {
    // "as the capital celebrates Navruz": what people celebrate is a gathering (rule event.celebrated-name).
    if (/^celebrat/iu.test(m[0]) && !celebratedByGathering(x, m.pos)) continue;
    const name = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{L}+/u.exec(x.doc.text.slice(m.pos + m[0].length, x.doc.sentenceAt(m.pos).end));
    if (name) spans.push({ start: m.pos + m[0].length, end: m.pos + m[0].length + name[0].length });
  }
  for (const m of x.matches(R.routeEnd.pattern)) {
    const place = m.groups!.start ?? m.groups!.end!;
    const at = m.pos + (m.groups!.start ? m[0].indexOf(place) : m[0].lastIndexOf(place));
    spans.push({ start: at, end: at + place.length });
  }
  return spans;
}

/** Where a relative clause on a name dates it (rule event.relative-clause-date): "…, which returns on", in the text after the name. */
const RELATIVE_DATE = new RegExp(R.relativeClauseDate.pattern.source, R.relativeClauseDate.pattern.flags.replace('g', ''));

/** What stands between a name and the day or period right after it: maybe its venue ("at the National Stadium"), then "on" or "from". */
const DAY_AFTER_NAME = /^(?:\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,.;]{0,60}?)?,?\s+(?:on|from)\s+(?:the\s+)?$/u;

/**
 * "Northton v Southby on Saturday, May 10", "the Lakeside Championships at the National Stadium from Wednesday,
 * Oct 20, to Sunday, Oct 24": the day or period written right after an event's name, maybe after its venue, is its date; so is
 * the day a relative clause on the name gives ("the Harbour Festival at Quay Park, which returns on March 16
 * and 17", two days a range).
 */
function dayAfter(x: PassContext, event: EventDraft, f: Named): void {
  const s = x.doc.sentenceAt(f.at);
  const dates = x.doc.dates.get(s.index)!;
  const relative = RELATIVE_DATE.exec(x.doc.text.slice(f.end, s.end));
  const dateAt = relative?.index === 0 ? f.end + relative[0].length : -1;
  const clauseDay = dates.find((d) => d.precision === 'day' && Math.abs(s.start + d.index - dateAt) <= 3);
  const date = (clauseDay && (dayPair(s.text, [clauseDay]) ?? clauseDay))
    ?? dates.find((d) => d.precision === 'day' && DAY_AFTER_NAME.test(x.doc.text.slice(f.end, s.start + d.index) + (/^(?:on|from)\s/i.exec(d.text)?.[0] ?? '')));
  if (!date) return;
  if (clauseDay) x.ruled(event, R.relativeClauseDate.id);
  Object.assign(event, { start: date.start, end: date.end, date_precision: 'day' });
  x.inferDate(event, date);
  x.addCitation(event, x.doc.cite(f.at, s.start + date.index + date.text.length));
}

/** A new named event's day, read next to its name: after it, opening its clause, or a day's possessive before it. */
function dayNextToName(x: PassContext, event: EventDraft, f: Named): void {
  for (const dayOf of [dayAfter, dayOpeningClause, possessiveDay]) if (!event.start) dayOf(x, event, f);
}

/** "Saturday's Lakeside-Northby derby kicked off at 20:00" (rule date.possessive-day): the day whose possessive the name follows. */
function possessiveDay(x: PassContext, event: EventDraft, f: Named): void {
  const s = x.doc.sentenceAt(f.at);
  const possessive = [...x.matches(R.possessiveDay.pattern, { start: Math.max(s.start, f.at - 14), end: f.end })].find((m) => /^\s+$/u.test(x.doc.text.slice(m.pos + m[0].length, f.at)));
  const date = possessive && x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && s.start + d.index === possessive.pos);
  if (!possessive || !date) return;
  Object.assign(event, { start: date.start, date_precision: 'day' });
  x.inferDate(event, date);
  x.addCitation(event, x.doc.cite(possessive.pos, f.end));
  x.ruled(event, R.possessiveDay.id);
}

/** "on Friday he will address a Northland business forum" (rule event.clause-opening-day): the day opening the clause the name ends. */
function dayOpeningClause(x: PassContext, event: EventDraft, f: Named): void {
  const s = x.doc.sentenceAt(f.at);
  const clause = [...x.matches(R.clauseOpeningDay.pattern, s)].find((m) => m.pos + m[0].length === f.at);
  const date = clause && x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && s.start + d.index >= clause.pos && s.start + d.index < clause.pos + 14);
  if (!clause || !date) return;
  Object.assign(event, { start: date.start, date_precision: 'day' });
  x.inferDate(event, date);
  x.addCitation(event, x.doc.cite(clause.pos, f.end));
  x.ruled(event, R.clauseOpeningDay.id);
}

/** The day the clause around an offset states, never the day someone spoke. */
function dayOfClause(x: PassContext, at: number): FoundDate | undefined {
  const s = x.doc.sentenceAt(at);
  const clause = clauseAround(s, at);
  return x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end && s.start + d.index >= clause.start && s.start + d.index < clause.end && !isDayOfSaying(s.text, d));
}

/** A ceremonial act's day (rule event.ceremonial-act): the day its own clause states. */
function dayInClause(x: PassContext, event: EventDraft, f: Named): void {
  const day = dayOfClause(x, f.at);
  if (!day) return;
  const s = x.doc.sentenceAt(f.at);
  const clause = clauseAround(s, f.at);
  Object.assign(event, { start: day.start, date_precision: 'day' });
  x.inferDate(event, day);
  x.addCitation(event, x.doc.cite(clause.start === s.start ? s.start : clause.start + 2, clause.end));
}

/** The past month or year a sentence states when it states no day ("in June 1993", "in 2011"): the date of a past rite. */
function pastDateOf(x: PassContext, s: Sentence): { start: string; precision: 'month' | 'year'; text: string } | null {
  const dates = x.doc.dates.get(s.index)!;
  if (dates.some((d) => d.precision === 'day')) return null;
  const month = dates.find((d) => d.precision === 'month' && d.start < x.published.slice(0, 7));
  if (month) return { start: month.start, precision: 'month', text: month.text };
  const year = /\bin ((?:19|20)\d{2})\b/.exec(s.text);
  return year && Number(year[1]) < Number(x.published.slice(0, 4)) ? { start: year[1]!, precision: 'year', text: year[1]! } : null;
}

interface Rite { named: Named; past: ReturnType<typeof pastDateOf>; sentence: Sentence }

/**
 * Funerals, burials, Masses: every mention of one rite is one event, named by the first "of <Name>" written
 * after it ("Funeral of Ada Holm", "Funeral of former Premier Ada Holm", "Funeral of the Right Honourable Ada Holm"); one in a sentence that gives only a past month or year is an earlier rite.
 * The span keeps a weekday's possessive ("Friday's funeral"), which dates it.
 */
function rites(x: PassContext): Rite[] {
  // A rite inside quoted words is one a speaker calls something ("a wedding paid for by taxpayers").
  const matches = [...x.matchesOutsideTitles(R.rite.pattern)].filter((m) => !x.doc.quoted(m.pos));
  const names = new Map<string, string>();
  for (const m of matches) {
    const rite = m.groups!.rite!;
    const of = /^[^\S\n]+of[^\S\n]+((?:(?:the|former|late)[^\S\n]+){0,2}(?:[A-Z][\p{L}'’-]+[^\S\n]+){0,4}[A-Z][\p{L}'’-]+)/u.exec(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 80));
    if (of && !names.has(rite)) names.set(rite, `${capitalize(rite)} of ${of[1]}`);
  }
  return matches.map((m) => {
    const at = m.groups!.article || m.groups!.verb ? m.pos + /^\S+\s+/u.exec(m[0])![0].length : m.pos;
    const sentence = x.doc.sentenceAt(m.pos);
    const rite = m.groups!.rite!;
    const faith = m.groups!.faith;
    return { named: { name: names.get(rite) ?? (faith ? `${capitalize(faith)} ${rite}` : capitalize(rite)), at, end: m.pos + m[0].length, rule: R.rite.id, kind: 'ceremony' }, past: pastDateOf(x, sentence), sentence };
  });
}

/** A rite in a sentence that gives only a past month or year: an earlier one, named and dated by it ("Mass of June 1993"). */
function pastRite(x: PassContext, rite: Rite): void {
  const name = `${rite.named.name.replace(/ of .*$/, '')} of ${rite.past!.text}`;
  if (x.facts.events.some((e) => e.name === name)) return;
  const event = newEvent(x, name, { kind: 'ceremony', start: rite.past!.start, date_precision: rite.past!.precision });
  x.facts.events.push(event);
  x.addCitation(event, x.doc.cite(rite.sentence.start, rite.sentence.end));
  x.ruled(event, R.rite.id);
  x.doc.mention(event.id, 'event', rite.named.at, rite.named.end);
}

/** "lay a wreath at the Unity Memorial": a wreath-laying named by the capitalised place written after it, if any. */
function wreathLaying(x: PassContext, end: number): string {
  const place = /^ at (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,5})/u.exec(x.doc.text.slice(end, end + 80));
  return place ? `Wreath-laying at ${/^ at the /.test(x.doc.text.slice(end, end + 8)) ? 'the ' : ''}${place[1]}` : 'Wreath-laying';
}

/** What a ceremonial act is called by its verb (rule event.ceremonial-act). */
const ACT_NAMES: Record<string, string> = { open: 'Opening', inaugurate: 'Inauguration', unveil: 'Unveiling', sign: 'Signing', 'hand over': 'Handover', welcome: 'Welcome' };

/** Speech verbs right before a day: the day someone spoke, not the day of the rite. */
const SPOKE_ON = /\b(?:said|says|told|announced|added|confirmed|stated)\s+(?:\w+\s+)?on\s+(?:the\s+)?$/i;

/** Rites and visits are dated by their sentence, the day not always right after the name ("a Mass at the stadium on Sunday"). */
const DATED_IN_SENTENCE = new Set([R.rite.id, R.visit.id, R.visitorVisit.id]);

/** A rite's or visit's day: the nearest day after it in its sentence, else the nearest before, never the day someone spoke. */
function dayInSentence(x: PassContext, event: EventDraft, f: Named): void {
  const s = x.doc.sentenceAt(f.at);
  const days = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !SPOKE_ON.test(s.text.slice(Math.max(0, d.index - 30), d.index)) && !isDayOfSaying(s.text, d));
  const at = f.at - s.start;
  const day = days.find((d) => d.index >= at) ?? days.filter((d) => d.index < at).at(-1);
  if (!day) {
    dateByScene(x, event, s);
    return;
  }
  Object.assign(event, { start: day.start, date_precision: 'day' });
  x.inferDate(event, day);
  x.addCitation(event, x.doc.cite(s.start, s.end));
}

export function events(x: PassContext): void {
  const collected: Named[] = [];
  const publishedYear = Number(x.published.slice(0, 4));
  const past = (f: Named) => yearOf(f.name) < publishedYear || (statedYear(x, f.at)?.year ?? Infinity) < publishedYear
    || (!!f.dated && f.dated.start < x.published.slice(0, f.dated.start.length));
  namedGatherings(x, collected);
  otherNames(x, collected, past);
  const riteList = rites(x);
  collected.push(...riteList.filter((r) => !r.past).map((r) => r.named));
  // A gathering told only by its weekday is the article's own event when the article names none.
  if (!collected.some((f) => !past(f))) collected.push(...weekdayGatherings(x));
  const notGatherings = namesNotGatherings(x);
  const found = outermost(datedAfterName(x, collected)).filter((f) => !notGatherings.some((n) => n.start <= f.at && f.end <= n.end));
  // A headline shortens ("Harbourside final: what changes"): a name only it gives is the article's own event when the text names one.
  // The first line is the headline even when it ends in a quote, as an interview's does.
  const firstLineEnd = x.doc.text.indexOf('\n');
  const inHeadline = (f: Named) => x.doc.isHeading(x.doc.sentenceAt(f.at)) || f.end <= firstLineEnd;
  // Read once: many headings (a fixture list) would otherwise be checked against every name.
  const headed = new Set(found.filter(inHeadline));
  const namedInText = new Set(found.filter((g) => !headed.has(g)).map((g) => g.name));
  const headlineOnly = (f: Named) => headed.has(f) && !namedInText.has(f.name);
  // "The next summit is due in June" (rule event.next-due) is another gathering than the article's own.
  const next = (f: Named) => f.rule === R.nextDue.id;
  const main = mainOf(found.filter((f) => !headlineOnly(f) && !next(f)), past) ?? mainOf(found.filter((f) => !next(f)), past);
  for (const f of found) {
    // "Grand Prix" after "Harbour City Grand Prix" is the same race.
    const refersToMain = main && !next(f) && (f === main || (generic(f.name) && !past(f)) || f.name === main.name
      || (!past(f) && (main.name.endsWith(` ${f.name}`) || f.name.endsWith(` ${main.name}`) || knownShortName(f.name, main.name) || knownShortName(main.name, f.name)))
      || (headlineOnly(f) && !past(f)));
    if (refersToMain) {
      if (!x.mainEvent) {
        x.mainEvent = newEvent(x, main.name, main.kind ? { kind: main.kind } : {});
        futureEdition(x, x.mainEvent, found.filter((g) => g.name === main.name), publishedYear);
        x.facts.events.push(x.mainEvent);
        x.addCitation(x.mainEvent, x.doc.cite(main.at, main.end));
        x.ruled(x.mainEvent, main.rule);
      }
      x.doc.mention(x.mainEvent.id, 'event', f.at, f.end);
      continue;
    }
    let event = x.facts.events.find((e) => e.name === f.name);
    if (!event) {
      const stated = Number.isNaN(yearOf(f.name)) ? statedYear(x, f.at) : null;
      const year = stated?.year ?? yearOf(f.name);
      const date = f.dated ?? (Number.isNaN(year) ? undefined : { start: String(year), precision: 'year' as const });
      event = newEvent(x, f.name, { ...(f.kind ? { kind: f.kind } : {}), ...(date ? { start: date.start, date_precision: date.precision } : {}) });
      if (stated?.note) x.infer(event, stated.note);
      if (f.dated?.note) x.infer(event, f.dated.note);
      x.facts.events.push(event);
      // The quote holds the year it is dated by.
      x.addCitation(event, x.doc.cite(stated?.at ?? f.at, f.end));
      if (!DATED_IN_SENTENCE.has(f.rule)) dayNextToName(x, event, f);
      if (!event.start && [R.ceremonialAct.id, R.sidesPlay.id, R.parade.id, R.rehearsal.id].includes(f.rule)) dayInClause(x, event, f);
      x.ruled(event, f.rule);
    }
    if (!event.start && DATED_IN_SENTENCE.has(f.rule)) dayInSentence(x, event, f);
    x.doc.mention(event.id, 'event', f.at, f.end);
  }
  occasions(x);
  for (const rite of riteList.filter((r) => r.past)) pastRite(x, rite);
  pastEditions(x, publishedYear);
  datedMatches(x);
  elections(x);
  festivalParts(x);
  programmeDays(x);
}

/**
 * What a programme line's gathering is: a rite or a ceremony (`RITE_LINE`), or an honour to a dignitary
 * (`DIGNITARY_LINE`: "the procession of the paramount chief"), a `ceremony`; a line named by a proper name
 * (rule event.programme-named), one whose words name a procession or a feast (`ROUTE_LINE`), one telling a route
 * from a named place, or a part named with the festival's own head word ("the Junior Regatta" in a regatta's
 * programme) a festival's part; else, in a festival's programme, a show of the festival ("a concert on the
 * pier") is a festival's part and anything else its ceremonial acts ("a gala at the town hall"); outside a
 * festival, a day of the gathering (a procession's route).
 */
function programmeKind(x: PassContext, words: string, line: string, named = false): EventDraft['kind'] {
  if (RITE_LINE.test(line) || DIGNITARY_LINE.test(line)) return 'ceremony';
  const head = x.mainEvent?.kind === 'festival' ? x.mainEvent.name.split(/\s+/).at(-1)!.toLowerCase() : '';
  const ownHead = head.length > 3 && words.toLowerCase().split(/\s+/).includes(head);
  if (named || ownHead || ROUTE_LINE.test(words) || ROUTE_FROM.test(line)) return 'festival';
  return x.mainEvent?.kind !== 'festival' || SHOW_WORD.test(words) ? 'festival' : 'ceremony';
}

/** The ceremony rules of the event details pass (rules event.ceremony, event.named-ceremony), as tests. */
const CEREMONY_RULES = [R.ceremony.pattern, R.otherCeremony.pattern].map((re) => new RegExp(re.source, re.flags.replace('g', '')));

/** The day a programme line states before its item: its first day (a line of several days, "Friday to Sunday", opens with it). */
function programmeLineDate(x: PassContext, from: number, to: number): FoundDate | undefined {
  const s = x.doc.sentenceAt(from);
  return x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index >= from && s.start + d.index < to);
}

/** Adds a programme line's gathering, once per name, unless an event is already read on its words. */
function addProgrammeItem(x: PassContext, item: { name: string; kind: EventDraft['kind']; date: FoundDate; cite: Span; mention: Span; rule: string }): void {
  const { name, date, cite, mention } = item;
  const named = x.doc.mentions.filter((e) => e.type === 'event' && e.start < cite.end && e.end > cite.start);
  // A gathering named on the line ("three days of the Junior Regatta") is of the line's day when nothing else dated it.
  const undated = named.length === 1 ? x.facts.events.find((e) => e.id === named[0]!.id && !e.start && e !== x.mainEvent) : undefined;
  if (undated) {
    Object.assign(undated, { start: date.start, date_precision: 'day' });
    x.inferDate(undated, date);
    x.addCitation(undated, x.doc.cite(cite.start, cite.end));
    x.ruled(undated, item.rule);
  }
  if (named.length) return;
  if (x.facts.events.some((e) => e.name === name)) return;
  const event = newEvent(x, name, { kind: item.kind, start: date.start, date_precision: 'day', rules: [item.rule] });
  x.inferDate(event, date);
  x.addCitation(event, x.doc.cite(cite.start, cite.end));
  if (!event.citations.length) return;
  x.facts.events.push(event);
  x.doc.mention(event.id, 'event', mention.start, mention.end);
}

/**
 * A programme's lines, each opening with its weekday (rule event.programme-day): a gathering of that day,
 * named by the line's words up to the first comma, of the kind `programmeKind` gives; a line opening with a
 * name, then its weekday (rule event.programme-named), is that name's gathering.
 */
/** Words that name a place only: one the gazetteer knows, or a town then its island or country ("Basseterre, St Kitts - …"). */
const placeLine = (words: string, item: string) => !!lookupPlace(words) || /^\p{Lu}[\p{L}'’-]+,[^\S\n]+\p{Lu}/u.test(item);

function programmeDays(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.programmeDay.pattern)) {
    const item = m.groups!.item!;
    const itemAt = m.pos + m[0].length - item.length;
    const segment = item.split(/[,;(]/)[0]!;
    const words = segment.replace(/^(?:the|a|an)\s/, '').replace(/\.$/, '').trim();
    // A numbered line's "2." is a sentence of its own: the line is read from its weekday.
    const dayAt = m.pos + m[0].search(/\p{L}/u);
    const date = programmeLineDate(x, dayAt, itemAt);
    // A ceremony the ceremony rules name ("the closing ceremony", "a thanksgiving service") is theirs, read later; a
    // place alone ("Friday, June 22, 2040 - Basseterre", a live blog's date line) names no gathering.
    // A notice's dated heading that asks something of its reader ("Sunday, November 10 - please read before leaving") is no gathering.
    if (words.length < 3 || !date || CEREMONY_RULES.some((re) => re.test(segment)) || placeLine(words, item) || /^please\b/iu.test(words)) continue;
    // "Wednesday, 12 January 2050 - swipe to read": the piece's own date line, the publication day written in full with its year.
    if (date.start === x.published && /\d{4}/u.test(x.doc.text.slice(dayAt, itemAt))) continue;
    // "Tuesday - Mobile internet speeds dropped sharply": a log of what happened, told in the past, is no programme;
    // nor a timeline's line, a sentence of a day before the article's ("Sunday, Jan 16: Water breaks into the mine").
    if (/^\p{Lu}/u.test(item) && (PAST.test(segment) || date.start < x.published)) continue;
    const span = { start: itemAt, end: itemAt + segment.length };
    // "the Corso, a second and shorter parade along the route": the appositive says what the named part is.
    const appositive = /^,\s+(?:a|an|the)\s[^,;(]+/.exec(item.slice(segment.length))?.[0] ?? '';
    addProgrammeItem(x, { name: capitalize(words), kind: programmeKind(x, `${words}${appositive}`, item.split(';')[0]!), date, cite: { start: dayAt, end: span.end }, mention: span, rule: R.programmeDay.id });
  }
  for (const m of x.matchesOutsideTitles(R.programmeNamed.pattern)) {
    const { name, rest } = m.groups as { name: string; rest: string };
    const at = m.pos + m[0].indexOf(name);
    const restAt = m.pos + m[0].length - rest.length;
    const date = programmeLineDate(x, at + name.length, restAt);
    if (!date || KNOWN_EVENTS[name] || (x.mainEvent && x.mainEvent.name.toLowerCase() === name.toLowerCase())) continue;
    addProgrammeItem(x, { name, kind: programmeKind(x, name, rest.split(';')[0]!, true), date, cite: { start: at, end: restAt }, mention: { start: at, end: at + name.length }, rule: R.programmeNamed.id });
  }
}

/**
 * A festival's parts told with their weekdays (rule event.festival-part): "the Lantern night parade on Friday
 * and the closing concert at the Old Quay on Saturday" are two events of the festival's kind, each named by
 * its words and venue and dated by its own weekday.
 */
function festivalParts(x: PassContext): void {
  if (x.mainEvent?.kind !== 'festival') return;
  for (const m of x.matchesOutsideTitles(R.festivalPart.pattern)) {
    const { words, head, venue } = m.groups as { words: string; head: string; venue?: string };
    const end = m.pos + m[0].length;
    if (!words.trim() && !venue) continue;
    if (x.doc.mentions.some((e) => e.type === 'event' && e.start < end && e.end > m.pos)) continue;
    const s = x.doc.sentenceAt(m.pos);
    const at = m.pos + /^the\s+/.exec(m[0])![0].length;
    const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index + d.text.length === end);
    if (!date) continue;
    const name = capitalize(`${words}${head}${venue ?? ''}`.trim());
    if (x.facts.events.some((e) => e.name === name)) continue;
    const event = newEvent(x, name, { kind: 'festival', start: date.start, date_precision: 'day', rules: [R.festivalPart.id] });
    x.inferDate(event, date);
    x.addCitation(event, x.doc.cite(at, end));
    if (!event.citations.length) continue;
    x.facts.events.push(event);
    x.doc.mention(event.id, 'event', at, end);
  }
}

/** The day of an election told at a match: a stated day of its sentence, not a day of saying, the nearest to it. */
function electionDay(x: PassContext, m: RegExpExecArray & { pos: number }): FoundDate | undefined {
  const s = x.doc.sentenceAt(m.pos);
  const days = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end && !isDayOfSaying(s.text, d));
  const distance = (d: FoundDate) => Math.abs(s.start + d.index - m.pos);
  return days.sort((a, b) => distance(a) - distance(b))[0];
}

const OTHER_YEARS = /\b(?:next|last) year['’]s\s+$/i;

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** "…, a week before …" (rule date.offset-from-day): the days from a stated day to what follows, and the note's words. */
function offsetFrom(between: string): { days: number; note: string } | undefined {
  const m = R.offsetFromDay.pattern.exec(between);
  if (!m) return undefined;
  const count = COUNT_WORDS[m.groups!.count!.toLowerCase()] ?? Number(m.groups!.count);
  const days = count * (/^week/i.test(m.groups!.unit!) ? 7 : 1);
  // The day stated is "a week before" the gathering: the gathering comes that many days after it.
  const after = /^before|^ahead/i.test(m.groups!.side!);
  return { days: after ? days : -days, note: `${days} day${days > 1 ? 's' : ''} ${after ? 'after' : 'before'}` };
}

/**
 * Elections (rules event.election-named, event.election-voted): "a presidential runoff" on a stated day, else
 * "Lakeside elects a new mayor on Tuesday" in a sentence naming none, each an announcement dated by its day.
 */
function elections(x: PassContext): void {
  const sentencesWithOne = new Set<number>();
  for (const rule of [R.electionNamed, R.electionVoted]) {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const s = x.doc.sentenceAt(m.pos);
      const day = electionDay(x, m);
      // "next year's presidential election": an election of another year, whatever day its sentence states.
      if (!day || OTHER_YEARS.test(x.doc.text.slice(Math.max(0, m.pos - 20), m.pos)) || sentencesWithOne.has(s.index) || x.doc.quoted(m.pos) || x.doc.mentions.some((e) => e.type === 'event' && e.start < m.pos + m[0].length && e.end > m.pos)) continue;
      const object = m.groups?.object;
      const name = rule === R.electionNamed ? capitalize(m[0]) : `Election of ${object ?? day.start}`;
      const shift = offsetFrom(x.doc.text.slice(s.start + day.index + day.text.length, m.pos));
      const start = shift ? addDays(day.start, shift.days) : day.start;
      const known = x.facts.events.find((e) => e.name === name && e.start === start);
      const event = known ?? newEvent(x, name, { kind: 'announcement', start, date_precision: 'day', rules: [rule.id] });
      if (shift) { x.infer(event, `date counted ${shift.note} '${day.text}' (${day.start}${day.derived ? ', itself counted from the publication date' : ''})`); x.ruled(event, R.offsetFromDay.id); } else x.inferDate(event, day);
      x.addCitation(event, x.doc.cite(Math.min(m.pos, s.start + day.index), Math.max(m.pos + m[0].length, s.start + day.index + day.text.length)));
      if (!event.citations.length) continue;
      if (!known) x.facts.events.push(event);
      sentencesWithOne.add(s.index);
      x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
    }
  }
}

/** "the match of June 14", "the Anglo-Irish game on May 12": a match named by the day it is played, written right after. */
function datedMatches(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.datedMatch.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const end = m.pos + m[0].length;
    const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index >= end - 3 && s.start + d.index <= end + 1);
    if (!date || x.doc.mentions.some((e) => e.type === 'event' && e.start < end && e.end > m.pos)) continue;
    const sides = m.groups!.sides?.trim();
    const name = sides ? `${sides} ${m.groups!.word}` : `${capitalize(m.groups!.word!)} of ${date.start}`;
    if (x.facts.events.some((e) => e.name === name)) continue;
    const event: EventDraft = { id: x.newId(name), name, kind: 'games', start: date.start, end: null, date_precision: 'day', derived: false, place_ids: [], figures: [], citations: [], rules: [R.datedMatch.id] };
    x.inferDate(event, date);
    x.addCitation(event, x.doc.cite(m.pos, s.start + date.index + date.text.length));
    if (!event.citations.length) continue;
    x.facts.events.push(event);
    x.doc.mention(event.id, 'event', m.pos, end);
  }
}

/** An earlier edition; `named` keeps its own words as its name ("the last papal visit" is another visit, not the article's), `kind` overrides the word's. */
interface Edition { phrase: string; word: string; span: Span; start: string; precision: 'year' | 'month' | 'day'; note?: string; rule: string; named?: boolean; kind?: EventDraft['kind']; cite?: Span }

/**
 * An earlier edition the text names by a past year or as last year's: of the article's own event when the
 * word fits its kind ("the 2019 carnival" in a story about a carnival), else named by its own words. A name
 * already read as another event is left to it; one read as the article's own event is this edition instead.
 */
function addEdition(x: PassContext, e: Edition): void {
  // "last year's parade" in a story about a parade of a state's day is that ceremony's last edition: the
  // article's own event when its name ends with the word, else another of this year's events whose name does.
  const endsWithWord = (f: EventDraft) => !!e.word && f.name.toLowerCase().endsWith(e.word.toLowerCase()) && f.start?.slice(0, 4) !== e.start.slice(0, 4);
  const main = x.mainEvent && endsWithWord(x.mainEvent) ? x.mainEvent : x.facts.events.find((f) => f.kind !== 'incident' && endsWithWord(f) && !!f.start && f.start >= x.published.slice(0, 4)) ?? x.mainEvent;
  const mainWord = main && endsWithWord(main);
  const kind = e.kind ?? (mainWord ? main.kind : EVENT_WORDS[e.word] ?? EDITION_WORDS[e.word]) ?? 'games';
  const year = e.start.slice(0, 4);
  const over = x.doc.mentions.find((m) => m.type === 'event' && m.start < e.span.end && m.end > e.span.start);
  if (over && over.id !== main?.id) return;
  const when = e.precision === 'month' ? `${MONTHS[Number(e.start.slice(5, 7)) - 1]} ${year}` : year;
  const name = main && main.kind === kind && !e.named ? `${year} ${main.name}` : `${capitalize(e.phrase)} of ${when}`;
  let event = x.facts.events.find((f) => f.name === name || (f.kind === kind && f.start === e.start));
  if (!event) {
    event = { id: x.newId(name), name, kind, start: e.start, end: null, date_precision: e.precision, derived: false, place_ids: [], figures: [], citations: [] };
    if (e.note) x.infer(event, e.note);
    x.facts.events.push(event);
  }
  x.addCitation(event, x.doc.cite((e.cite ?? e.span).start, (e.cite ?? e.span).end));
  x.ruled(event, e.rule);
  if (over) over.id = event.id;
  else x.doc.mention(event.id, 'event', e.span.start, e.span.end);
}


/**
 * "The last papal visit, in June 1993": an earlier gathering of its own, named by its words. "The disorder in
 * the east of the city in September 2022": an incident dated by its clause's past month or year.
 * "Last year's Harbour Day": the year before of the article's own event, when it names it.
 */
function lastAndIncidentEditions(x: PassContext): void {
  const isPast = (start: string) => start < x.published.slice(0, start.length);
  for (const m of x.matchesOutsideTitles(R.lastEdition.pattern)) {
    const { words: written, word, year, month, day } = m.groups as { words: string; word: string; year?: string; month?: string; day?: string };
    // "the last time the race finished here, in 2035": the race's edition.
    const words = written.replace(/^time\s+(?:that\s+|when\s+)?(?:the\s+)?/u, '');
    const s = x.doc.sentenceAt(m.pos);
    const dayAt = m.pos + m[0].length - (day?.length ?? 0) - s.start;
    const date = day ? x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && Math.abs(d.index - dayAt) <= 3) : undefined;
    if (day && !date) continue;
    const start = date?.start ?? (month ? monthStart(month, year!) : year!);
    const edition = word === 'edition';
    if (edition && !x.mainEvent) continue;
    const precision = date ? 'day' : month ? 'month' : 'year';
    const kind = edition ? x.mainEvent!.kind : /^(?:parade|procession)$/.test(word) && CEREMONIAL.test(`${words} ${m.groups!.words_after}`) ? 'ceremony' : undefined;
    if (isPast(start)) addEdition(x, { phrase: `${words}${word}`, word, span: { start: m.pos, end: m.pos + m[0].length }, start, precision, rule: R.lastEdition.id, named: !edition, ...(kind ? { kind } : {}) });
  }
  for (const m of x.matchesOutsideTitles(R.pastIncident.pattern)) {
    const g = m.groups as Record<string, string | undefined>;
    const [what, year, month] = g.what ? [g.what, g.year!, g.month] : g.what_dated ? [g.what_dated, g.year_first!, undefined]
      : g.what_open ? [g.what_open, g.year_open!, undefined] : [g.what_after!, g.year_before!, g.month_before];
    // "In 2027 an explosion at the depot killed two workers": the harm's own rule names it by its place.
    if (g.what_open && whole(R.incidentHarmed.pattern).test(x.doc.sentenceAt(m.pos).text)) continue;
    const start = month ? monthStart(month, year) : year;
    // The mention is the incident's word (the date may belong to a gathering named before it), the quote holds the date.
    const at = g.what ? m.pos + m[0].indexOf(what) : m.pos + m[0].length - what.length;
    const cite = { start: m.pos, end: m.pos + m[0].length };
    if (isPast(start)) addEdition(x, { phrase: what, word: what, span: { start: at, end: at + what.length }, cite, start, precision: month ? 'month' : 'year', rule: R.pastIncident.id, named: true, kind: 'incident' });
  }
  incidentsOfAMonth(x);
  const main = x.mainEvent;
  for (const m of main ? x.matchesOutsideTitles(R.lastYearNamed.pattern) : []) {
    const name = m.groups!.name!;
    if (!main!.name.toLowerCase().startsWith(name.toLowerCase())) continue;
    const lastYear = String(Number(x.published.slice(0, 4)) - 1);
    addEdition(x, { phrase: name, word: name, span: { start: m.pos, end: m.pos + m[0].length }, start: lastYear, precision: 'year', note: `year of '${m[0]}' counted back from the publication date ${x.published}`, rule: R.lastYearNamed.id, kind: main!.kind });
  }
}

/**
 * "the killing in January of a candidate" (rule event.incident-month): an incident of the last such month up to
 * publication, its year derived, the note saying so.
 */
function incidentsOfAMonth(x: PassContext): void {
  const [year, month] = x.published.split('-').map(Number) as [number, number];
  for (const m of x.matchesOutsideTitles(R.incidentMonth.pattern)) {
    const { what, month: name } = m.groups as { what: string; month: string };
    const inYear = MONTHS.indexOf(name) + 1 <= month ? year : year - 1;
    const at = m.pos + m[0].indexOf(what);
    const note = `year of '${name}' taken as the last ${name} up to the publication date ${x.published}`;
    addEdition(x, { phrase: what, word: what, span: { start: at, end: at + what.length }, cite: { start: m.pos, end: m.pos + m[0].length }, start: monthStart(name, String(inYear)), precision: 'month', note, rule: R.incidentMonth.id, named: true, kind: 'incident' });
  }
}

/**
 * "last year's festival, held from July 3 to July 5, 2026": the day an edition was held, written right after
 * it, when it falls in the edition's year; its first day dates it.
 */
function heldOn(x: PassContext, end: number, year: string): { start: string; end: number } | undefined {
  const s = x.doc.sentenceAt(end);
  const held = /^,?\s+held\s+(?:from|on|between)\s+(?:the\s+)?/.exec(x.doc.text.slice(end, s.end));
  const at = held ? end + held[0].length : -1;
  const day = held && x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && Math.abs(s.start + d.index - at) <= 5 && d.start.startsWith(year));
  return day ? { start: day.start, end: s.start + day.index + day.text.length } : undefined;
}

function pastEditions(x: PassContext, publishedYear: number): void {
  const lastYear = String(publishedYear - 1);
  const lastNote = (words: string) => `year of '${words}' counted back from the publication date ${x.published}`;
  for (const m of x.matchesOutsideTitles(R.pastEdition.pattern)) {
    const { year, word } = m.groups as { year?: string; word: string };
    // "the 2019 edition": an edition of the article's own event, or of none.
    if ((year && Number(year) >= publishedYear) || (word === 'edition' && !x.mainEvent)) continue;
    const span = { start: m.pos, end: m.pos + m[0].length };
    const held = heldOn(x, span.end, year ?? lastYear);
    // In a story about a contest, "last year's meeting" is the contest's (a race meeting, an athletics meeting), no summit.
    const sportsMeeting = word === 'meeting' && x.mainEvent?.kind === 'games';
    const kind = word === 'edition' || sportsMeeting ? x.mainEvent!.kind : undefined;
    if (held) addEdition(x, { phrase: word, word, span, cite: { start: span.start, end: held.end }, start: held.start, precision: 'day', rule: R.pastEdition.id, kind });
    else addEdition(x, { phrase: word, word, span, start: year ?? lastYear, precision: 'year', note: year ? undefined : lastNote(m[0]), rule: R.pastEdition.id, kind });
  }
  for (const m of x.matchesOutsideTitles(R.pastEditionAfter.pattern)) {
    const { words, word, year, month } = m.groups as { words: string; word: string; year?: string; month?: string };
    const s = x.doc.sentenceAt(m.pos);
    const end = m.pos + m[0].length;
    // "the final on June 1, 2019": the day written right after, when it is of a past year.
    const day = year ? undefined : x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index === end && !d.derived);
    const start = year && month ? monthStart(month, year) : year ?? day?.start;
    const past = start && (month ? start < x.published.slice(0, 7) : Number(start.slice(0, 4)) < publishedYear);
    if (!start || !past) continue;
    addEdition(x, { phrase: `${words}${word}`, word, span: { start: m.pos, end: day ? s.start + day.index + day.text.length : end }, start, precision: day ? 'day' : month ? 'month' : 'year', rule: R.pastEditionAfter.id });
  }
  lastAndIncidentEditions(x);
  pastEditionsTold(x, publishedYear);
  sinceYearEditions(x, publishedYear);
  editionsLastHosted(x, publishedYear);
  for (const s of x.doc.sentences) {
    const m = R.lastYearSentence.pattern.exec(s.text);
    const word = m?.groups!.word;
    if (!m || !word || !x.mainEvent || EVENT_WORDS[word] !== x.mainEvent.kind) continue;
    const year = m.groups!.year;
    if (year && Number(year) >= publishedYear) continue;
    addEdition(x, { phrase: word, word, span: { start: s.start, end: s.start + m[0].length }, start: year ?? lastYear, precision: 'year', note: year ? undefined : lastNote('Last year'), rule: R.lastYearSentence.id });
  }
}

/** A word that names the article's own event: a word of its kind ("the fair" of a festival), or its name's head word ("the tamborrada" of the Lakeside Tamborrada). */
function ofMainKind(main: EventDraft, word: string): boolean {
  const head = main.name.split(/\s+/).at(-1)!.toLowerCase();
  return (EVENT_WORDS[word] ?? MORE_GATHERING_WORDS[word] ?? EDITION_WORDS[word]) === main.kind || (head.length > 3 && word === head);
}

/**
 * "The concert … drew about 35,000 people last year", "The summit last came to the city in 2019" (rule
 * event.past-edition-told): that edition of the article's own event, when the word is of its kind.
 */
/** "the kingdom's first coronation since 2004", "has been held at Sakhir since 2004" (rule event.since-year): the edition of that year. */
function sinceYearEditions(x: PassContext, publishedYear: number): void {
  for (const m of x.matchesOutsideTitles(R.sinceYear.pattern)) {
    const { word, year } = m.groups as { word?: string; year: string };
    // "has been held since 2004" names no gathering word: the edition is of the event its sentence is about.
    const about = word ? undefined : x.doc.mentionsIn(x.doc.sentenceAt(m.pos), 'event').map((e) => x.facts.events.find((f) => f.id === e.id)).find((f) => f && f.kind !== 'incident');
    if (Number(year) >= publishedYear || (!word && !about)) continue;
    const span = { start: m.pos, end: m.pos + m[0].length };
    addEdition(x, { phrase: word ?? about!.name, word: word ?? '', span, start: year, precision: 'year', rule: R.sinceYear.id, kind: word ? undefined : about!.kind });
  }
}

function pastEditionsTold(x: PassContext, publishedYear: number): void {
  for (const s of x.doc.sentences) {
    const m = R.pastEditionTold.pattern.exec(s.text);
    const word = m?.groups!.word;
    if (!m || !word || !x.mainEvent || !ofMainKind(x.mainEvent, word)) continue;
    const year = m.groups!.year;
    if (year && Number(year) >= publishedYear) continue;
    const note = year ? undefined : `year of 'last year' counted back from the publication date ${x.published}`;
    addEdition(x, { phrase: word, word, span: { start: s.start, end: s.start + word.length + 4 }, cite: { start: s.start, end: s.start + m[0].length }, start: year ?? String(publishedYear - 1), precision: 'year', note, rule: R.pastEditionTold.id, kind: x.mainEvent.kind });
  }
}

/**
 * "The arena last hosted a cup final in 2027" (rule event.last-hosted): that earlier edition, of the article's
 * own event when the word is its kind (else named by its words), dated by the past year; the quote runs to the year.
 */
function editionsLastHosted(x: PassContext, publishedYear: number): void {
  for (const m of x.matchesOutsideTitles(R.lastHosted.pattern)) {
    const { words, word, year } = m.groups as { words: string; word: string; year: string };
    if (Number(year) >= publishedYear) continue;
    const at = m.pos + m[0].indexOf(`${words}${word}`);
    const kind = EVENT_WORDS[word] ?? MORE_GATHERING_WORDS[word] ?? EDITION_WORDS[word];
    addEdition(x, { phrase: `${words}${word}`, word, span: { start: at, end: at + words.length + word.length }, cite: { start: m.pos, end: m.pos + m[0].length }, start: year, precision: 'year', rule: R.lastHosted.id, ...(kind ? { kind } : {}) });
  }
  editionsLastYearWhen(x, publishedYear);
}

/**
 * "more than last year, when some 90,000 people lined the parade route" (rule event.last-year-when): last year's
 * edition of the gathering the clause names, the article's own when the word names it; the year derived.
 */
function editionsLastYearWhen(x: PassContext, publishedYear: number): void {
  for (const m of x.matchesOutsideTitles(R.lastYearWhen.pattern)) {
    const word = m.groups!.word!;
    if (!x.mainEvent || !ofMainKind(x.mainEvent, word)) continue;
    const at = m.pos + m[0].length - word.length;
    const note = `year of 'last year' counted back from the publication date ${x.published}`;
    addEdition(x, { phrase: word, word, span: { start: at, end: at + word.length }, cite: { start: m.pos, end: m.pos + m[0].length }, start: String(publishedYear - 1), precision: 'year', note, rule: R.lastYearWhen.id, kind: x.mainEvent.kind });
  }
}

export { eventKind };
