// The events pass: named gatherings (Games, festivals, summits, finals, events known by one name), the
// article's own event among them (the one it names most that is not past), and the others dated by a
// year their sentence gives.
import { KNOWN_EVENTS } from '../lexicon.js';
import { EVENT_RULES as R } from '../rules/events.js';
import { capitalize } from '../text.js';
import type { EventDraft, PassContext } from './context.js';

interface Named { name: string; at: number; end: number; rule: string }

/** An event's kind by the word that ends its name: a festival or fair, a summit or conference, else sport. */
function eventKind(name: string): EventDraft['kind'] {
  if (KNOWN_EVENTS[name]) return KNOWN_EVENTS[name]!;
  if (/\b(?:Festival|Carnival|Fair|Expo|Contest)$/i.test(name)) return 'festival';
  if (/\b(?:Summit|Conference|Forum|talks)$/i.test(name)) return 'summit';
  return 'games';
}

/** A name made of the event words alone ("the Games", "Festival"): it refers to the article's own event. */
const generic = (name: string) => !KNOWN_EVENTS[name] && name.split(/\s+/).every((w) => /^(?:The|the|Winter|Summer|Youth|Olympics|Olympic|Games|Paralympics|Paralympic|Marathon|World|Cup|Championships|Grand|Prix|Festival|Carnival|Fair|Expo|Summit|Conference|Forum)$/.test(w));

function namedGatherings(x: PassContext, found: Named[]): void {
  for (const m of x.matches(R.gathering.pattern)) {
    let name = m.groups!.name!;
    let at = m.pos;
    const lead = /^(?:(?:The|A|An|This|These|Its|Their|Both|Further|During|As|At|For|In|Of|Ahead|Scheduled|Upcoming|[A-Z]\p{L}+['’]s)\s+)+/u.exec(name);
    if (lead) { name = name.slice(lead[0].length); at += lead[0].length; }
    // "FIFA World Cup" with FIFA already a body: the event is the name after it.
    while (/\s/.test(name) && x.doc.isTaken(at, at + name.length)) { const cut = name.indexOf(' ') + 1; name = name.slice(cut); at += cut; }
    if (!name || x.doc.isTaken(at, at + name.length)) continue;
    // "at the World Forum conference centre", "to guard the World Forum": a forum is often a building.
    if (/^\s+(?:conference\s+|exhibition\s+)?(?:Centre|Center|centre|center|building|Hall|hall|Grounds|grounds|Arena|arena)\b/.test(x.doc.text.slice(at + name.length))) continue;
    if (/Forum$/.test(name) && (/\b(?:at|in|inside|outside|near|to|guard|around)\s+the\s+$/.test(x.doc.text.slice(Math.max(0, at - 20), at)))) continue;
    found.push({ name, at, end: at + name.length, rule: R.gathering.id });
  }
}

function otherNames(x: PassContext, found: Named[]): void {
  for (const m of x.matches(R.final.pattern)) {
    const full = m.groups!.name!;
    const name = full.replace(/^(?:The|A|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+/, '');
    const at = m.pos + full.length - name.length;
    if (name.split(/\s+/).length >= 2 && !x.doc.isTaken(at, at + name.length)) found.push({ name, at, end: at + name.length, rule: R.final.id });
  }
  // A gathering in lower case is one only when the article names none, or names this one in capitals (a headline).
  const named = new Map(found.map((f) => [f.name.toLowerCase(), f.name]));
  for (const m of x.matches(R.lowercaseGathering.pattern)) {
    const phrase = m.groups!.name!;
    const at = m.pos + m[0].length - phrase.length;
    if ((!named.size || named.has(phrase)) && !x.doc.isTaken(at, at + phrase.length)) found.push({ name: named.get(phrase) ?? capitalize(phrase), at, end: at + phrase.length, rule: R.lowercaseGathering.id });
  }
  for (const m of x.matches(R.knownEvent.pattern)) {
    const name = m.groups!.name!;
    if (!x.doc.isTaken(m.pos, m.pos + name.length)) found.push({ name: name.replace(/’/g, "'"), at: m.pos, end: m.pos + name.length, rule: R.knownEvent.id });
  }
  for (const m of x.matches(R.bodyGathering.pattern)) found.push({ name: m.groups!.name!, at: m.pos, end: m.pos + m.groups!.name!.length, rule: R.bodyGathering.id });
}

const yearOf = (name: string) => Number(/\b((?:19|20)\d{2})\b/.exec(name)?.[1] ?? NaN);

/** "in 2014, when the city hosted the summit": a past year in the words before the name, with its offset. */
function statedYear(x: PassContext, at: number): { year: number; at: number } | null {
  const sentenceStart = x.doc.sentenceAt(at).start;
  const before = x.doc.text.slice(sentenceStart, at);
  const m = /\b(?:in|of|since)\s+((?:19|20)\d{2})\b(?![^.;]+\b(?:in|of|since)\s+(?:19|20)\d{2}\b)/.exec(before) ?? /\b((?:19|20)\d{2})\s+$/.exec(before);
  // "the biggest operation since 2010 for the Cup's opener": the year is another event's.
  if (m && /\b(?:for|to|at|ahead of|before|than|during)\b/.test(before.slice(m.index + m[0].length))) return null;
  return m ? { year: Number(m[1]), at: sentenceStart + m.index + m[0].length - m[1]!.length } : null;
}

const newEvent = (x: PassContext, name: string, fields: Partial<EventDraft> = {}): EventDraft =>
  ({ id: x.newId(name), name, kind: eventKind(name), start: null, end: null, date_precision: null, derived: false, place_ids: [], figures: [], citations: [], ...fields });

/** The article's own event is the one it names most (then first), among those not past. */
function mainOf(found: Named[], past: (f: Named) => boolean): Named | undefined {
  const times = (f: Named) => found.filter((g) => g.name.toLowerCase() === f.name.toLowerCase()).length;
  return found.filter((f) => !generic(f.name) && !past(f)).reduce<Named | undefined>((best, f) => (!best || times(f) > times(best) ? f : best), undefined)
    ?? found.find((f) => generic(f.name) && !past(f));
}

export function events(x: PassContext): void {
  const found: Named[] = [];
  namedGatherings(x, found);
  otherNames(x, found);
  const publishedYear = Number(x.published.slice(0, 4));
  const past = (f: Named) => yearOf(f.name) < publishedYear || (statedYear(x, f.at)?.year ?? Infinity) < publishedYear;
  const main = mainOf(found, past);
  for (const f of found) {
    // "Grand Prix" after "Harbour City Grand Prix" is the same race.
    const refersToMain = main && (f === main || (generic(f.name) && !past(f)) || f.name === main.name
      || (!past(f) && (main.name.endsWith(` ${f.name}`) || f.name.endsWith(` ${main.name}`))));
    if (refersToMain) {
      if (!x.mainEvent) {
        x.mainEvent = newEvent(x, main.name);
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
      event = newEvent(x, f.name, Number.isNaN(year) ? {} : { start: String(year), date_precision: 'year' });
      x.facts.events.push(event);
      // The quote holds the year it is dated by.
      x.addCitation(event, x.doc.cite(stated?.at ?? f.at, f.end));
      x.ruled(event, f.rule);
    }
    x.doc.mention(event.id, 'event', f.at, f.end);
  }
}

export { eventKind };
