// A synthetic corpus in the format of seed/ (articles, sources and fact annotations, as JSON, which the
// loader reads like YAML), so that scale runs go through the real loader and the real citation check. Every
// quote is a sentence of its generated article. Deterministic for a given seed number.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { DatasetMeta } from '../../src/schemas/dataset.js';
import { join } from 'node:path';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Marta', 'Luca', 'Giulia', 'Paolo', 'Sara', 'Marco', 'Elena', 'Davide', 'Chiara', 'Andrea', 'Anna', 'Stefano'];
const LAST = ['Rossi', 'Bianchi', 'Ferrari', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti'];
const COUNTRIES = ['IT', 'FR', 'DE', 'AT', 'CH'];
const ROLES = ['Interior Minister', 'Police Chief', 'Mayor', 'Prefect', 'Security Director', 'Union Leader'];
const QUALIFIERS = [['exactly', ''], ['approximately', 'approximately '], ['more_than', 'more than '], ['at_least', 'at least '], ['up_to', 'up to ']] as const;
const date = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

type Fact = Record<string, unknown> & { id: string; citations: Array<{ source: string; quote: string }> };

/** Writes `articles` synthetic articles and their facts to `out` (replacing it). */
/** The corpus describes itself like any seed: its title, and examples that are rows of the first report. */
function syntheticMeta(source: string, articles: number): DatasetMeta {
  const filters = { organization: 'force-0', place: 'city-0', event: 'summit-0', subject: 'person-0', object: 'summit-0', speaker: 'person-0', about: 'summit-0', organizer: 'force-0', within: 'city-0', role: 'minister', predicate: 'deploys_to' };
  const collectionIds = { people: 'person-0', organizations: 'force-0', places: 'city-0', events: 'summit-0', deployments: 'deployment-0', protests: 'protest-0', measures: 'zone-0', statements: 'statement-0', claims: 'claim-0-force' };
  return {
    title: `A synthetic corpus of ${articles} reports`,
    description: 'Generated reports of summits, their forces, protests and measures, for benchmarks and tests.',
    examples: {
      sources: { id: source },
      ...Object.fromEntries(Object.entries(collectionIds).map(([name, id]) => [name, { id, filters }])),
      entities: { id: 'force-0' },
      search: { filters: { q: 'summit' } },
      stats: { filters: { event: 'summit-0' } },
    },
  };
}

interface Draws { pick: <T>(xs: readonly T[]) => T; between: (lo: number, hi: number) => number }
interface Corpus { out: string; forces: number; cities: number; facts: Record<string, Fact[]>; sources: Array<Record<string, unknown>> }

/** Article i of the corpus: its text written to a file, its source and facts added. The draws' order is the corpus's seed. */
function writeArticle(i: number, { pick, between }: Draws, { out, forces: FORCES, cities: CITIES, facts, sources }: Corpus): void {
  const source = `synthetic-article-${i}`;
  const cite = (quote: string) => [{ source, quote }];
  const force = i % FORCES;
  const city = i % CITIES;
  const forceName = `Force ${force} Police`;
  const cityName = `City ${city}`;
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const role = pick(ROLES);
  const year = between(2020, 2030);
  const month = between(1, 12);
  const day = between(1, 28);
  const start = date(year, month, day);
  const end = date(year, month, Math.min(28, day + between(0, 10)));
  const personnel = between(50, 9000);
  const [qualifier, hedge] = pick(QUALIFIERS);
  const second = between(10, 900);
  const crowd = between(100, 90_000);

  const title = `Report ${i}: security operation for the ${cityName} summit`;
  const s = {
    intro: `The ${cityName} summit of report ${i} runs from ${start} to ${end}.`,
    person: `${role} ${name} of report ${i} presented the security plan.`,
    force: `The plan of report ${i} deploys ${hedge}${personnel} officers of the ${forceName}.`,
    reserve: `A reserve of exactly ${second} officers of the ${forceName} stands by for report ${i}.`,
    crowd: `Organisers of report ${i} expect about ${crowd} visitors.`,
    // States no size: the protest's size stays null (a number here would change every later random draw).
    protest: `Residents of report ${i} plan a protest in ${cityName} on ${start}.`,
    measure: `A restricted zone for report ${i} applies in ${cityName} from ${start} to ${end}.`,
    quote: `"Safety comes first in report ${i}," said ${name}.`,
    forceIntro: `The ${forceName} is a police force based in ${cityName}.`,
    cityIntro: `${cityName} is a city in Italy.`,
  };
  const sentences = [s.intro, s.person, s.force, s.reserve, s.crowd, s.protest, s.measure, s.quote];
  if (i < FORCES) sentences.push(s.forceIntro);
  if (i < CITIES) sentences.push(s.cityIntro);
  const file = `articles/${String(i).padStart(6, '0')}.txt`;
  writeFileSync(join(out, file), `${title}\n\n${sentences.join(' ')}\n`);
  sources.push({ id: source, file, title, headlines: [], published: start });

  if (i < FORCES) facts.organizations!.push({ id: `force-${force}`, name: forceName, acronym: null, aliases: [`Force ${force}`], kind: 'police_force', country: 'IT', parent_id: null, citations: cite(s.forceIntro) });
  if (i < CITIES) facts.places!.push({ id: `city-${city}`, name: cityName, kind: 'city', country: 'IT', within_id: null, citations: cite(s.cityIntro) });
  const country = pick(COUNTRIES);
  facts.people!.push({ id: `person-${i}`, name, roles: [{ title: role, organization_id: `force-${force}`, country }], country, citations: cite(s.person) });
  facts.events!.push({ id: `summit-${i}`, name: `${cityName} summit (report ${i})`, kind: 'games', start, end, date_precision: 'day', derived: false, place_ids: [`city-${city}`], figures: [{ metric: 'visitors', value: crowd, qualifier: 'approximately' }], citations: [...cite(s.intro), ...cite(s.crowd)] });
  facts.deployments!.push({ id: `deployment-${i}`, organization_id: `force-${force}`, personnel: { value: personnel, qualifier }, role: 'Officers', place_ids: [`city-${city}`], event_id: `summit-${i}`, part_of_id: null, derived: false, citations: cite(s.force) });
  facts.deployments!.push({ id: `reserve-${i}`, organization_id: `force-${force}`, personnel: { value: second, qualifier: 'exactly' }, role: 'Reserve', place_ids: [], event_id: `summit-${i}`, part_of_id: null, derived: false, citations: cite(s.reserve) });
  facts.protests!.push({ id: `protest-${i}`, name: `Residents' protest (report ${i})`, organizer_ids: [], place_ids: [`city-${city}`], date: start, date_precision: 'day', size: { value: null, qualifier: null }, derived: false, target: 'the summit', coincides_with_event_id: `summit-${i}`, citations: cite(s.protest) });
  facts.measures!.push({ id: `zone-${i}`, name: `Restricted zone (report ${i})`, kind: 'restricted_zone', description: null, place_ids: [`city-${city}`], start, end, date_precision: 'day', operator_ids: [`force-${force}`], first_of_its_kind: null, derived: false, citations: cite(s.measure) });
  facts.statements!.push({ id: `statement-${i}`, speaker_id: `person-${i}`, kind: 'quote', text: `Safety comes first in report ${i}.`, date: null, date_precision: null, derived: false, about_ids: [`summit-${i}`], citations: cite(s.quote) });
  facts.claims!.push(
    { id: `claim-${i}-role`, subject_id: `person-${i}`, predicate: 'presented_plan_for', object_id: `summit-${i}`, value: null, disputed_by: [], derived: false, citations: cite(s.person) },
    { id: `claim-${i}-force`, subject_id: `force-${force}`, predicate: 'deploys_to', object_id: `summit-${i}`, value: null, disputed_by: [], derived: false, citations: cite(s.force) },
    { id: `claim-${i}-zone`, subject_id: `zone-${i}`, predicate: 'applies_in', object_id: `city-${city}`, value: null, disputed_by: [], derived: false, citations: cite(s.measure) },
  );
}

export function writeSyntheticCorpus({ articles, seed, out }: { articles: number; seed: number; out: string }) {
  const random = prng(seed);
  const draws: Draws = {
    pick: <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!,
    between: (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1)),
  };
  const facts: Record<string, Fact[]> = { people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [] };
  const sources: Array<Record<string, unknown>> = [];
  const corpus: Corpus = { out, forces: Math.min(100, articles), cities: Math.min(1000, articles), facts, sources };

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'articles'), { recursive: true });
  mkdirSync(join(out, 'facts'), { recursive: true });
  for (let i = 0; i < articles; i += 1) writeArticle(i, draws, corpus);

  writeFileSync(join(out, 'sources.json'), `[\n${sources.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`);
  writeFileSync(join(out, 'dataset.yaml'), stringify(syntheticMeta(String(sources[0]!.id), articles)));
  for (const [name, rows] of Object.entries(facts)) {
    // A corpus grown by ingest: one fact in four is machine-proposed and not yet reviewed.
    writeFileSync(join(out, 'facts', `${name}.json`), `[\n${rows.map((x, n) => JSON.stringify(n % 4 === 3 ? { ...x, review: 'machine' } : x)).join(',\n')}\n]\n`);
  }
    return { facts: Object.values(facts).flat().length, citations: Object.values(facts).flat().reduce((n, f) => n + f.citations.length, 0) };
}
