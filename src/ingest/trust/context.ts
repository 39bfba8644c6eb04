// What an article is about, read from its own proposals once its places are resolved: the country it talks
// about most and the places it names. Generic names are resolved within that context only: "the interior
// ministry" in a story about Italy is Italy's, "the Games" in a story that names Milan are the Games held there.
import type { Item } from '../../db/columns.js';
import type { Fact, Facts } from '../extract.js';
import { lookupPlace } from '../gazetteer.js';
import { fold } from './names.js';

export interface ArticleContext {
  /** The country the article names most (its places, bodies and people), or null when none or a tie. */
  country: string | null;
  /** Ids of the places it names, known ids where they were resolved. */
  placeIds: Set<string>;
  /** Folded names of those places ("milan"). */
  placeNames: Set<string>;
  /** The countries those places may be in: their own, else each the gazetteer gives the name ("London": CA, GB, US). */
  placeCountries: Set<string>;
  /** Ids of the known places each earlier article (source id) names, countries aside: where its story was. */
  sourcePlaces: Map<string, Set<string>>;
}

/** The known places each source cites, countries aside (a country names no one story's whereabouts). */
function placesBySource(kbPlaces: Item[]): Map<string, Set<string>> {
  const bySource = new Map<string, Set<string>>();
  for (const place of kbPlaces.filter((p) => p.kind !== 'country')) {
    for (const { source_id: source } of place.citations as Array<{ source_id: string }>) {
      bySource.set(source, (bySource.get(source) ?? new Set()).add(place.id));
    }
  }
  return bySource;
}

export function articleContext(proposed: Facts, renames: Map<string, string>, kbPlaces: Item[]): ArticleContext {
  const counts = new Map<string, number>();
  const count = (code: unknown) => { if (typeof code === 'string') counts.set(code, (counts.get(code) ?? 0) + 1); };
  const byId = new Map(kbPlaces.map((p) => [p.id, p]));
  const placeIds = new Set<string>();
  const placeNames = new Set<string>();
  const placeCountries = new Set<string>();
  for (const place of proposed.places) {
    const id = renames.get(place.id) ?? place.id;
    placeIds.add(id);
    placeNames.add(fold(place.name));
    const known = byId.get(id);
    const country = place.country ?? known?.country;
    for (const code of typeof country === 'string' ? [country] : lookupPlace(String(place.name))?.countries ?? []) placeCountries.add(code);
    count(country);
  }
  const placed = new Set(counts.keys());
  for (const fact of [...proposed.organizations, ...proposed.people] as Fact[]) count(fact.country);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // On a tie, the country of the story's places wins over that of who acts in it; a country none of its places can
  // be in is never the story's (a visiting minister's, a foreign force named in passing).
  const tied = ranked.filter(([, n]) => n === ranked[0]![1]).map(([code]) => code);
  const placedTied = tied.filter((code) => placed.has(code));
  const first = tied.length === 1 ? tied[0]! : placedTied.length === 1 ? placedTied[0]! : null;
  const country = first !== null && placeCountries.size > 0 && !placeCountries.has(first) ? null : first;
  return { country, placeIds, placeNames, placeCountries, sourcePlaces: placesBySource(kbPlaces) };
}
