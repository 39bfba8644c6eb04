// Rules that turn one article into proposed facts in the seed format. Entities first (organizations,
// people, events, places), then the facts that refer to them (deployments, protests, measures,
// statements). Every fact cites words located exactly once in the article; ids are provisional slugs
// that resolution later maps onto the knowledge base.
import { lookupPlace, wordClass } from './gazetteer.js';
import type { FoundDate } from './dates.js';
import {
  INCIDENT_WORDS, KNOWN_BODIES, NATIONALITIES, NATIONALITY_PATTERN,
  GROUP_NOUNS, KNOWN_EVENTS, ORG_HEADS, REPORTING_VERBS, SPEECH_VERBS, TITLE_PATTERN, VIEW_VERBS,
} from './lexicon.js';
import { capitalize, type Sentence, type Span } from './text.js';
import { ArticleDocument, type Mention } from './document.js';
import { DEPLOYMENT_COUNT } from './rules/deployments.js';
import { PIPELINE } from './pipeline.js';
import type { PassContext } from './passes/context.js';
import { slugify } from './input.js';
import { collectionByName } from '../collections/index.js';
import { countOf, HEDGE_RE, NUMBER_RE, PROTEST_WORD, qualifierOf } from './counts.js';

/** The collections whose rows say whether they are derived (their schema has `derived`). */
const HAS_DERIVED = new Set([...collectionByName].filter(([, spec]) => 'derived' in spec.schema.properties).map(([name]) => name));
const STATEMENTS_HAVE_DERIVED = HAS_DERIVED.has('statements');

