// Resolution of proposed facts against the knowledge base. An entity the knowledge base knows keeps its
// id (full name, surname, acronym, alias, specific title); a fact it already has gains the new citation
// (corroboration); a different value for the same fact becomes a pair of disputed claims. Never merged on
// a bare shared title: "Interior Minister" alone does not make two people one.
import type { Item } from '../db/columns.js';
import { FACT_COLLECTIONS } from '../collections/index.js';
import { referenceFields } from '../db/references.js';
import { FACT_KINDS, orgKey, type Cite, type Fact, type FactKind, type Facts } from './extract.js';
import { slugify } from './input.js';
import { wordClass } from './gazetteer.js';
import { GROUP_NOUNS, PROTEST_WORDS } from './lexicon.js';

export interface Corroboration { collection: FactKind; id: string; citation: Cite }
export interface Update { collection: FactKind; id: string; set: Record<string, unknown> }
export interface KindSummary { proposed: number; matched: number; new: number; disputed: number }

export interface Resolution {
  facts: Facts;
  citations_added: Corroboration[];
  updates: Update[];
  summary: Record<FactKind, KindSummary>;
}

type Kb = Map<string, Item[]>;

const lower = (v: unknown) => String(v ?? '').toLowerCase().trim();
const kbCites = (item: Item): Cite[] => (item.citations as Array<{ source_id: string; quote: string }>).map((c) => ({ source: c.source_id, quote: c.quote }));
const conflict = (a: unknown, b: unknown) => a != null && b != null && a !== b;

/** Reference fields of every collection (from the tables' foreign keys), so renamed ids follow into the facts that point at them. */
const REFERENCES = new Map(FACT_COLLECTIONS.map((c) => [c.name, referenceFields(c)]));

function renameAll(facts: Facts, renames: Map<string, string>): void {
  const map = (id: unknown) => (typeof id === 'string' ? renames.get(id) ?? id : id);
  for (const kind of FACT_KINDS) {
    for (const fact of facts[kind]) {
      for (const ref of REFERENCES.get(kind)!) {
        const value = fact[ref.field];
        if (ref.objects) for (const object of value as Array<Record<string, unknown>>) object[ref.key] = map(object[ref.key]);
        else fact[ref.field] = Array.isArray(value) ? [...new Set(value.map(map))] : map(value);
      }
    }
  }
}

/**
 * A descriptive name, not a proper one ("Opposition parties", "Police officers"): several words with no
 * capital after the first, one ordinary English word, or an unnamed group ("Critics", "Residents of Paquis").
 */
const UNNAMED_GROUP = new RegExp(`^(?:${GROUP_NOUNS})\\b`, 'i');
const descriptive = (name: unknown) => {
  const text = String(name);
  if (UNNAMED_GROUP.test(text)) return true;
  if (/\s\p{Lu}/u.test(text) || /^\p{Lu}{2,}/u.test(text)) return false;
  return /\s/.test(text) || wordClass(text) === 'W';
};

/** Whether two organizations share a name, alias or acronym. */
export function sharesName(org: Fact | Item, other: Fact | Item): boolean {
  const keys = new Set([org.name, ...(org.aliases as string[])].map((n) => orgKey(String(n))));
  const acronym = org.acronym ? lower(org.acronym) : null;
  if (acronym && other.acronym && lower(other.acronym) === acronym) return true;
  return [other.name, ...(other.aliases as string[]), other.acronym].filter(Boolean).some((n) => keys.has(orgKey(String(n))) || (acronym !== null && orgKey(String(n)) === acronym));
}

/** The names extraction gives a protest it finds no name for: "March in Central Paris on 2026-04-04". */
const MADE_UP_PROTEST_NAME = new RegExp(`^(?:${PROTEST_WORDS})(?: in .+?)?(?: on \\d{4}-\\d{2}-\\d{2})?$`, 'i');

export function matchOrganization(org: Fact, kb: Item[]): Item | undefined {
  // Descriptive names are shared by bodies of many countries: they merge only within one stated country.
  if (descriptive(org.name) && !org.acronym && org.country == null) return undefined;
  // A shorter name that ends the full one ("Federal Police" of "Australian Federal Police") names the body
  // only where its country is known to be the same: other countries have a Federal Police too.
  const tails = (org.aliases as string[]).filter((alias) => String(org.name).endsWith(` ${alias}`));
  const withoutTails = { ...org, aliases: (org.aliases as string[]).filter((alias) => !tails.includes(alias)) };
  return kb.find((k) => !conflict(k.country, org.country)
    && (sharesName(withoutTails, k) || (k.country != null && k.country === org.country && sharesName(org, k))));
}

export function matchPlace(place: Fact, kb: Item[]): Item | undefined {
  return kb.find((k) => lower(k.name) === lower(place.name) && !conflict(k.country, place.country)
    && (k.kind === place.kind || (k.kind !== 'country' && place.kind !== 'country')));
}

type Role = { title: string; organization_id: string | null; country: string | null };

