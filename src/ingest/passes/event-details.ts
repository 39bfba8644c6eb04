// The event details pass: the article's own event gets its period, places and figures; ceremonies,
// dated announcements and incidents in a named place become events of their own.
import { countOf, HEDGE_RE, NUMBER_RE, PROTEST_WORD, qualifierOf } from '../counts.js';
import { EVENT_RULES as R } from '../rules/events.js';
import { capitalize, type Sentence } from '../text.js';
import type { EventDraft, PassContext } from './context.js';

const FIGURE = new RegExp(`\\b${HEDGE_RE}${NUMBER_RE}\\s+(visitors|spectators|athletes|runners|participants|fans|attendees|tourists|journalists|volunteers)\\b`, 'gi');

const cite = (x: PassContext, s: Sentence) => x.doc.cite(s.start, s.end);

/** A sentence about the article's own event: it names it, or opens with "The event", "The Games" or its head word. */
function mentionsMain(x: PassContext, main: EventDraft, s: Sentence): boolean {
  return x.doc.mentionsIn(s, 'event').some((m) => m.id === main.id) || /^The (?:event|Games)\b/.test(s.text)
    || (main.kind !== 'games' && new RegExp(`^The ${main.name.split(/\s+/).at(-1)!.toLowerCase()}\\b`).test(s.text));
}

function mainPeriodAndPlaces(x: PassContext, main: EventDraft): void {
  for (const s of x.doc.sentences) {
    if (!mentionsMain(x, main, s)) continue;
    const range = x.doc.dates.get(s.index)!.find((d) => d.end);
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
}

/** No stated period: a single day given where the event is named ("the city marathon on Sunday"). */
function mainDay(x: PassContext, main: EventDraft): void {
  for (const s of x.doc.sentences) {
    if (!x.doc.mentionsIn(s, 'event').some((m) => m.id === main.id) || /coincid/i.test(s.text)) continue;
    // "the final on Saturday" or "Saturday's final"; never the day someone spoke ("said on Wednesday").
    const days = x.doc.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end);
    const on = days.find((d) => /^['’]s\s/.test(s.text.slice(d.index + d.text.length)))
      ?? days.find((d) => (/^on\s/i.test(d.text) || /\bon\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, d.index - 8), d.index)))
        && !/\b(?:said|says|told|announced|added|confirmed|stated)\s+(?:\w+\s+)?on\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, d.index - 30), d.index)));
    if (!on) continue;
    Object.assign(main, { start: on.start, date_precision: 'day' });
    x.inferDate(main, on);
    x.addCitation(main, cite(x, s));
    return;
  }
}

/** Places in a Games' own name: "Oslo-Lillehammer Winter Games", "Bergen 2034 Games". */
function placesInGamesNames(x: PassContext): void {
  for (const games of x.facts.events.filter((e) => e.kind === 'games')) {
    for (const word of games.name.split(/[\s-]+/)) {
      const place = x.placeByName.get(word.toLowerCase());
      if (place && !games.place_ids.includes(place.id)) games.place_ids.push(place.id);
    }
  }
}

function figures(x: PassContext, main: EventDraft): void {
  for (const m of x.matches(FIGURE)) {
    const value = countOf(m[2]!);
    // Participants counted in a protest's sentence, or in the one after it, count the protest, not the event.
    const here = x.doc.sentenceAt(m.pos);
    const context = `${x.doc.sentences[here.index - 1]?.text ?? ''} ${here.text}`;
    if (value === null || PROTEST_WORD.test(context)) continue;
    main.figures.push({ metric: m[3]!.toLowerCase(), value, qualifier: qualifierOf(m[1]) });
    x.addCitation(main, x.doc.cite(m.pos, m.pos + m[0].length));
  }
}

function ceremonyDetails(x: PassContext, event: EventDraft, m: RegExpExecArray & { pos: number }, s: Sentence): void {
  if (/^\s+(?:at|in)\s+/.test(x.doc.text.slice(m.pos + m[0].length, s.end))) {
    const places = x.doc.mentionsIn({ start: m.pos + m[0].length, end: m.pos + m[0].length + 60 }, 'place').map((p) => p.id);
    if (places.length) event.place_ids = [...new Set([...event.place_ids, places.at(-1)!])];
  }
  const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end);
  if (date && !event.start) {
    Object.assign(event, { start: date.start, date_precision: 'day' });
    x.inferDate(event, date);
    if (/coincid/i.test(s.text)) x.infer(event, `date taken from '${date.text}', the day of what the ceremony coincides with`);
    x.addCitation(event, cite(x, s));
  }
  const expected = new RegExp(`${HEDGE_RE}${NUMBER_RE}\\s+(?:people\\s+)?expected\\s+(?:for|at)\\s+the\\s+${m.groups!.which}\\s+ceremony`, 'i').exec(s.text);
  const value = expected && !event.figures.length ? countOf(expected[2]!) : null;
  if (expected && value !== null) {
    event.figures.push({ metric: 'expected_attendance', value, qualifier: qualifierOf(expected[1]) });
    x.addCitation(event, x.doc.cite(s.start + expected.index, s.start + expected.index + expected[0].length));
  }
}

function ceremonies(x: PassContext, main: EventDraft | undefined): void {
  for (const m of x.matches(R.ceremony.pattern)) {
    const name = `${capitalize(m.groups!.which!.toLowerCase())} ceremony${main ? ` of the ${main.name}` : ''}`;
    let event = x.facts.events.find((e) => e.name === name);
    if (!event) {
      event = { id: x.newId(name), name, kind: 'ceremony', start: null, end: null, date_precision: null, derived: false, place_ids: [], figures: [], citations: [] };
      x.facts.events.push(event);
    }
    x.addCitation(event, x.doc.cite(m.pos, m.pos + m[0].length));
    x.ruled(event, R.ceremony.id);
    x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
    ceremonyDetails(x, event, m, x.doc.sentenceAt(m.pos));
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
    if (x.facts.events.some((e) => e.name === name)) continue;
    const s = x.doc.sentenceAt(m.pos);
    const date = x.doc.dates.get(s.index)!.find((d) => d.precision === 'day');
    const event: EventDraft = { id: x.newId(name), name, kind: 'incident', start: date?.start ?? null, end: null, date_precision: date ? 'day' : null, derived: false, place_ids: [place.id], figures: [], citations: [], rules: [R.incident.id] };
    if (date) x.inferDate(event, date);
    x.addCitation(event, x.doc.cite(m.pos, m.pos + m[0].length));
    if (date) x.addCitation(event, cite(x, s));
    if (event.citations.length) { x.facts.events.push(event); x.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length); }
  }
}

export function eventDetails(x: PassContext): void {
  const main = x.mainEvent;
  if (main) mainPeriodAndPlaces(x, main);
  if (main && !main.start) mainDay(x, main);
  placesInGamesNames(x);
  if (main) figures(x, main);
  ceremonies(x, main);
  announcements(x);
  incidents(x);
}
