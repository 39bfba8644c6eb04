// Events the knowledge base knows, found under the names articles give them. Examples: in a story that
// names Milan, "the Winter Olympics", "the Games" and "the Olympics" are the known Milan-Cortina Games, and
// "the opening ceremony" (or "the opening ceremony of the Games") is that Games' known ceremony.
// Counter-examples: "the Games" in a story that names neither Paris nor Milan, when both Games are known,
// stay unresolved to a known row (nothing tells them apart); "the Paris 2024 Games" are not the Milan-Cortina
// Games (no name contains the other's words); two opening ceremonies of two Games are two events; an
// undated "Cup final" is not a known Cup final of another place (sameEdition).
import type { Item } from '../../db/columns.js';
import type { Fact } from '../extract.js';
import { slugify } from '../input.js';
import type { ArticleContext } from './context.js';
import { eventNameVariant, fold, nameTokens, nameVariant, yearOf } from './names.js';

const conflict = (a: unknown, b: unknown) => a != null && b != null && a !== b;
const GAMES_WORDS = new Set(['games', 'olympics', 'olympic', 'winter', 'summer', 'paralympics', 'paralympic']);
/** A name that says what kind of event it is and nothing else ("the Games", "Winter Olympics"). */
const generic = (name: unknown) => [...nameTokens(name)].every((w) => GAMES_WORDS.has(w));

/** A year in an event's name ("the 2030 Winter Games"), which then names one edition. */
const YEAR_IN_NAME = /\b(?:1[89]|20)\d{2}\b/;
/** Whether the article names a place of the known event. */
const inContext = (known: Item, context: ArticleContext) => (known.place_ids as string[]).some((id) => context.placeIds.has(id));

/**
 * How far a day counted from a weekday may fall from a known edition's start and still be of it: a weekday
 * names a day within a week, most often another day of the same festival or championships ("the barrier gave
 * way on Saturday" of a festival that opened on Friday). Editions of one name are a season or a year apart.
 */
const INFERRED_DAY_REACH = 6;

/** Whole days between two dates of day precision, or null when either is not one. */
function daysBetween(a: unknown, b: unknown): number | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (typeof a !== 'string' || typeof b !== 'string' || !day.test(a) || !day.test(b)) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Whether the article names a place that an article citing the known event named: the same story's whereabouts. */
const namedByItsArticles = (known: Item, context: ArticleContext) => (known.citations as Array<{ source_id: string }>)
  .some(({ source_id: source }) => [...(context.sourcePlaces.get(source) ?? [])].some((id) => context.placeIds.has(id)));

/**
 * Whether a day inferred from a weekday is a day of the known edition of the same name: within
 * INFERRED_DAY_REACH of its start, in a story that names a place of the event or of its own articles. A
 * weekday most often dates another clause (a crowd barrier's collapse, a march), so it cannot tell two
 * editions apart. Counter-examples: an inferred day more than six days away (the season's next derby), a
 * story that names none of the known edition's places, and any stated day (another day is another edition,
 * or a challenge).
 */
function inferredDayOfEdition(day: unknown, known: Item, context: ArticleContext): boolean {
  const apart = daysBetween(day, known.start);
  return apart !== null && apart <= INFERRED_DAY_REACH && (inContext(known, context) || namedByItsArticles(known, context));
}

/**
 * The stage words of a competition's name: "World Cup qualifier" is one match, not the World Cup; "Cup final"
 * and "Cup semi-final" are two matches. Names of two stages are two events, whatever words they share (names
 * are folded, so "semi-final" and "play-off" count by their first word).
 */
const STAGE_WORDS = new Set(['qualifier', 'qualifying', 'final', 'semi', 'semifinal', 'quarter', 'play', 'playoff']);
const stageOf = (name: unknown) => [...nameTokens(name)].filter((w) => STAGE_WORDS.has(w)).sort().join(' ');

/**
 * The known Games a name points to: a variant of its name, of a compatible year, in a place the article names
 * when the name is generic. `start` is a stated start; `dayOf` the start however found: an inferred one (a year
 * taken from publication) excludes no candidate, but the very same day under the very same name is the same
 * edition ("the Cup final" on May 26 in a follow-up is the known final of May 26).
 */
export function knownGames(name: unknown, start: unknown, kb: Item[], context: ArticleContext, dayOf: unknown = start): Item | undefined {
  const candidates = kb.filter((k) => k.kind === 'games' && (generic(name) || fold(k.name) === fold(name) || eventNameVariant(k.name, name)) && !conflict(yearOf(k.start), yearOf(start))
    && stageOf(k.name) === stageOf(name));
  const exact = candidates.filter((k) => fold(k.name) === fold(name));
  if (exact.length === 1) {
    const [known] = exact as [Item];
    const inferred = start == null && inferredDayOfEdition(dayOf, known, context);
    // An undated mention of a known edition with no place of its own: placed by what its articles named, as for any event (sameEdition).
    const placedByArticles = dayOf == null && !(known.place_ids as string[]).length && namedByItsArticles(known, context);
    return YEAR_IN_NAME.test(String(name)) || (dayOf != null && known.start === dayOf) || inContext(known, context) || placedByArticles || inferred ? known : undefined;
  }
  // A generic name needs the article to say which Games: a place of theirs, or their very start date.
  const placed = generic(name) ? candidates.filter((k) => (k.place_ids as string[]).some((id) => context.placeIds.has(id)) || (start != null && k.start === start)) : candidates;
  return placed.length === 1 ? placed[0] : undefined;
}

/** "Opening ceremony of the Winter Olympics" → ["opening ceremony", "winter olympics"]. */
const ceremonyParts = (name: unknown): [string, string | null] => {
  const [head, ...rest] = fold(name).split(' of ');
  return [head!, rest.length ? rest.join(' of ') : null];
};