export interface Cite { source: string; quote: string }
export type Fact = Record<string, unknown> & { id: string; citations: Cite[] };
export const FACT_KINDS = ['people', 'organizations', 'places', 'events', 'deployments', 'protests', 'measures', 'statements', 'claims'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export type Facts = Record<FactKind, Fact[]>;

export interface ExtractOptions { sourceId: string; published: string; text: string }

const isFirstName = (word: string) => wordClass(word) === 'F';
/** A word the lexicon knows as ordinary English (not a name), e.g. "Reading", "Nice", "Police". */
const isCommonWord = (word: string) => wordClass(word) === 'W';

const NAME_TOKEN = "[A-Z][\\p{Ll}\\p{Lu}'’-]{0,40}\\p{L}|[A-Z]{1,3}|(?:[A-Z]\\.){1,2}";
// Names never run across a line break (a heading followed by a paragraph).
const NAME = `(?:${NAME_TOKEN})(?:[^\\S\\n]+(?:(?:de|di|da|van|von|del|della|al|bin|le|la)[^\\S\\n]+)?(?:${NAME_TOKEN})){1,2}`;

/**
 * Quoted words attributed after the quote: "…," Name said / "…," said Name. The quoted words hold no quote
 * mark of either kind, so a search from each quote mark stops at the next one, however many stray marks
 * the text has; the attribution is at most a few words.
 */
const TRAILING_ATTRIBUTION = new RegExp(`["“]([^"“”]{20,})[,.]?["”],?\\s+(?:${SPEECH_VERBS})\\s+([^.]{1,200})|["“]([^"“”]{20,})[,.]?["”],?\\s+([^.,]{1,120}?)\\s+(?:${SPEECH_VERBS})\\b`, 'u');

/** A word that is a whole title of office ("Mayor", "Commander"). */
const WHOLE_TITLE = new RegExp(`^${TITLE_PATTERN}$`);

/** A title that names its holder when written "the minister": the first word after "the". */
const TITLE_WORD = /^(minister|mayor|president|prefect|governor|spokes\w+|chief|commissioner|superintendent|senator|delegate|commander|secretary)\b/i;

/** Capitalised words that can stand next to a place name without making it part of another name. */
const NOT_A_NAME_PART = /^(?:The|A|An|In|At|On|From|To|For|Of|And|But|By|With|As|Its|Their|His|Her|Our|This|That|These|Those|When|While|After|Before|During|Since|Until|Outside|Inside|Near|Across|Around|Central|Northern|Southern|Eastern|Western|Greater|Downtown|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|If|Some|Many|Both|All)$/;

/** An event's kind by the word that ends its name: a festival or fair, a summit or conference, else sport. */
function eventKind(name: string): string {
  if (KNOWN_EVENTS[name]) return KNOWN_EVENTS[name]!;
  if (/\b(?:Festival|Carnival|Fair|Expo|Contest)$/i.test(name)) return 'festival';
  if (/\b(?:Summit|Conference|Forum|talks)$/i.test(name)) return 'summit';
  return 'games';
}


const globalCopies = new Map<string, RegExp>();
/**
 * The pattern with the g flag, compiled once per pattern and reset to search from the start; a fresh copy
 * when the cached one is mid-search (a loop over the same pattern inside another).
 */
function globalCopy(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const key = `${flags}/${pattern.source}`;
  const cached = globalCopies.get(key);
  if (cached && cached.lastIndex === 0) return cached;
  const re = new RegExp(pattern.source, flags);
  if (!cached) globalCopies.set(key, re);
  return re;
}

/** A name's key for matching: nationality words become the country code ("American delegation" = "US delegation"). */
export function orgKey(name: string): string {
  let key = orgKeys.get(name);
  if (key === undefined) {
    key = name.replace(/’/g, "'").replace(/^the /i, '').trim();
    for (const [word, pattern] of NATIONALITY_WORDS) key = key.replace(pattern, `$1${NATIONALITIES[word]}`);
    orgKeys.set(name, key = key.toLowerCase().replace(/\s+/g, ' '));
  }
  return key;
}
/** Keys already made: resolution asks for the same names' keys once per pair of bodies it compares. */
const orgKeys = new Map<string, string>();
/** Each nationality word as a whole word, compiled once: orgKey runs for every pair resolution compares. */
const NATIONALITY_WORDS: Array<[string, RegExp]> = Object.keys(NATIONALITIES).map((word) => [word, new RegExp(`(^|\\s)${word.replace(/\./g, '\\.')}(?=\\s|$)`)]);

export class Extraction implements PassContext {
  readonly facts: Facts = { people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [] };
  readonly doc: ArticleDocument;
  private readonly text: string;
  private readonly sentences: Sentence[];
  private readonly dates: Map<number, FoundDate[]>;
  private readonly mentions: Mention[];
  private readonly published: string;
  private readonly orgByKey = new Map<string, Fact>();
  private readonly personByName = new Map<string, Fact>();
  private readonly placeByName = new Map<string, Fact>();
  private readonly usedIds = new Set<string>();
  /** The next number to try after a slug already used, so that many facts of one name cost no rescans. */
  private readonly nextSuffix = new Map<string, number>();
  private mainEvent: Fact | undefined;

  constructor(options: ExtractOptions) {
    this.doc = new ArticleDocument(options.text, options.sourceId, options.published);
    this.published = options.published;
    // The document's parts the passes read most, by their short names.
    ({ text: this.text, sentences: this.sentences, dates: this.dates, mentions: this.mentions } = this.doc);
  }

  /** The passes in the order src/ingest/pipeline.ts gives, each a method below. */
  run(): Facts {
    for (const pass of PIPELINE) pass.run(this);
    return this.facts;
  }

  /** Every fact of a collection with `derived` says whether it is: false where nothing was inferred. */
  writeDerived(): void {
    for (const kind of FACT_KINDS) {
      if (!HAS_DERIVED.has(kind)) continue;
      this.facts[kind] = this.facts[kind].map(({ citations, derived, note, ...fields }) =>
        ({ ...fields, derived: derived ?? false, ...(note !== undefined && { note }), citations }) as Fact);
    }
  }

  /** Marks a fact derived and says in its note what was inferred (several inferences join with "; "). */
  private infer(fact: Fact, what: string): void {
    fact.derived = true;
    fact.note = typeof fact.note === 'string' && fact.note ? `${fact.note}; ${what}` : what;
  }

  /** A fact takes a found date: an inferred one makes it derived, its note saying what was inferred. */
  inferDate(fact: Fact, date: FoundDate): void {
    if (date.derived) this.infer(fact, date.note ?? `date of '${date.text}' inferred`);
  }

  // ---------- helpers ----------

  private cite(start: number, end: number): Cite | null {
    return this.doc.cite(start, end);
  }

  private citeSentence(sentence: Sentence): Cite | null {
    return this.cite(sentence.start, sentence.end);
  }

  newId(base: string): string {
    const slug = slugify(base, 8) || 'fact';
    let id = slug;
    let n = this.nextSuffix.get(slug) ?? 2;
    for (; this.usedIds.has(id); n++) id = `${slug}-${n}`;
    this.nextSuffix.set(slug, n);
    this.usedIds.add(id);
    return id;
  }

  addCitation(fact: Fact, cite: Cite | null): void {
    if (cite && !fact.citations.some((c) => c.quote === cite.quote)) fact.citations.push(cite);
  }

  *matches(pattern: RegExp, within: Span = { start: 0, end: this.text.length }): Generator<RegExpExecArray & { pos: number }> {
    const body = within.start === 0 && within.end === this.text.length ? this.text : this.text.slice(within.start, within.end);
    const re = globalCopy(pattern);
    try {
      for (let m; (m = re.exec(body));) {
        if (!m[0]) { re.lastIndex++; continue; }
        yield Object.assign(m, { pos: within.start + m.index });
      }
    } finally {
      re.lastIndex = 0;
    }
  }

  // ---------- organizations ----------

  private organization(name: string, fields: { acronym?: string | null; kind: string; country: string | null; alias?: string }, start: number, end: number): Fact {
    const key = orgKey(name);
    let org = this.orgByKey.get(key) ?? (fields.acronym ? this.orgByKey.get(fields.acronym.toLowerCase()) : undefined);
    if (!org) {
      org = { id: this.newId(name), name, acronym: fields.acronym ?? null, aliases: [], kind: fields.kind, country: fields.country, parent_id: null, citations: [] };
      this.facts.organizations.push(org);
    }
    if (fields.acronym && !org.acronym) org.acronym = fields.acronym;
    const aliases = org.aliases as string[];
    if (fields.alias && fields.alias !== org.name && !aliases.includes(fields.alias)) aliases.push(fields.alias);
    this.orgByKey.set(key, org);
    if (fields.alias) this.orgByKey.set(orgKey(fields.alias), org);
    if (org.acronym) this.orgByKey.set(String(org.acronym).toLowerCase(), org);
    if (!org.citations.length) this.addCitation(org, this.cite(start, end));
    this.doc.mention(org.id, 'organization', start, end);
    return org;
  }

  private orgById(id: string): Fact | undefined {
    return this.facts.organizations.find((o) => o.id === id);
  }

  private findOrg(name: string): Fact | undefined {
    return this.orgByKey.get(orgKey(name)) ?? this.orgByKey.get(name.toLowerCase());
  }

  organizations(): void {
    const nat = (word: string | undefined) => (word ? NATIONALITIES[word] ?? null : null);
    const leadingNationality = (name: string) => {
      const m = new RegExp(`^(${NATIONALITY_PATTERN})\\b`).exec(name);
      return m ? NATIONALITIES[m[1]!] ?? null : null;
    };
    // Name (ACRONYM): the acronym's letters appear in order among the name's initials.
    const defined = /([A-Z][\p{L}.'’-]{0,40}(?:[^\S\n]+(?:[A-Z][\p{L}.'’-]{0,40}|of|the|and|for|di|de)){0,9})\s+\(([A-Z][A-Za-z.&]{1,9})\)/gu;
    const fitsAcronym = (words: string[], acronym: string) => {
      let fits = 0;
      for (const ch of words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0])) if (ch === acronym[fits]) fits++;
      return fits >= acronym.replace(/[^A-Z]/g, '').length;
    };
    for (const m of this.matches(defined)) {
      const acronym = m[2]!;
      let words = m[1]!.split(/\s+/);
      if (!fitsAcronym(words, acronym)) continue;
      // "Thames Valley Police and British Transport Police (BTP)": two bodies, the acronym the second's.
      const and = words.lastIndexOf('and');
      if (and > 0 && ORG_HEADS[words[and - 1]!] && words[and + 1]?.[0] === acronym[0] && fitsAcronym(words.slice(and + 1), acronym)) words = words.slice(and + 1);
      const name = words.join(' ').replace(/^The\s+/, '');
      const start = m.pos + m[0].lastIndexOf(name);
      const head = words.map((w) => ORG_HEADS[w]).filter(Boolean).at(-1);
      const org = this.organization(name, { acronym, kind: head ?? 'agency', country: leadingNationality(name) }, start, m.pos + m[0].length);
      const bare = name.replace(new RegExp(`^(?:${NATIONALITY_PATTERN}|United States)\\s+`), '');
      if (bare !== name && !(org.aliases as string[]).includes(bare)) { (org.aliases as string[]).push(bare); this.orgByKey.set(orgKey(bare), org); }
      for (const prefix of ['U.S.', 'US', 'UK', 'EU']) {
        if (!(org.aliases as string[]).includes(`${prefix} ${acronym}`) && this.doc.contains(`${prefix} ${acronym}`)) (org.aliases as string[]).push(`${prefix} ${acronym}`);
      }
    }
    // "the group Harbour Watch", "the collective Ultima Generazione", "the activist coalition Stop NATO Den
    // Haag" (before the known bodies, so that NATO inside it is no organiser of its own).
    for (const m of this.matches(/\b(?:group|collective|movement|association|network|coalition|alliance|campaign)\s+([A-Z][\p{L}'’-]{1,40}(?:[^\S\n]+(?:(?:de|del|di|da|la|le|von|van)[^\S\n]+)?[A-Z][\p{L}'’-]{1,40}){0,3})/gu)) {
      const name = m[1]!.trim();
      const at = m.pos + m[0].indexOf(name);
      if (this.doc.isTaken(at, at + name.length)) continue;
      this.organization(name, { kind: 'political_group', country: null }, at, at + name.length);
    }
    for (const [name, body] of Object.entries(KNOWN_BODIES)) {
      for (const m of this.matches(new RegExp(`\\b${name.replace(/[.']/g, (c) => `\\${c}`)}\\b`))) {
        if (this.doc.isTaken(m.pos, m.pos + name.length)) continue;
        const existing = this.findOrg(name) ?? (body.name ? this.findOrg(body.name) : undefined);
        if (existing) { this.doc.mention(existing.id, 'organization', m.pos, m.pos + name.length); continue; }
        this.organization(body.name ?? name, { kind: body.kind, country: body.country, acronym: body.name ? name : null }, m.pos, m.pos + name.length);
      }
    }
    // Capitalised names closed by a head word: "US State Department", "U.S. Embassy in Rome", "Ministry of the Interior".
    const heads = Object.keys(ORG_HEADS).join('|');
    const headed = new RegExp(`\\b((?:(?:U\\.S\\.|US|UK|EU)\\s+)?(?:[A-Z][\\p{L}'’-]{0,40}[^\\S\\n]+){0,4}(?:${heads}))\\b((?:\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]{0,40}(?:\\s+(?:and\\s+)?[A-Z][\\p{L}'’-]{0,40}){0,3})|(?:\\s+in\\s+[A-Z][\\p{L}'’-]{0,40}))?`, 'gu');
    for (const m of this.matches(headed)) {
      let name = `${m[1]}${m[2] ?? ''}`;
      const head = m[1]!.split(/\s+/).at(-1)!;
      if (m[2]?.trim().startsWith('in ') && !/Embassy|Consulate/.test(head)) name = m[1]!;
      let start = m.pos;
      // "pro-Palestinian Palestine Action Group": a word joined to the one before it is not the name's first.
      const lead = /^(?:The|A|An|This|These|Its|Their|Both|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+/.exec(name)
        ?? (this.text[start - 1] === '-' ? /^\S+\s+/.exec(name) : null);
      if (lead) { name = name.slice(lead[0].length); start += lead[0].length; }
      const words = name.split(/\s+/);
      if (words.length < 2) continue;
      // "National Police Commissioner Fannie Masemola": a title, not a body.
      if (/^\s+(?:Commissioner|Chief|Minister|Director|Spokes\w+|Commander|Secretary)\b/.test(this.text.slice(start + name.length))) continue;
      // "the Champions League final": a competition, not a body.
      if (/^\s+(?:final|match|game|season|title|fixture|semi-finals?|quarter-finals?|tie|trophy|draw)\b/.test(this.text.slice(start + name.length))) continue;
      if (this.doc.isTaken(start, start + name.length) || this.doc.isHeading(this.doc.sentenceAt(start))) continue;
      // A sentence-initial common word is not part of the name ("Milan police" is, "Critics" is not).
      if (start === this.doc.sentenceAt(start).start && isCommonWord(words[0]!) && !NATIONALITIES[words[0]!]) continue;
      this.organization(name, { kind: ORG_HEADS[head] ?? 'agency', country: leadingNationality(name) }, start, start + name.length);
    }
    // Bodies named by nationality in lowercase: "the Italian interior ministry", "Italian authorities".
    const national = new RegExp(`\\b(${NATIONALITY_PATTERN})\\s+(interior ministry|foreign ministry|defen[cs]e ministry|government|authorities|officials|police|delegation|embassy|consulate|military|army|coast guard|diplomatic offices)\\b`, 'gu');
    for (const m of this.matches(national)) {
      if (this.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
      const code = nat(m[1]);
      const body = m[2]!;
      const kind = /ministry/.test(body) ? 'ministry' : /police|military|army|guard/.test(body) ? 'police_force'
        : /delegation/.test(body) ? 'delegation' : /embassy|consulate|diplomatic/.test(body) ? 'diplomatic_mission' : 'government';
      const generic = /authorities|officials/.test(body);
      const adjective = code ? Object.entries(NATIONALITIES).find(([w, c]) => c === code && /an$|ish$|ese$|ch$/.test(w))?.[0] : undefined;
      const name = generic ? `${adjective ?? m[1]} government` : /diplomatic offices/.test(body) ? `${m[1]} diplomatic offices` : `${m[1]} ${body}`;
      this.organization(name, { kind, country: code, alias: generic ? m[0] : undefined }, m.pos, m.pos + m[0].length);
    }
    // "the consulate in Milan": the nationality is the nearest one earlier in the sentence.
    for (const m of this.matches(/\b(consulate|embassy)\s+in\s+([A-Z][\p{L}'’-]{1,40})/gu)) {
      if (this.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
      const before = this.text.slice(this.doc.sentenceAt(m.pos).start, m.pos);
      const natMatch = [...before.matchAll(new RegExp(`\\b(${NATIONALITY_PATTERN})\\b`, 'g'))].at(-1);
      const prefix = natMatch ? (NATIONALITIES[natMatch[1]!] === 'US' ? 'US' : natMatch[1]) : null;
      const name = `${prefix ? `${prefix} ` : ''}${m[1]} in ${m[2]}`;
      this.organization(name, { kind: 'diplomatic_mission', country: natMatch ? NATIONALITIES[natMatch[1]!] ?? null : null }, m.pos, m.pos + m[0].length);
    }
    // "the hard-left USB union": an acronym with a lowercase head word.
    for (const m of this.matches(/\b([A-Z]{2,6})\s+(union|party|movement|collective|group)\b/g)) {
      if (this.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
      const kind = m[2] === 'union' ? 'union' : 'political_group';
      this.organization(m[1]!, { acronym: m[1]!, kind, country: null, alias: m[0] }, m.pos, m.pos + m[0].length);
    }
    // Collective actors the news names as groups.
    const groups = /\b(trade unions|labou?r unions|opposition parties|opposition lawmakers|left-wing groups|right-wing groups|far-right groups|far-left groups|human rights groups|rights groups|activist groups|environmental groups|student groups)\b/gi;
    for (const m of this.matches(groups)) {
      if (this.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
      const phrase = m[1]!.toLowerCase();
      const sentence = this.doc.sentenceAt(m.pos);
      const inCountry = new RegExp(`\\bin (${NATIONALITY_PATTERN})\\b`).exec(this.text.slice(m.pos, sentence.end));
      const kind = /union/.test(phrase) ? 'union' : 'political_group';
      const name = /lawmakers/.test(phrase) ? 'Opposition parties' : capitalize(phrase);
      this.organization(name, { kind, country: inCountry ? NATIONALITIES[inCountry[1]!] ?? null : null, alias: name === capitalize(phrase) ? undefined : capitalize(phrase) }, m.pos, m.pos + m[0].length);
    }
    // A city's or country's police in lowercase: "Hamburg police", "Madrid's municipal police", "Police in Bonn".
    for (const m of this.matches(/\b([A-Z][\p{L}'’-]{1,40}?)(?:['’]s)?\s+(?:(municipal|local|city|state|regional|metropolitan)\s+)?police\b|\bPolice\s+in\s+([A-Z][\p{L}'’-]{1,40})/gu)) {
      const place = (m[1] ?? m[3])!;
      if (this.doc.isTaken(m.pos, m.pos + m[0].length) || (!lookupPlace(place) && !NATIONALITIES[place])) continue;
      this.organization(`${place}${m[2] ? ` ${m[2]}` : ''} police`, { kind: 'police_force', country: NATIONALITIES[place] ?? null }, m.pos, m.pos + m[0].length);
    }
    // An acronym used as a name without its expansion: "The PP said", "the IOC".
    const acronymAlone = new RegExp(`\\b(?:[Tt]he\\s+([A-Z]{2,6})\\b|([A-Z]{2,6})\\s+(?:has\\s+|have\\s+)?(?:${SPEECH_VERBS})\\b)`, 'g');
    for (const m of this.matches(acronymAlone)) {
      const acronym = (m[1] ?? m[2])!;
      const at = m.pos + m[0].indexOf(acronym);
      if (NATIONALITIES[acronym] || this.doc.isTaken(at, at + acronym.length) || this.doc.quoted(at) || this.doc.isHeading(this.doc.sentenceAt(at))) continue;
      if (this.findOrg(acronym)) continue;
      this.organization(acronym, { acronym, kind: 'agency', country: null }, at, at + acronym.length);
    }
    // "German Federal Police (Bundespolizei)": the name in brackets is another name of the same body.
    for (const org of [...this.facts.organizations]) {
      const first = this.mentions.find((m) => m.id === org.id);
      if (!first || this.text[first.start - 1] !== '(' || this.text[first.end] !== ')') continue;
      const outer = [...this.mentions].reverse().find((m) => m.type === 'organization' && m.end === first.start - 2 && m.id !== org.id);
      const target = outer && this.facts.organizations.find((o) => o.id === outer.id);
      if (!target) continue;
      (target.aliases as string[]).push(String(org.name));
      if (!target.country && org.country) target.country = org.country;
      this.facts.organizations = this.facts.organizations.filter((o) => o !== org);
      for (const [key, value] of this.orgByKey) if (value === org) this.orgByKey.set(key, target);
      for (const m of this.mentions) if (m.id === org.id) m.id = target.id;
    }
    // Later mentions by acronym or alias.
    for (const org of this.facts.organizations) {
      for (const label of [org.acronym as string | null, ...(org.aliases as string[])].filter((l): l is string => !!l && l.length > 1)) {
        for (const at of this.doc.words.find(label)) {
          if (!this.doc.isTaken(at, at + label.length)) this.doc.mention(org.id, 'organization', at, at + label.length);
        }
      }
    }
  }

  // ---------- people ----------

  private person(name: string | null, role: { title: string; organization_id: string | null; country: string | null } | null, country: string | null, start: number, end: number): Fact {
    const key = name ? name.toLowerCase() : `role:${role!.title.toLowerCase()}`;
    let person = this.personByName.get(key);
    if (!person) {
      person = { id: this.newId(name ?? role!.title), name, roles: [], country, citations: [] };
      this.facts.people.push(person);
      this.personByName.set(key, person);
      if (name) this.personByName.set(`surname:${name.split(/\s+/).at(-1)!.toLowerCase()}`, person);
    }
    const roles = person.roles as Array<{ title: string; organization_id: string | null; country: string | null }>;
    if (role && !roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase())) roles.push(role);
    if (!person.country && country) person.country = country;
    this.addCitation(person, this.cite(start, end));
    this.doc.mention(person.id, 'person', start, end);
    return person;
  }

  /** The organization a title of office belongs to, when the article names it ("Interior Minister" → the interior ministry). */
  private roleOrganization(title: string): Fact | undefined {
    const area = /(Interior|Foreign|Defen[cs]e|Justice|Sports?)\s+Minister|Minister of (?:the )?(\w+)/i.exec(title);
    const field = area?.[1] ?? area?.[2];
    if (field) return this.facts.organizations.find((o) => new RegExp(`${field}\\s+ministry|ministry of (?:the )?${field}`, 'i').test(String(o.name)));
    if (/Secretary of State/i.test(title)) return this.facts.organizations.find((o) => /State Department/i.test(String(o.name)));
    return undefined;
  }

  people(): void {
    // "Interior Minister Matteo Piantedosi", "Assistant Commissioner of Police Tan Wei Ming".
    const titled = new RegExp(`\\b(?:(former|acting|deputy|outgoing|interim|Former|Acting|Deputy)\\s+)?(?:(${NATIONALITY_PATTERN})\\s+)?(${TITLE_PATTERN}(?:\\s+of\\s+Police)?)\\s+(${NAME})`, 'gu');
    for (const m of this.matches(titled)) {
      const name = m[4]!.replace(/['’]s$/, '');
      const nameStart = m.pos + m[0].lastIndexOf(m[4]!);
      if (this.doc.isTaken(nameStart, nameStart + name.length)) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS[w] || lookupPlace(w)?.kind === 'country')) continue;
      const code = m[2] ? NATIONALITIES[m[2]] ?? null : null;
      const title = `${m[1] ? `${capitalize(m[1].toLowerCase())} ` : ''}${m[3]}`;
      const org = this.roleOrganization(m[3]!);
      const country = code ?? (org?.country as string | null) ?? null;
      this.person(name, { title, organization_id: org?.id ?? null, country }, country, m.pos, nameStart + name.length);
    }
    // "Name, the city's police chief," / "Name, a spokesperson for ..."
    const appositive = new RegExp(`\\b(${NAME}),\\s+(?:(?:the|a|an)\\s+)?(?:(${NATIONALITY_PATTERN})\\s+)?((?:[a-z-]+\\s+){0,2}(?:mayor|governor|prefect|minister|president|spokes(?:man|woman|person)|chief|commissioner|director|ambassador|commander|head|secretary|prosecutor|senator|leader|organi[sz]er|coordinator)(?:\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]{0,40}(?:\\s+[A-Z][\\p{L}'’-]{0,40}){0,3})?)`, 'gu');
    for (const m of this.matches(appositive)) {
      const name = m[1]!;
      if (this.doc.isTaken(m.pos, m.pos + name.length) || !isFirstName(name.split(/\s+/)[0]!)) continue;
      const code = m[2] ? NATIONALITIES[m[2]] ?? null : null;
      this.person(name, { title: capitalize(m[3]!), organization_id: null, country: code }, code, m.pos, m.pos + m[0].length);
    }
    // "the city's interior senator, Andreas Keller," / "the mayor, Anne Hidalgo," / "Madrid's government
    // delegate, Francisco Martín," / "its spokesman, Julio Navas,"
    const titleFirst = new RegExp(`\\b(?:(?:the|The|its|Its|their|Their)\\s+(?:(?:city|country|state|region|[A-Z][\\p{L}]+)['’]s\\s+)?|[A-Z][\\p{L}]+['’]s\\s+)((?:[a-z-]+\\s+){0,2}(?:mayor|governor|prefect|minister|senator|president|spokes(?:man|woman|person)|chief|commissioner|director|ambassador|commander|secretary|prosecutor|delegate|superintendent))(?:\\s+of\\s+([A-Z][\\p{L}'’-]{1,40}))?(?:,\\s+(${NAME}),|\\s+(${NAME})(?=\\s+(?:${SPEECH_VERBS})\\b))`, 'gu');
    for (const m of this.matches(titleFirst)) {
      const name = (m[3] ?? m[4])!;
      const nameStart = m.pos + m[0].lastIndexOf(name);
      // After a title, two capitalised words are a name even when the first is also a word ("Christian").
      const first = name.split(/\s+/)[0]!;
      if (this.doc.isTaken(nameStart, nameStart + name.length) || !(isFirstName(first) || (/\s/.test(name) && wordClass(first) !== 'P' && !NATIONALITIES[first]))) continue;
      const title = capitalize(`${m[1]}${m[2] ? ` of ${m[2]}` : ''}`);
      this.person(name, { title, organization_id: null, country: null }, null, m.pos, nameStart + name.length);
    }
    // "Police commander Martin Roth said", "Vaucluse prefect Thierry Suquet said": a lowercase title after a
    // capitalised word, then a name that speaks or is set off by a comma.
    const titleAfterWord = new RegExp(`(?<![\\p{L}'’-][^\\S\\n]?)\\b([A-Z][\\p{L}]+\\s+(?:[a-z-]+\\s+)?(?:commander|prefect|chief|director|superintendent|inspector|spokes(?:man|woman|person)))\\s+(${NAME})(?=\\s+(?:${SPEECH_VERBS})\\b|,)`, 'gu');
    for (const m of this.matches(titleAfterWord)) {
      const name = m[2]!;
      const nameStart = m.pos + m[0].lastIndexOf(name);
      if (this.doc.isTaken(nameStart, nameStart + name.length) || !isFirstName(name.split(/\s+/)[0]!) && wordClass(name.split(/\s+/)[0]!) !== undefined) continue;
      this.person(name, { title: capitalize(m[1]!.replace(/\s+/g, ' ')), organization_id: null, country: null }, null, m.pos, nameStart + name.length);
    }
    // A surname alone in apposition: "Marchetti, the interior minister, said".
    const surnameFirst = new RegExp(`(?<![\\p{L}'’-][^\\S\\n]?)\\b([A-Z][\\p{Ll}'’-]{1,40}[\\p{Ll}]),\\s+the\\s+((?:${TITLE_PATTERN.toLowerCase()})),`, 'gu');
    for (const m of this.matches(surnameFirst)) {
      const name = m[1]!;
      if (this.doc.isTaken(m.pos, m.pos + name.length) || wordClass(name) === 'W' || lookupPlace(name)) continue;
      const known = this.personByName.get(`surname:${name.toLowerCase()}`);
      this.person(known ? String(known.name) : name, { title: capitalize(m[2]!), organization_id: null, country: null }, null, m.pos, m.pos + m[0].length - 1);
    }
    // Role-only: "the mayor of Milan", "Milan's mayor".
    const roleOnly = new RegExp(`\\b(?:the|The)\\s+(?:(${NATIONALITY_PATTERN})\\s+)?(mayor|governor|prefect|police chief|police commissioner|interior minister|foreign minister|prime minister|president|ambassador|regional president)\\s+of\\s+([A-Z][\\p{L}'’-]{1,40}(?:\\s+[A-Z][\\p{L}'’-]{1,40})?)`, 'gu');
    for (const m of this.matches(roleOnly)) {
      const place = m[3]!;
      const title = `${capitalize(m[2]!)} of ${place}`;
      const named = new RegExp(`^,?\\s+(${NAME})`, 'u').exec(this.text.slice(m.pos + m[0].length));
      const placeEntry = lookupPlace(place);
      const country = (m[1] ? NATIONALITIES[m[1]] : undefined) ?? (placeEntry && placeEntry.countries.length === 1 ? placeEntry.countries[0]! : null);
      if (named && isFirstName(named[1]!.split(/\s+/)[0]!)) {
        this.person(named[1]!, { title, organization_id: null, country }, country, m.pos, m.pos + m[0].length + named[0].length);
        continue;
      }
      this.person(null, { title, organization_id: null, country }, country, m.pos, m.pos + m[0].length);
    }
    // A first name and a surname followed by a speech verb, or "according to Name".
    const speaking = new RegExp(`\\b(${NAME})(?:,[^,]{1,60},)?\\s+(?:${SPEECH_VERBS})\\b|\\baccording to (${NAME})`, 'gu');
    for (const m of this.matches(speaking)) {
      const name = m[1] ?? m[2]!;
      const start = m.pos + m[0].indexOf(name);
      if (this.doc.isTaken(start, start + name.length) || !isFirstName(name.split(/\s+/)[0]!)) continue;
      if (name.split(/\s+/).some((w) => ORG_HEADS[w] || lookupPlace(w))) continue;
      this.person(name, null, null, start, start + name.length);
    }
    // Later mentions by surname ("Piantedosi said").
    for (const person of this.facts.people.filter((p) => p.name)) {
      const surname = String(person.name).split(/\s+/).at(-1)!;
      for (const at of this.doc.words.find(surname)) {
        if (!this.doc.isTaken(at, at + surname.length)) this.doc.mention(person.id, 'person', at, at + surname.length);
      }
    }
  }

  // ---------- events ----------

  events(): void {
    const games = /\b((?:[A-Z][\p{L}'’]{0,40}(?:-[A-Z][\p{L}'’]{0,40})?[^\S\n]+){0,3}(?:(?:19|20)\d{2}[^\S\n]+)?(?:Winter[^\S\n]+|Summer[^\S\n]+|Youth[^\S\n]+)?(?:Olympics|Olympic Games|Paralympics|Paralympic Games|Games|World Cup|Championships|Grand Prix|Marathon|Festival|Carnival|Fair|Expo|Summit|Conference|Forum|Contest|Tour de [A-Z]\p{L}+))\b/gu;
    const generic = (name: string) => !KNOWN_EVENTS[name] && name.split(/\s+/).every((w) => /^(?:The|the|Winter|Summer|Youth|Olympics|Olympic|Games|Paralympics|Paralympic|Marathon|World|Cup|Championships|Grand|Prix|Festival|Carnival|Fair|Expo|Summit|Conference|Forum)$/.test(w));
    const found: Array<{ name: string; at: number; end: number }> = [];
    for (const m of this.matches(games)) {
      let name = m[1]!;
      let at = m.pos;
      const lead = /^(?:(?:The|A|An|This|These|Its|Their|Both|Further|During|As|At|For|In|Of|Ahead|Scheduled|Upcoming|[A-Z]\p{L}+['’]s)\s+)+/u.exec(name);
      if (lead) { name = name.slice(lead[0].length); at += lead[0].length; }
      // "FIFA World Cup" with FIFA already a body: the event is the name after it.
      while (/\s/.test(name) && this.doc.isTaken(at, at + name.length)) { const cut = name.indexOf(' ') + 1; name = name.slice(cut); at += cut; }
      if (!name || this.doc.isTaken(at, at + name.length)) continue;
      // "at the World Forum conference centre", "to guard the World Forum": a forum is often a building.
      if (/^\s+(?:conference\s+|exhibition\s+)?(?:Centre|Center|centre|center|building|Hall|hall|Grounds|grounds|Arena|arena)\b/.test(this.text.slice(at + name.length))) continue;
      if (/Forum$/.test(name) && ( /\b(?:at|in|inside|outside|near|to|guard|around)\s+the\s+$/.test(this.text.slice(Math.max(0, at - 20), at)))) continue;
      found.push({ name, at, end: at + name.length });
    }
    // "Saturday's Champions League final", "the FA Cup final": a match named by its competition.
    for (const m of this.matches(/\b((?:[A-Z][\p{L}'’]{0,40}[^\S\n]+){1,3}final)\b/gu)) {
      const name = m[1]!.replace(/^(?:The|A|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+/, '');
      const at = m.pos + m[1]!.length - name.length;
      if (name.split(/\s+/).length >= 2 && !this.doc.isTaken(at, at + name.length)) found.push({ name, at, end: at + name.length });
    }
    // An unnamed gathering with one word saying what it is ("the peace summit", "the music festival"),
    // or a named one written in lower case in the text ("Peace Summit" in the headline).
    const named = new Map(found.map((f) => [f.name.toLowerCase(), f.name]));
    for (const m of this.matches(/\bthe\s+(?:[\p{L}-]+\s+){0,3}?((?!(?:the|and|for|whole|entire|same|next|last|first|annual|other|this|that|week-long|two-day|three-day)\s)[a-z]{3,}\s+(?:summit|festival|carnival|conference|talks))\b/gu)) {
      const at = m.pos + m[0].length - m[1]!.length;
      if ((!named.size || named.has(m[1]!)) && !this.doc.isTaken(at, at + m[1]!.length)) found.push({ name: named.get(m[1]!) ?? capitalize(m[1]!), at, end: at + m[1]!.length });
    }
    // Events known by one name: "this year's Oktoberfest", "Wimbledon".
    for (const m of this.matches(new RegExp(`\\b(${Object.keys(KNOWN_EVENTS).map((n) => n.replace(/'/g, "['’]")).join('|')})\\b`, 'g'))) {
      if (!this.doc.isTaken(m.pos, m.pos + m[1]!.length)) found.push({ name: m[1]!.replace(/’/g, "'"), at: m.pos, end: m.pos + m[1]!.length });
    }
    // "next week's NATO summit", "the G7 summit": a body's acronym and what the gathering is.
    for (const m of this.matches(/\b([A-Z][A-Z0-9]{1,5}\s+(?:summit|talks|conference))\b/g)) found.push({ name: m[1]!, at: m.pos, end: m.pos + m[1]!.length });
    const publishedYear = Number(this.published.slice(0, 4));
    const yearOf = (name: string) => Number(/\b((?:19|20)\d{2})\b/.exec(name)?.[1] ?? NaN);
    // "in 2014, when The Hague hosted the Nuclear Security Summit": a past year in the words before the name.
    const statedYear = (f: { at: number }) => {
      const before = this.text.slice(this.doc.sentenceAt(f.at).start, f.at);
      const m = /\b(?:in|of|since)\s+((?:19|20)\d{2})\b(?![^.;]+\b(?:in|of|since)\s+(?:19|20)\d{2}\b)/.exec(before)
        ?? /\b((?:19|20)\d{2})\s+$/.exec(before);
      // "the biggest operation since 2010 G20 for Canada's World Cup opener": the year is the G20's, not the Cup's.
      if (m && /\b(?:for|to|at|ahead of|before|than|during)\b/.test(before.slice(m.index + m[0].length))) return null;
      return m ? { year: Number(m[1]), at: this.doc.sentenceAt(f.at).start + m.index + m[0].length - m[1]!.length } : null;
    };
    const past = (f: { name: string; at: number }) => yearOf(f.name) < publishedYear || (statedYear(f)?.year ?? Infinity) < publishedYear;
    // The article's own event is the one it names most (then first), among those not past.
    const times = (f: { name: string }) => found.filter((g) => g.name.toLowerCase() === f.name.toLowerCase()).length;
    const current = found.filter((f) => !generic(f.name) && !past(f));
    const main = current.reduce<(typeof found)[number] | undefined>((best, f) => (!best || times(f) > times(best) ? f : best), undefined)
      ?? found.find((f) => generic(f.name) && !past(f));
    for (const f of found) {
      // "Singapore Grand Prix" after "Formula One Singapore Grand Prix" is the same race.
      const refersToMain = main && (f === main || (generic(f.name) && !past(f)) || f.name === main.name
        || (!past(f) && (main.name.endsWith(` ${f.name}`) || f.name.endsWith(` ${main.name}`))));
      if (refersToMain) {
        if (!this.mainEvent) {
          this.mainEvent = { id: this.newId(main.name), name: main.name, kind: eventKind(main.name), start: null, end: null, date_precision: null, derived: false, place_ids: [], figures: [], citations: [] };
          this.facts.events.push(this.mainEvent);
          this.addCitation(this.mainEvent, this.cite(main.at, main.end));
        }
        this.doc.mention(this.mainEvent.id, 'event', f.at, f.end);
        continue;
      }
      let event = this.facts.events.find((e) => e.name === f.name);
      if (!event) {
        const stated = Number.isNaN(yearOf(f.name)) ? statedYear(f) : null;
        const year = stated?.year ?? yearOf(f.name);
        event = { id: this.newId(f.name), name: f.name, kind: eventKind(f.name), start: Number.isNaN(year) ? null : String(year), end: null, date_precision: Number.isNaN(year) ? null : 'year', derived: false, place_ids: [], figures: [], citations: [] };
        this.facts.events.push(event);
        // The quote holds the year it is dated by.
        this.addCitation(event, this.cite(stated?.at ?? f.at, f.end));
      }
      this.doc.mention(event.id, 'event', f.at, f.end);
    }
  }

  // ---------- places ----------

  private place(name: string, kind: string, country: string | null, within: string | null, start: number, end: number): Fact {
    let place = this.placeByName.get(name.toLowerCase());
    if (!place) {
      place = { id: this.newId(name), name, kind, country, within_id: within, citations: [] };
      this.facts.places.push(place);
      this.placeByName.set(name.toLowerCase(), place);
      this.addCitation(place, this.cite(start, end));
    }
    this.doc.mention(place.id, 'place', start, end);
    return place;
  }

  places(): void {
    // Venues first, so that "San Siro stadium" is not taken for a town called San Siro.
    const venues: Array<{ name: string; at: number; from: number; city: string | undefined }> = [];
    const venue = /\b(?:([A-Z][\p{L}'’-]{1,40})['’]s\s+(?:iconic\s+|famous\s+|historic\s+|main\s+|new\s+)?)?((?:[A-Z][\p{L}'’-]{0,40}\s+){1,3}(?:stadium|Stadium|Arena|arena|Square|Airport|airport|Station|Cathedral|Olympic Village|Ice Park|Palace|Market|Bridge|Gate)|(?:Piazza|Place|Plaza|Palais|Palazzo)(?:\s+(?:(?:del|della|di|des|de|du|de la)\s+)?[A-Z][\p{L}'’-]{1,40}){1,2})\b/gu;
    for (const m of this.matches(venue)) {
      const name = m[2]!.trim().replace(/^(?:The|A|An)\s+/, '');
      const at = m.pos + m[0].indexOf(name);
      if (this.doc.isTaken(at, at + name.length)) continue;
      venues.push({ name, at, from: m.pos, city: m[1] });
      this.doc.take(at, at + name.length);
    }
    const run = /[A-Z][\p{L}'’-]{0,40}\p{L}(?:[^\S\n]+(?:[A-Z][\p{L}'’-]{0,40}\p{L}|d'[A-Z]\p{L}+))*/gu;
    const candidates: Array<{ name: string; at: number; kind: string; countries: string[]; byKind: Map<string, string[]> }> = [];
    for (const m of this.matches(run)) {
      const words = m[0].split(/\s+/);
      // Each word's offset, found once: searching the run for each phrase again was quadratic in its length.
      const offsets: number[] = [];
      for (let i = 0, from = 0; i < words.length; i++) { from = m[0].indexOf(words[i]!, from); offsets.push(m.pos + from); from += words[i]!.length; }
      const wordAt = (i: number) => offsets[i]!;
      // Longest gazetteer name inside the run, left to right, a possessive ending a segment ("Spain's Interior …").
      let segment: typeof candidates = [];
      let partOfLongerName = false;
      const closeSegment = () => {
        // "Bayern Munich", "Scotland Yard", "Palestine Action Group": a place inside a longer proper name is not a place.
        if (!partOfLongerName) candidates.push(...segment);
        segment = [];
        partOfLongerName = false;
      };
      let i = 0;
      while (i < words.length) {
        let matched = 0;
        for (let n = Math.min(4, words.length - i); n >= 1; n--) {
          const name = words.slice(i, i + n).join(' ').replace(/['’]s$/, '');
          const at = wordAt(i);
          const entry = lookupPlace(name);
          if (!entry || this.doc.isTaken(at, at + name.length)) continue;
          if (n === 1 && (isCommonWord(name) || NATIONALITIES[name] && entry.kind !== 'country')) continue;
          if (n === 1 && entry.kind !== 'country' && wordClass(name) !== 'P' && !/\b(?:in|at|from|to|near|across|of|outside|around)\s+$/i.test(this.text.slice(Math.max(0, at - 12), at))) continue;
          segment.push({ name, at, kind: entry.kind, countries: entry.countries, byKind: entry.byKind });
          matched = n;
          break;
        }
        if (!matched) {
          const word = words[i]!.replace(/['’]s$/, '');
          const at = wordAt(i);
          if (!NOT_A_NAME_PART.test(word) && !NATIONALITIES[word] && !WHOLE_TITLE.test(word) && !this.doc.isTaken(at, at + word.length)) partOfLongerName = true;
        }
        const last = words[i + Math.max(1, matched) - 1]!;
        i += Math.max(1, matched);
        if (/['’]s$/.test(last)) closeSegment();
      }
      closeSegment();
    }
    // Countries first, so that cities can be placed within the countries the article names.
    const countries = new Map<string, Fact>();
    for (const c of candidates.filter((c) => c.kind === 'country')) {
      const place = this.place(c.name, 'country', c.countries[0]!, null, c.at, c.at + c.name.length);
      countries.set(c.countries[0]!, place);
    }
    // A name several countries share goes to the country the article talks about most (names and adjectives).
    const weights = new Map<string, number>();
    const weight = (code: string) => {
      let n = weights.get(code);
      if (n === undefined) {
        weights.set(code, n = Object.entries(NATIONALITIES).filter(([, c]) => c === code)
          .reduce((sum, [word]) => sum + (this.text.match(new RegExp(`\\b${word.replace(/\./g, '\\.')}\\b`, 'g'))?.length ?? 0), 0));
      }
      return n;
    };
    const talksAboutCountries = countries.size > 0 || [...new Set(Object.values(NATIONALITIES))].some((code) => weight(code) > 0);
    const standsOut = (codes: string[]) => {
      const weights = codes.map(weight);
      const best = Math.max(...weights);
      return best > 0 && weights.filter((w) => w === best).length === 1 ? codes[weights.indexOf(best)]! : null;
    };
    for (const c of candidates.filter((c) => c.kind !== 'country')) {
      // "Geneva" is a city in the US and a canton of Switzerland: every country the name has counts.
      const cities = c.byKind.get('city') ?? [];
      const all = [...new Set([...cities, ...(c.byKind.get('region') ?? [])])];
      const named = all.filter((code) => countries.has(code));
      const country = named.length === 1 ? named[0]! : named.length > 1 ? standsOut(named) : all.length === 1 ? all[0]! : standsOut(all);
      // Only abroad, in a country the article never names nor calls by its adjective, while it does talk about
      // others ("San Blas" read as Mexico's in a Madrid story, "Tottenham" as Canada's): a name's part, not a place.
      if (country && !countries.has(country) && weight(country) === 0 && talksAboutCountries) continue;
      const within = country && countries.has(country) ? countries.get(country)!.id : null;
      const kind = country ? (cities.includes(country) ? 'city' : 'region') : c.kind === 'region' ? 'region' : 'city';
      const place = this.place(c.name, kind, country, within, c.at, c.at + c.name.length);
      // Places have no `derived`: the note says where within_id comes from.
      if (within && place.within_id === within && place.note === undefined) {
        place.note = `within_id: the gazetteer puts ${c.name} in ${all.length > 1 ? 'several countries; this is the one the article talks about' : 'this country, which the article names'}`;
      }
    }
    // "central Milan", "northern Italy".
    for (const m of this.matches(/\b(central|northern|southern|eastern|western|downtown)\s+([A-Z][\p{L}'’-]{1,40})/gu)) {
      const base = this.placeByName.get(m[2]!.toLowerCase());
      if (!base) continue;
      const name = `${capitalize(m[1]!)} ${m[2]}`;
      this.place(name, base.kind === 'country' ? 'region' : 'district', base.country as string | null, base.id, m.pos, m.pos + m[0].length);
    }
    // "the Paquis district": a named part of a town.
    for (const m of this.matches(/\b([A-Z][\p{L}'’-]{1,40})\s+district\b/gu)) {
      if (this.doc.isTaken(m.pos, m.pos + m[1]!.length) || isCommonWord(m[1]!)) continue;
      this.place(m[1]!, 'district', null, null, m.pos, m.pos + m[0].length);
    }
    for (const v of venues) {
      const city = v.city ? this.placeByName.get(v.city.toLowerCase()) : undefined;
      this.place(v.name, 'venue', (city?.country as string | null) ?? null, city?.id ?? null, v.from, v.at + v.name.length);
    }
    for (const m of this.matches(/\b(?:Olympic|competition)\s+(?:venues|sites)\b/g)) {
      this.place('Olympic venues', 'venue', null, null, m.pos, m.pos + m[0].length);
    }
  }

  // ---------- event dates, places, figures, ceremonies, announcements, incidents ----------

  eventDetails(): void {
    const main = this.mainEvent;
    if (main) {
      for (const s of this.sentences) {
        const mentionsMain = this.doc.mentionsIn(s, 'event').some((m) => m.id === main.id) || /^The (?:event|Games)\b/.test(s.text)
          || (main.kind !== 'games' && new RegExp(`^The ${String(main.name).split(/\s+/).at(-1)!.toLowerCase()}\\b`).test(s.text));
        if (!mentionsMain) continue;
        const range = this.dates.get(s.index)!.find((d) => d.end);
        if (range && !main.start) {
          Object.assign(main, { start: range.start, end: range.end, date_precision: range.precision });
          this.inferDate(main, range);
          this.addCitation(main, this.citeSentence(s));
        }
        if (/\b(?:span|spans|held (?:in|at)|take place (?:in|at)|takes place (?:in|at)|opens? (?:in|at)|hosted in|hubs? in|venues? in)\b/.test(s.text)) {
          const places = this.doc.placesIn(s);
          if (places.length) { main.place_ids = [...new Set([...(main.place_ids as string[]), ...places])]; this.addCitation(main, this.citeSentence(s)); }
        }
      }
    }
    // No stated period: a single day given where the event is named ("the Paris Marathon on Sunday").
    if (main && !main.start) {
      for (const s of this.sentences) {
        if (!this.doc.mentionsIn(s, 'event').some((m) => m.id === main.id) || /coincid/i.test(s.text)) continue;
        // "the final on Saturday" or "Saturday's final"; never the day someone spoke ("said on Wednesday").
        const days = this.dates.get(s.index)!.filter((d) => d.precision === 'day' && !d.end);
        const on = days.find((d) => /^['’]s\s/.test(s.text.slice(d.index + d.text.length)))
          ?? days.find((d) => (/^on\s/i.test(d.text) || /\bon\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, d.index - 8), d.index)))
            && !/\b(?:said|says|told|announced|added|confirmed|stated)\s+(?:\w+\s+)?on\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, d.index - 30), d.index)));
        if (!on) continue;
        Object.assign(main, { start: on.start, date_precision: 'day' });
        this.inferDate(main, on);
        this.addCitation(main, this.citeSentence(s));
        break;
      }
    }
    // Places in a Games' own name: "Milan-Cortina Winter Olympics", "Paris 2024 Games".
    for (const games of this.facts.events.filter((e) => e.kind === 'games')) {
      for (const word of String(games.name).split(/[\s-]+/)) {
        const place = this.placeByName.get(word.toLowerCase());
        if (place && !(games.place_ids as string[]).includes(place.id)) (games.place_ids as string[]).push(place.id);
      }
    }
    if (main) {
      const figures = new RegExp(`\\b${HEDGE_RE}${NUMBER_RE}\\s+(visitors|spectators|athletes|runners|participants|fans|attendees|tourists|journalists|volunteers)\\b`, 'gi');
      for (const m of this.matches(figures)) {
        const value = countOf(m[2]!);
        // "at least 10,000 participants" in the climate march's sentence, or in the one after it ("Police said they
        // expected some 1,500 participants"), count the march, not the talks.
        const here = this.doc.sentenceAt(m.pos);
        const context = `${this.sentences[here.index - 1]?.text ?? ''} ${here.text}`;
        if (value === null || PROTEST_WORD.test(context)) continue;
        (main.figures as unknown[]).push({ metric: m[3]!.toLowerCase(), value, qualifier: qualifierOf(m[1]) });
        this.addCitation(main, this.cite(m.pos, m.pos + m[0].length));
      }
    }
    for (const m of this.matches(/\b(opening|closing)\s+ceremony\b/gi)) {
      const name = `${capitalize(m[1]!.toLowerCase())} ceremony${main ? ` of the ${main.name}` : ''}`;
      const s = this.doc.sentenceAt(m.pos);
      let event = this.facts.events.find((e) => e.name === name);
      if (!event) {
        event = { id: this.newId(name), name, kind: 'ceremony', start: null, end: null, date_precision: null, derived: false, place_ids: [], figures: [], citations: [] };
        this.facts.events.push(event);
      }
      this.addCitation(event, this.cite(m.pos, m.pos + m[0].length));
      this.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length);
      const after = this.text.slice(m.pos + m[0].length, s.end);
      const at = /^\s+(?:at|in)\s+/.exec(after);
      if (at) {
        const places = this.doc.mentionsIn({ start: m.pos + m[0].length, end: m.pos + m[0].length + 60 }, 'place').map((p) => p.id);
        if (places.length) event.place_ids = [...new Set([...(event.place_ids as string[]), places.at(-1)!])];
      }
      const date = this.dates.get(s.index)!.find((d) => d.precision === 'day' && !d.end);
      if (date && !event.start) {
        Object.assign(event, { start: date.start, date_precision: 'day' });
        this.inferDate(event, date);
        if (/coincid/i.test(s.text)) this.infer(event, `date taken from '${date.text}', the day of what the ceremony coincides with`);
        this.addCitation(event, this.citeSentence(s));
      }
      const expected = new RegExp(`${HEDGE_RE}${NUMBER_RE}\\s+(?:people\\s+)?expected\\s+(?:for|at)\\s+the\\s+${m[1]}\\s+ceremony`, 'i').exec(s.text);
      if (expected && !(event.figures as unknown[]).length) {
        const value = countOf(expected[2]!);
        if (value !== null) {
          (event.figures as unknown[]).push({ metric: 'expected_attendance', value, qualifier: qualifierOf(expected[1]) });
          this.addCitation(event, this.cite(s.start + expected.index, s.start + expected.index + expected[0].length));
        }
      }
    }
    for (const m of this.matches(/\b(?:[Tt]he\s+)?announcement,?\s+(?:was\s+)?(?:made\s+)?on\s+/g)) {
      const s = this.doc.sentenceAt(m.pos);
      const date = this.dates.get(s.index)!.find((d) => d.precision === 'day' && s.start + d.index >= m.pos + m[0].length - 1);
      if (!date) continue;
      const name = `Announcement of ${date.start}`;
      const event = { id: this.newId(`announcement-${date.start}`), name, kind: 'announcement', start: date.start, end: null, date_precision: 'day', derived: false, place_ids: [], figures: [], citations: [] as Cite[] } as Fact;
      this.inferDate(event, date);
      this.addCitation(event, this.cite(m.pos, s.start + date.index + date.text.length));
      if (event.citations.length) this.facts.events.push(event);
    }
    const incident = new RegExp(`\\b(?:the\\s+)?(?:recent\\s+|deadly\\s+|fatal\\s+)?(${INCIDENT_WORDS})\\s+(?:in|at|near)\\s+([A-Z][\\p{L}'’-]{1,40})`, 'gu');
    for (const m of this.matches(incident)) {
      const place = this.placeByName.get(m[2]!.toLowerCase());
      if (!place) continue;
      const name = `${capitalize(m[1]!.toLowerCase())} in ${m[2]}`;
      if (this.facts.events.some((e) => e.name === name)) continue;
      const s = this.doc.sentenceAt(m.pos);
      const date = this.dates.get(s.index)!.find((d) => d.precision === 'day');
      const event: Fact = { id: this.newId(name), name, kind: 'incident', start: date?.start ?? null, end: null, date_precision: date ? 'day' : null, derived: false, place_ids: [place.id], figures: [], citations: [] };
      if (date) this.inferDate(event, date);
      this.addCitation(event, this.cite(m.pos, m.pos + m[0].length));
      if (date) this.addCitation(event, this.citeSentence(s));
      if (event.citations.length) { this.facts.events.push(event); this.doc.mention(event.id, 'event', m.pos, m.pos + m[0].length); }
    }
  }

  // ---------- deployments ----------

  deployments(): void {
    const found: Fact[] = [];
    for (const m of this.matches(DEPLOYMENT_COUNT.pattern)) {
      const { hedge, number, force } = m.groups as { hedge?: string; number: string; force: string };
      const value = countOf(number);
      if (value === null || value < 2) continue;
      // "2,500 of the officers will come from the National Police": the officers of a body the sentence names.
      // "additional officers", "2,500 of the officers", "450 of its staff": who is counted, not yet by whom.
      const phrase = force.replace(/\s+/g, ' ').replace(/^of\s+(?:the|these|those|its|their)\s+/i, '')
        .replace(/^(?:additional|extra|more|uniformed|armed|plain-clothes|specialist|specialised|specialized|mounted|riot|reserve)\s+/i, '');
      if (/\b(?:visitors|athletes|spectators|fans|people|years?|days?|hours?)\b/i.test(phrase)) continue;
      // "a Section 60 order allowing officers to search": a numbered label, or a verb before the force, counts no one.
      if (/\b(?:Section|Article|Route|Terminal|Gate|Platform|Zone|Level|Category|Chapter|Stage|Exit|Pier|Sector|Phase|Tier|Line|Flight|Road|Highway|Bus|Paragraph|No\.)\s+$/.test(this.text.slice(Math.max(0, m.pos - 12), m.pos))) continue;
      if (/\b(?:\w+ing|\w+ed|to|for|with|by|from|that|who)\s+\S+$/i.test(phrase) && !/^(?:armed|uniformed|trained|specialised|specialized)\b/i.test(phrase)) continue;
      const start = m.pos;
      const end = m.pos + m[0].length;
      const phraseStart = end - force.length;
      // A headline's figure ("Dutch to deploy 27,000 police") is the body's, stated there with its hedge.
      if (this.doc.isHeading(this.doc.sentenceAt(start))) continue;
      const inside = this.doc.mentionsIn({ start: phraseStart, end }, 'organization');
      let org = inside.length ? this.facts.organizations.find((o) => o.id === inside[0]!.id) : undefined;
      const natMatch = new RegExp(`^(${NATIONALITY_PATTERN})\\s+`).exec(phrase);
      // "1,200 stewards employed by Notting Hill Carnival Ltd", "3,500 members of the SANDF": the body named right after them.
      const employer = /^\s+(?:employed by|hired by|provided by|from|of)\s+(?:the\s+)?/.exec(this.text.slice(end));
      if (!org && employer) {
        const after = this.doc.mentionsIn({ start: end + employer[0].length, end: end + employer[0].length + 80 }, 'organization')[0];
        if (after && after.start === end + employer[0].length) org = this.facts.organizations.find((o) => o.id === after.id);
      }
      // "the London Ambulance Service said nearly 450 of its staff": the body the sentence names nearest before.
      if (!org && /\b(?:its|their)\s+(?:staff|members)$/i.test(force)) {
        const before = this.doc.mentionsIn({ start: this.doc.sentenceAt(start).start, end: start }, 'organization').at(-1);
        org = before && this.facts.organizations.find((o) => o.id === before.id);
      }
      // Members of no body named are no force.
      if (!org && /^members$/i.test(phrase)) continue;
      // Words that say who is counted but not which force; "gendarmes" or "troops" do name one.
      if (!org && /^(?:officers?|agents|personnel|staff|security staff)$/i.test(phrase)) {
        // "a team of 12 officers": the force is the body the sentence names, the nearest one if it names several
        // ("the Civil Guard will contribute up to 1,500 agents").
        const named = this.doc.mentionsIn(this.doc.sentenceAt(start), 'organization').filter((o) => this.facts.organizations.find((x) => x.id === o.id)?.kind === 'police_force')
          .sort((a, b) => Math.min(Math.abs(a.start - start), Math.abs(a.end - start)) - Math.min(Math.abs(b.start - start), Math.abs(b.end - start)));
        org = named.length ? this.facts.organizations.find((o) => o.id === named[0]!.id) : undefined;
        if (!org) continue;
      }
      if (!org) {
        const label = capitalize(phrase);
        org = this.findOrg(phrase) ?? this.findOrg(label) ?? this.organization(label, { kind: 'police_force', country: natMatch ? NATIONALITIES[natMatch[1]!] ?? null : null, alias: phrase }, phraseStart, end);
      }
      const orgName = String(org.name);
      const rest = phrase.replace(new RegExp(`^${orgName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*`, 'i'), '');
      const role = capitalize(rest || phrase);
      const sentence = this.doc.sentenceAt(start);
      const tail = { start: end, end: sentence.end };
      const places = this.doc.placesIn(tail).filter((id) => this.facts.places.find((p) => p.id === id)?.kind !== 'country' || /\bacross\b|\bin\b/.test(this.text.slice(end, sentence.end)));
      const deployment: Fact = {
        id: this.newId(`${orgName} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(hedge) }, role,
        // The event its own sentence names ("in 2014, when … hosted the Nuclear Security Summit"), else the article's.
        place_ids: places, event_id: this.eventOfSentence(sentence), part_of_id: null, rules: [DEPLOYMENT_COUNT.id], citations: [],
      };
      const listed = this.doc.isListItem(start);
      this.addCitation(deployment, this.cite(start, listed ? sentence.end : end));
      if (!deployment.citations.length) continue;
      (deployment as Fact & { listed?: boolean }).listed = listed;
      found.push(deployment);
      this.facts.deployments.push(deployment);
    }
    // Items of a bulleted list that add up to no more than an earlier stated total are parts of it.
    const listed = found.filter((d) => (d as Fact & { listed?: boolean }).listed);
    const sum = listed.reduce((n, d) => n + Number((d.personnel as { value: number }).value), 0);
    const total = found.filter((d) => !(d as Fact & { listed?: boolean }).listed && Number((d.personnel as { value: number }).value) >= sum).at(0);
    for (const d of found) {
      if (total && listed.includes(d)) {
        d.part_of_id = total.id;
        this.infer(d, `part_of_id: a listed item, taken as part of the ${(total.personnel as { value: number }).value} stated before, which the listed items (${sum} together) do not exceed`);
      }
      delete (d as Fact & { listed?: boolean }).listed;
    }
    // A force deployed without a number: "agents from ICE will be deployed".
    for (const s of this.sentences) {
      if (!/\b(?:be deployed|will deploy|to deploy|deploying|deployment of)\b/.test(s.text)) continue;
      if (this.facts.deployments.some((d) => d.citations.some((c) => s.text.includes(c.quote)))) continue;
      const m = /\b(?:agents|personnel|officers|troops|staff|staffers)\s+(?:from|of)\s+(?:the\s+)?/.exec(s.text);
      if (!m) continue;
      const org = this.doc.mentionsIn({ start: s.start + m.index, end: s.end }, 'organization')[0];
      if (!org || this.facts.deployments.some((d) => d.organization_id === org.id)) continue;
      const name = String(this.facts.organizations.find((o) => o.id === org.id)!.name);
      const deployment: Fact = {
        id: this.newId(`${name} deployment`), organization_id: org.id, personnel: { value: null, qualifier: null }, role: null,
        place_ids: [], event_id: this.mainEvent?.id ?? null, part_of_id: null, citations: [],
      };
      this.addCitation(deployment, this.citeSentence(s));
      if (deployment.citations.length) this.facts.deployments.push(deployment);
    }
  }

  // ---------- protests ----------

  // ---------- measures ----------

  // ---------- statements ----------

  statements(): void {
    const verb = new RegExp(`\\b(?:has\\s+|have\\s+|had\\s+)?(?:publicly\\s+|also\\s+|officially\\s+|repeatedly\\s+)?(?:${SPEECH_VERBS}|${VIEW_VERBS}|told\\s+(?:reporters|journalists|the\\s+press|a\\s+news\\s+conference|[A-Z][\\w.]+(?:\\s+[A-Z][\\w.]+)?))(?:\\s+(?:on|in)\\s+[^,]{1,30}?)?\\s+(?:that\\s+|:\\s*)`, 'i');
    // Wire copy mostly drops the "that": "Lanyon said the number was the largest ever".
    const saidClause = new RegExp(`\\b(?:${REPORTING_VERBS})(?:\\s+(?:on|in)\\s+[A-Z][^,]{1,28}?)?\\s+(?=(?:the|a|an|it|its|they|their|he|his|she|her|we|our|there|this|these|those|no|all|some|most|more|about|around|nearly|police|officers|authorities|[A-Z][\\p{L}'’-]{1,40}|\\d)\\b)`, 'u');
    const participle = /(?<![\s,]),?\s*(?:by\s+)?(?:highlighting|noting|arguing|saying|adding|stressing|insisting|warning|claiming|explaining|emphasi[sz]ing|declaring|asserting)(?:\s+that\s+|:\s*)/i;
    // Words reported after their speaker is named at the end: "Geneva will deploy …, the director, Claire Monnet, said on Monday."
    const attributedAfter = /^([^"“”]{20,}?),\s+([^,"“”]{1,79}?[^\s,"“”](?:,\s*[^,"“”]{2,60},)?)\s+(?:said|says|told reporters|added|announced|confirmed|stated)((?:\s+(?:on|in)\s+[^,.]{1,30})?)\.$/;
    let lastSpeaker: string | null = null;
    let lastPerson: string | null = null;
    for (const s of this.sentences) {
      const people = this.doc.mentionsIn(s, 'person');
      const speechAt = verb.exec(s.text) ?? participle.exec(s.text) ?? saidClause.exec(s.text);
      if (speechAt) {
        const subject = { start: s.start, end: s.start + speechAt.index };
        const speaker = this.speakerOf(s, subject, lastSpeaker, lastPerson);
        if (speaker) {
          const contentStart = s.start + speechAt.index + speechAt[0].length;
          let content = this.text.slice(contentStart, s.end);
          const quoted = /^["“]([^"”]+)["”]\.?$/.exec(content.trim());
          content = content.replace(/,\s+(?:citing|according to|while|whereas|as\s+they)\b.*$/s, '').replace(/[.!]?["”]?$/, '').trim();
          const cite = quoted ? { source: this.doc.source, quote: content.startsWith('"') || content.startsWith('“') ? this.text.slice(contentStart, s.end).trim() : content } : this.citeSentence(s);
          const text = quoted ? quoted[1]!.replace(/[.!]$/, '').trim() : content.replace(/["“”]/g, '');
          // The date of the words is next to the verb ("said on Monday that"), or opens the sentence ("On Monday, …").
          const dateIn = /^(?:On|Last|Earlier on)\s+\p{Lu}\p{Ll}+day\b/u.test(s.text) ? { start: s.start, end: contentStart } : { start: s.start + speechAt.index, end: contentStart };
          if (this.statement(s, speaker, quoted ? 'quote' : 'paraphrase', text, { start: contentStart, end: s.end }, cite, true, dateIn)) lastSpeaker = speaker;
        }
      }
      // Quoted words attributed after the quote: "…," Name said.
      const trailing = TRAILING_ATTRIBUTION.exec(s.text);
      if (trailing && !speechAt) {
        const attribution = { start: s.start + trailing.index + trailing[0].length - (trailing[2] ?? trailing[4] ?? '').length - 20, end: s.end };
        const attributed = (trailing[2] ?? trailing[4] ?? '').trim();
        const who = this.speakerIn(attribution) ?? (/^(?:he|she)\b/i.test(attributed) ? lastPerson : /^the\s/i.test(attributed) ? this.personByTitle(attributed, s.start) : null);
        if (who && this.statement(s, who, 'quote', (trailing[1] ?? trailing[3])!.trim().replace(/[,.]$/, ''), null, this.citeSentence(s), false)) lastSpeaker = who;
      }
      const after = !speechAt && !trailing ? attributedAfter.exec(s.text) : null;
      if (after) {
        const attribution = { start: s.start + after[1]!.length, end: s.end };
        const who = this.speakerIn(attribution);
        if (who && this.statement(s, who, 'paraphrase', after[1]!, { start: s.start, end: s.start + after[1]!.length }, this.citeSentence(s), true, attribution)) lastSpeaker = who;
      }
      if (people.length) lastPerson = people.at(-1)!.id;
    }
  }

  /**
   * Who speaks in a sentence whose speech verb starts at `subject.end`: a named person or body, a
   * pronoun for the last one named, a title or head word ("the minister", "the ministry") for the last
   * one that has it, or an unnamed group ("critics of the plan").
   */
  private speakerOf(s: Sentence, subject: Span, lastSpeaker: string | null, lastPerson: string | null): string | null {
    const named = this.speakerIn(subject);
    if (named) return named;
    const words = this.text.slice(subject.start, subject.end).trim();
    if (/^(?:He|She)\b/.test(s.text)) return lastPerson;
    // "They" is the group or body the sentence before starts with.
    if (/^They\b/.test(s.text)) {
      const before = this.sentences[s.index - 1];
      const group = before && this.groupSubject(before);
      if (group) return this.group(group).id;
      const body = before && this.doc.mentionsIn({ start: before.start, end: before.start + Math.min(60, before.text.length) }, 'organization')[0];
      return body && body.start === before.start ? body.id : null;
    }
    if (/^(?:The|the)\s+\w/.test(words) && TITLE_WORD.test(words.replace(/^(?:The|the)\s+/, ''))) return this.personByTitle(words, s.start);
    if (/^(?:The|the)\s+(?:ministry|government|embassy|department|agency|police)\b/.test(words.replace(/^.*?\b(?=the\s+\w+\s*$)/i, ''))) {
      const head = /\b(ministry|government|embassy|department|agency|police)\b/i.exec(words)![1]!.toLowerCase();
      const body = this.doc.mentionIndex.lastBefore(s.start, (m) => m.type === 'organization' && String(this.orgById(m.id)?.name).toLowerCase().includes(head))?.id;
      if (body) return body;
    }
    if (/^(?:The|the)\s+statement\b/.test(s.text)) return lastSpeaker;
    const group = this.groupSubject(s);
    return group && group.end >= subject.end - 6 && /^\s*(?:(?:has|have|had)\s*)?$/.test(this.text.slice(group.end, subject.end)) ? this.group(group).id : null;
  }

  /** The event a sentence is about: the article's own if it names it, else the one it names ("in 2014, when … hosted the Nuclear Security Summit"), else the article's. */
  private eventOfSentence(sentence: Sentence): string | null {
    const named = this.doc.mentionsIn(sentence, 'event').map((m) => m.id);
    return (this.mainEvent && named.includes(this.mainEvent.id) ? this.mainEvent.id : named[0]) ?? this.mainEvent?.id ?? null;
  }

  /** "the minister", "the commissioner": the last person named before who holds that title. */
  private personByTitle(words: string, before: number): string | null {
    const title = TITLE_WORD.exec(words.replace(/^(?:The|the)\s+/, ''))?.[1]?.toLowerCase();
    if (!title) return null;
    return this.doc.mentionIndex.lastBefore(before, (m) => m.type === 'person'
      && (this.facts.people.find((p) => p.id === m.id)?.roles as Array<{ title: string }> | undefined)?.some((r) => r.title.toLowerCase().includes(title)) === true)?.id ?? null;
  }

  /** The person named in a span, else the body: "NSW Police Commissioner Mal Lanyon said" is Lanyon speaking. */
  private speakerIn(span: Span): string | null {
    const named = this.doc.mentionsIn(span);
    return (named.find((m) => m.type === 'person') ?? named.find((m) => m.type === 'organization'))?.id ?? null;
  }

  /** The unnamed group a sentence starts with: "Critics point to …", "Residents of the Paquis district say …". */
  private groupSubject(s: Sentence): (Span & { phrase: string }) | null {
    const lead = /^(?:(?:Some|Many|Most|Other|Several|Local|The)\s+)?/.exec(s.text)![0];
    const rest = s.text.slice(lead.length);
    const head = new RegExp(`^(?:${GROUP_NOUNS})\\b`).exec(rest.charAt(0).toLowerCase() + rest.slice(1));
    if (!head) return null;
    // "Critics of the operation", "Residents of Kirribilli", "Residents of the Paquis district": a name or one word.
    const phrase = new RegExp(`^.{${head[0].length}}(?:\\s+(?:of|from|in|on)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]{0,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{0,40}){0,3}(?:\\s+(?:district|area|neighbou?rhood|quarter|suburb|region|city|town|village))?|\\p{Ll}[\\p{L}'’-]{0,40}))?(?=\\s+(?:have\\s+|had\\s+|has\\s+)?\\p{Ll})`, 'u').exec(rest);
    if (!phrase) return null;
    const start = s.start + lead.length;
    return { start, end: start + phrase[0].length, phrase: phrase[0] };
  }

  /** An unnamed group as a body that can speak, its note saying the article gives no name. */
  private group(span: Span & { phrase: string }): Fact {
    const org = this.organization(capitalize(span.phrase), { kind: 'political_group', country: null }, span.start, span.end);
    org.note ??= `Not a named body: the article speaks of "${span.phrase}" without naming who they are.`;
    return org;
  }

  /**
   * Adds a statement when its words are long enough to say something and every quote occurs once;
   * `about` is where the mentions it is about are read, `dateIn` where its date is read: the words that
   * attribute it ("said on Monday"), never a date inside what was said.
   */
  private statement(s: Sentence, speaker: string, kind: 'quote' | 'paraphrase', words: string, about: Span | null, cite: Cite | null, dated = true, dateIn: Span = s): boolean {
    if (words.split(/\s+/).length < 4) return false;
    const date = dated ? this.dates.get(s.index)!.find((d) => !d.end && (!d.derived || this.statementsCanBeDerived())
      && s.start + d.index >= dateIn.start && s.start + d.index < dateIn.end) : undefined;
    const statement: Fact = {
      id: this.newId(`${this.label(speaker)} ${words.split(/\s+/).slice(0, 5).join(' ')}`), speaker_id: speaker, kind,
      text: kind === 'quote' ? `${words}.`.replace(/([.!?])\.$/, '$1') : `${capitalize(words)}.`, date: date?.start ?? null, date_precision: date?.precision ?? null,
      about_ids: about ? [...new Set(this.doc.mentionsIn(about).map((m) => m.id).filter((id) => id !== speaker))] : [], citations: [],
    };
    if (this.statementsCanBeDerived() && date) this.inferDate(statement, date);
    this.addCitation(statement, cite);
    if (!statement.citations.length || !statement.citations.every((c) => this.doc.unique(c.quote))) return false;
    this.facts.statements.push(statement);
    return true;
  }

  /** Statements carry a relative date only where their schema can mark it derived. */
  private statementsCanBeDerived = () => STATEMENTS_HAVE_DERIVED;

  private label(id: string): string {
    const all = [...this.facts.people, ...this.facts.organizations];
    const fact = all.find((f) => f.id === id);
    const name = String(fact?.name ?? fact?.acronym ?? id);
    return name.split(/\s+/).at(-1) ?? name;
  }
}

export function extract(options: ExtractOptions): Facts {
  return new Extraction(options).run();
}