/** A title that names what it is of ("Mayor of Milan"), unlike a bare "Interior Minister". */
const specificTitle = (title: string) => /\s(?:of|for)\s/i.test(title);

export function matchPerson(person: Fact, kb: Item[]): Item | undefined {
  const name = person.name ? String(person.name) : null;
  if (name) {
    const full = kb.find((k) => k.name && lower(k.name) === lower(name) && !conflict(k.country, person.country));
    if (full) return full;
    const parts = name.split(/\s+/);
    const surname = lower(parts.at(-1));
    const first = parts.length > 1 ? lower(parts[0]) : null;
    const bySurname = kb.filter((k) => {
      if (!k.name || conflict(k.country, person.country)) return false;
      const kParts = String(k.name).split(/\s+/);
      if (lower(kParts.at(-1)) !== surname) return false;
      const kFirst = lower(kParts[0]);
      return first === null || kParts.length === 1 || kFirst === first || kFirst[0] === first.replace(/\./g, '') || first[0] === kFirst.replace(/\./g, '');
    });
    if (bySurname.length === 1) return bySurname[0];
  }
  // A role-only person in the knowledge base whom this article names, or who again appears by role.
  const titles = (person.roles as Role[]).filter((r) => specificTitle(r.title)).map((r) => lower(r.title));
  return kb.find((k) => !k.name && !conflict(k.country, person.country)
    && (k.roles as Role[]).some((r) => titles.includes(lower(r.title))));
}

const gamesCore = (name: string) => lower(name).replace(/^the\s+/, '');

function matchEvent(event: Fact, kb: Item[], renames: Map<string, string>): Item | undefined {
  const sameDates = (k: Item) => !conflict(k.start, event.start);
  return kb.find((k) => {
    if (k.kind !== event.kind) return false;
    if (lower(k.name) === lower(event.name)) return sameDates(k) || k.kind === 'games';
    if (k.kind === 'games') {
      const a = gamesCore(String(k.name));
      const b = gamesCore(String(event.name));
      // "Winter Olympics" for "Milan-Cortina Winter Olympics": only when the dates say it is the same Games.
      return (a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) && k.start != null && k.start === event.start;
    }
    if (k.kind === 'ceremony') {
      // Two opening ceremonies of two Games are two events: same kind of ceremony and same date or same Games.
      const [kHead, kGames] = lower(k.name).split(' of the ');
      const [eHead, eGames] = lower(event.name).split(' of the ');
      if (kHead !== eHead) return false;
      if (k.start != null && event.start != null) return k.start === event.start;
      return !!kGames && !!eGames && (kGames === eGames || renames.get(slugify(eGames)) === slugify(kGames));
    }
    return false;
  });
}