function knownCeremony(event: Fact, kb: Item[], context: ArticleContext, gamesOfArticle: Item | undefined): Item | undefined {
  const [head, gamesName] = ceremonyParts(event.name);
  const games = gamesName ? knownGames(gamesName, event.start, kb, context) : gamesOfArticle;
  const candidates = kb.filter((k) => {
    if (k.kind !== 'ceremony') return false;
    const [kHead, kGames] = ceremonyParts(k.name);
    if (kHead !== head) return false;
    if (k.start != null && event.start != null && event.derived !== true) return k.start === event.start && (!games || !kGames || knownGames(kGames, k.start, kb, context)?.id === games.id);
    // A rite of no Games ("the Mass", "the funeral") dated from a weekday: the same day at a place the article names.
    if (!games && !kGames) return k.start != null && k.start === event.start && (k.place_ids as string[]).some((id) => context.placeIds.has(id));
    return !!games && !!kGames && knownGames(kGames, k.start, kb, context)?.id === games.id;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The known event a proposed one is: the same name (folded) on compatible dates; for Games, a name variant
 * in context; for ceremonies, the same ceremony of the same known Games, or of none on the same (maybe
 * inferred) day at a place the article names. `gamesOfArticle` is the known
 * Games the article's own Games resolved to, if any.
 */
export function matchEvent(event: Fact, kb: Item[], context: ArticleContext, gamesOfArticle: Item | undefined, renames: Map<string, string>): Item | undefined {
  if (event.kind === 'games') return knownGames(event.name, event.derived === true ? null : event.start, kb, context, event.start);
  if (event.kind === 'ceremony') {
    const known = knownCeremony(event, kb, context, gamesOfArticle);
    if (known) return known;
    const [, gamesName] = ceremonyParts(event.name);
    // The ceremony of a Games the article names under a name resolved above ("of the Winter Olympics").
    const renamed = gamesName ? renames.get(slugify(gamesName)) : undefined;
    return renamed ? kb.find((k) => k.kind === 'ceremony' && ceremonyParts(k.name)[0] === ceremonyParts(event.name)[0] && knownGames(ceremonyParts(k.name)[1], k.start, kb, context)?.id === renamed) : undefined;
  }
  return kb.find((k) => k.kind === event.kind && (fold(k.name) === fold(event.name) || lowercaseVariant(k.name, event.name) || placeVariant(k.name, event.name, context))
    && sameEdition(event, k, context, renames));
}

/**
 * Two names of one event that differ by a place the article names: "the carnival" of a story from Oruro and
 * "Oruro Carnival" in its follow-up. Counter-example: "Northby Festival" against a known "Festival" whose
 * articles named another town (sameEdition asks for a place of the known event or of its articles).
 */
function placeVariant(a: unknown, b: unknown, context: ArticleContext): boolean {
  if (!nameVariant(a, b)) return false;
  const [x, y] = [nameTokens(a), nameTokens(b)];
  const extra = [...x].filter((w) => !y.has(w)).concat([...y].filter((w) => !x.has(w)));
  return extra.length > 0 && context.placeIds.has(slugify(extra.join(' ')));
}

/** The capitalised words of a name, folded: the words that name it rather than say what it is. */
const capitalised = (name: unknown) => new Set(String(name).split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map(fold));

/**
 * Two names of one event that differ only by lowercase words saying what it is: "Murinsel Lights festival"
 * and "Murinsel Lights music festival" share their capitalised words, and the words one has more are lowercase.
 * Counter-examples: "Harbour Festival" and "Harbour Jazz Festival" (a capitalised word more names another
 * event); "the festival" and "the music festival" (no capitalised word names either); "2027 Harbour
 * Festival" and "Harbour Festival" (a year names one edition).
 */
function lowercaseVariant(a: unknown, b: unknown): boolean {
  if (!nameVariant(a, b) || String(a).match(YEAR_IN_NAME)?.[0] !== String(b).match(YEAR_IN_NAME)?.[0]) return false;
  const [aTokens, bTokens, aCaps, bCaps] = [nameTokens(a), nameTokens(b), capitalised(a), capitalised(b)];
  const extra = [...aTokens].filter((w) => !bTokens.has(w)).concat([...bTokens].filter((w) => !aTokens.has(w)));
  return [...aCaps].some((w) => bCaps.has(w) && aTokens.has(w)) && extra.every((w) => !aCaps.has(w) && !bCaps.has(w));
}

/**
 * Whether a known event of the same name is the same edition. A name with no year is borne by every edition
 * ("the Cup final", "the trade summit", "the carnival"), so the name alone merges nothing: the same stated
 * day, or a place of the known event among the event's own places (the article's, when it states none; a
 * place the known event's articles named, when the known event has none of its own). Of
 * two different days, only an inferred one may still be the known edition's (inferredDayOfEdition).
 * Counter-example: an undated "NATO summit" in a story about another city is not the known summit.
 */
function sameEdition(event: Fact, known: Item, context: ArticleContext, renames: Map<string, string>): boolean {
  if (conflict(known.start, event.start)) return event.derived === true && inferredDayOfEdition(event.start, known, context);
  if (YEAR_IN_NAME.test(String(event.name))) return true;
  if (event.start != null && known.start != null) return event.start === known.start;
  const own = (event.place_ids as string[]).map((id) => renames.get(id) ?? id);
  const places = own.length ? new Set(own) : context.placeIds;
  // A known event read with no place of its own is placed by what its articles named ("the festival in the park").
  return (known.place_ids as string[]).some((id) => places.has(id)) || (!(known.place_ids as string[]).length && namedByItsArticles(known, { ...context, placeIds: places }));
}