const words = (text: unknown) => new Set(lower(text).replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter((w) => w.length > 2));
function similarity(a: unknown, b: unknown): number {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

const quantityText = (q: { value: number | null; qualifier: string | null }) => `${q.qualifier ?? ''} ${q.value ?? ''}`.trim().replace(/_/g, ' ');

export function resolve(proposed: Facts, kb: Kb, existingIds: Set<string>): Resolution {
  const facts: Facts = { people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [] };
  const summary = Object.fromEntries(FACT_KINDS.map((k) => [k, { proposed: proposed[k].length, matched: 0, new: 0, disputed: 0 }])) as Record<FactKind, KindSummary>;
  const citationsAdded: Corroboration[] = [];
  const updates: Update[] = [];
  const renames = new Map<string, string>();
  const taken = new Set(existingIds);
  const items = (kind: string) => kb.get(kind) ?? [];

  const corroborate = (collection: FactKind, item: Item, fact: Fact) => {
    const known = new Set(kbCites(item).map((c) => `${c.source}\n${c.quote}`));
    for (const citation of fact.citations) {
      if (!known.has(`${citation.source}\n${citation.quote}`)) citationsAdded.push({ collection, id: item.id, citation });
    }
    summary[collection].matched++;
  };
  const keep = (collection: FactKind, fact: Fact) => {
    let id = fact.id;
    for (let n = 2; taken.has(id); n++) id = `${fact.id}-${n}`;
    if (id !== fact.id) renames.set(fact.id, id);
    taken.add(id);
    facts[collection].push({ ...fact, id });
    summary[collection].new++;
  };
  const claimPair = (subject: Item, predicate: string, oldValue: string, newValue: string, newCites: Cite[], collection: FactKind) => {
    const claims = items('claims');
    const existing = claims.find((c) => c.subject_id === subject.id && c.predicate === predicate && c.value === oldValue);
    const oldId = existing?.id ?? `${subject.id}-${slugify(predicate)}-${slugify(oldValue)}`;
    if (!existing && !facts.claims.some((c) => c.id === oldId)) {
      facts.claims.push({ id: oldId, subject_id: subject.id, predicate, object_id: null, value: oldValue, disputed_by: [], derived: false, citations: kbCites(subject) });
      taken.add(oldId);
    }
    let newId = `${subject.id}-${slugify(predicate)}-${slugify(newValue)}`;
    for (let n = 2; taken.has(newId); n++) newId = `${subject.id}-${slugify(predicate)}-${slugify(newValue)}-${n}`;
    taken.add(newId);
    facts.claims.push({ id: newId, subject_id: subject.id, predicate, object_id: null, value: newValue, disputed_by: [oldId], derived: false, citations: newCites });
    summary[collection].disputed++;
  };

  // Entities: reuse ids, and fill in what the knowledge base lacks (a role-only person's name).
  for (const org of proposed.organizations) {
    const match = matchOrganization(org, items('organizations'));
    if (match) { renames.set(org.id, match.id); corroborate('organizations', match, org); } else keep('organizations', org);
  }
  for (const place of proposed.places) {
    const match = matchPlace(place, items('places'));
    if (match) { renames.set(place.id, match.id); corroborate('places', match, place); } else keep('places', place);
  }
  for (const person of proposed.people) {
    const match = matchPerson(person, items('people'));
    if (!match) { keep('people', person); continue; }
    renames.set(person.id, match.id);
    corroborate('people', match, person);
    if (!match.name && person.name) updates.push({ collection: 'people', id: match.id, set: { name: person.name } });
  }
  for (const event of proposed.events) {
    const match = matchEvent(event, items('events'), renames);
    if (!match) { keep('events', event); continue; }
    renames.set(event.id, match.id);
    if (event.start != null && match.start != null && event.start !== match.start) {
      claimPair(match, 'start', String(match.start), String(event.start), event.citations, 'events');
    } else corroborate('events', match, event);
  }
  renameAll(proposed, renames);

  // Facts: the same one gains a citation; another value for it becomes a disputed claim pair.
  for (const deployment of proposed.deployments) {
    const same = items('deployments').filter((k) => k.organization_id === deployment.organization_id && !conflict(k.event_id, deployment.event_id));
    const q = deployment.personnel as { value: number | null; qualifier: string | null };
    const equal = same.find((k) => { const p = k.personnel as typeof q; return p.value === q.value && p.qualifier === q.qualifier; });
    if (equal) { renames.set(deployment.id, equal.id); corroborate('deployments', equal, deployment); continue; }
    // Another count disputes a known one only for one operation: the same body at the same event. A body
    // counted for an event the article does not name may be counted for another one (its officers at a
    // carnival and at a state visit are two deployments, not two readings of one).
    const other = same.find((k) => (k.personnel as typeof q).value != null && q.value != null && k.event_id != null && k.event_id === deployment.event_id);
    if (other) { renames.set(deployment.id, other.id); claimPair(other, 'personnel', quantityText(other.personnel as typeof q), quantityText(q), deployment.citations, 'deployments'); continue; }
    keep('deployments', deployment);
  }
  for (const protest of proposed.protests) {
    const overlaps = (a: unknown, b: unknown) => (a as string[]).some((x) => (b as string[]).includes(x));
    // A protest is the same one by its own name ("ICE OUT rally"), not by a name ingest made up ("March in
    // Lyon on …"): a union that marches twice marches on two dates, which is no dispute.
    const sameName = (k: Item) => lower(k.name) === lower(protest.name) && !MADE_UP_PROTEST_NAME.test(String(protest.name));
    const sameDay = (k: Item) => k.date != null && k.date === protest.date && (overlaps(k.organizer_ids, protest.organizer_ids) || overlaps(k.place_ids, protest.place_ids));
    const equal = items('protests').find((k) => sameDay(k) || (sameName(k) && (k.date === protest.date || protest.date == null)));
    if (equal) { corroborate('protests', equal, protest); continue; }
    const other = items('protests').find((k) => sameName(k) && k.date != null && protest.date != null);
    if (other) { claimPair(other, 'date', String(other.date), String(protest.date), protest.citations, 'protests'); continue; }
    keep('protests', protest);
  }
  for (const measure of proposed.measures) {
    // The same name is not enough: a no-fly zone over Madrid is not Milan's. Same name and a shared place or operator.
    const shares = (a: unknown, b: unknown) => (a as string[]).some((id) => (b as string[]).includes(id));
    const equal = items('measures').find((k) => lower(k.name).replace(/s$/, '') === lower(measure.name).replace(/s$/, '')
      && (shares(measure.place_ids, k.place_ids) || shares(measure.operator_ids, k.operator_ids)));
    if (!equal) { keep('measures', measure); continue; }
    if (measure.start != null && equal.start != null && measure.start !== equal.start) claimPair(equal, 'start', String(equal.start), String(measure.start), measure.citations, 'measures');
    else corroborate('measures', equal, measure);
  }
  for (const statement of proposed.statements) {
    const equal = items('statements').find((k) => k.speaker_id === statement.speaker_id && similarity(k.text, statement.text) >= 0.6);
    if (equal) corroborate('statements', equal, statement); else keep('statements', statement);
  }
  for (const claim of proposed.claims) keep('claims', claim);
  renameAll(facts, renames);
  // A part_of pointing at a deployment that was merged away now points at the one kept.
  return { facts, citations_added: citationsAdded, updates, summary };
}
