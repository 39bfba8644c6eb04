// `npm run grow:ingest -- --out DIR [--articles 200] [--seed 12]`
// Grows a corpus the way a user would: copies seed/ to DIR, then writes N generated articles and runs each
// through the real pipeline in this process (ingestArticle, then acceptProposals with its check build).
// No fact is written by hand: whatever lands in DIR/facts is what ingest proposed and accept let through, so
// `npm run bench -- --seed-dir DIR` measures a corpus with ingest's shape (entities resolved and reused,
// corroborating citations, disputed figures), unlike the uniform synthetic corpus.
// The articles follow the sentence patterns of tests/fixtures/ingest/*.txt; every choice comes from a seeded
// PRNG, so a run is reproducible. Exits 1 if any ingest or accept throws.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals, type Dropped } from '../src/ingest/accept.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { SEED_DIR } from '../src/lib/paths.js';
import { readOptions } from './lib/options.js';

const { values: args } = readOptions(import.meta.url, { options: { out: { type: 'string' }, articles: { type: 'string', default: '200' }, seed: { type: 'string', default: '12' } } });
const total = Number(args.articles);
if (!args.out || !Number.isInteger(total) || total < 1) {
  console.error('usage: npm run grow:ingest -- --out DIR [--articles N] [--seed S]');
  process.exit(1);
}
const out = resolve(args.out);
// Refuse to grow into an existing corpus: a second run would mix two histories and the counts would lie.
if (existsSync(out)) {
  console.error(`${out} exists; remove it or choose another --out`);
  process.exit(1);
}
cpSync(SEED_DIR, out, { recursive: true });

// mulberry32: small, fast, deterministic.
let state = Number(args.seed) >>> 0;
const random = () => { state = (state + 0x6d2b79f5) >>> 0; let t = state; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const between = (lo: number, hi: number, step = 1) => lo + step * Math.floor(random() * ((hi - lo) / step + 1));
const shuffle = <T>(xs: T[]): T[] => { for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [xs[i], xs[j]] = [xs[j]!, xs[i]!]; } return xs; };

// Countries use the adjectives the extractor's nationality table knows, and cities the gazetteer lists for
// that country, so places resolve within the right country.
const COUNTRIES = [
  { adj: 'Austrian', cities: ['Vienna', 'Graz', 'Linz', 'Salzburg', 'Innsbruck'], union: 'OGB' },
  { adj: 'French', cities: ['Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Strasbourg'], union: 'CGT' },
  { adj: 'Italian', cities: ['Turin', 'Bologna', 'Milan', 'Genoa', 'Naples'], union: 'CGIL' },
  { adj: 'Spanish', cities: ['Madrid', 'Bilbao', 'Valencia'], union: 'CCOO' },
  { adj: 'Portuguese', cities: ['Lisbon', 'Porto'], union: 'CGTP' },
  { adj: 'Dutch', cities: ['Rotterdam', 'Utrecht', 'Amsterdam'], union: 'FNV' },
  { adj: 'Swiss', cities: ['Basel', 'Bern', 'Lausanne'], union: 'SGB' },
  { adj: 'Danish', cities: ['Copenhagen'], union: 'FH' },
  { adj: 'Polish', cities: ['Warsaw'], union: 'OPZZ' },
  { adj: 'Irish', cities: ['Dublin', 'Cork'], union: 'SIPTU' },
  { adj: 'Swedish', cities: ['Stockholm'], union: 'LO' },
  { adj: 'Finnish', cities: ['Helsinki'], union: 'SAK' },
];
const FIRST = ['Anna', 'Marco', 'Claire', 'Lukas', 'Sofia', 'Pieter', 'Elena', 'Tomas', 'Ines', 'Jonas', 'Marta', 'Felix', 'Laura', 'Hugo', 'Nora', 'Paolo', 'Eva', 'Daniel', 'Sara', 'Martin'];
const LAST = ['Berger', 'Rossi', 'Moreau', 'Jansen', 'Novak', 'Costa', 'Weber', 'Lindqvist', 'Ferreira', 'Kowalski', 'Dubois', 'Keller', 'Romano', 'Nielsen', 'Brennan', 'Huber', 'Vidal', 'Peeters', 'Laine', 'Bauer', 'Conti', 'Santos', 'Lambert', 'Fischer'];
const person = () => ({ first: pick(FIRST), last: pick(LAST) });
// Recurring people: one interior minister per country and one mayor per city, reused by every article about
// them, so later articles corroborate (or dispute) what earlier ones said, as real coverage does.
const ministers = new Map(COUNTRIES.map((c) => [c.adj, person()]));
const mayors = new Map(COUNTRIES.flatMap((c) => c.cities).map((city) => [city, person()]));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);
// The date styles the fixtures and the support checks accept: "14 March 2026", "March 14, 2026".
const long = (d: Date) => (random() < 0.5 ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`);
const short = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const count = (n: number) => n.toLocaleString('en-US');
// Hedges from the build's table and one it lacks ("close to", read as exactly), as real copy mixes them.
const HEDGES = ['some', 'around', 'about', 'more than', 'up to', 'nearly', 'at least', 'roughly', 'an estimated', 'over', 'close to', ''];
const hedged = (n: number) => `${pick(HEDGES)} ${count(n)}`.trim();

const OCCASIONS = ['Marathon', 'Cup final', 'Jazz Festival', 'Climate Summit', 'City Festival', 'Trade Fair', 'Peace Summit', 'Book Fair'];
const TARGETS = ['the pension reform', 'the new labour law', 'rising rents', 'cuts to public transport', 'the closure of a hospital', 'the security law'];
const CRITICISMS = ['the city centre is being closed to its own residents for the sake of a few visitors', 'the cost of the operation has never been published', 'the police will be stretched across two large events in one week', 'small businesses will lose a week of trade', 'facial recognition cameras have no place at a public event'];
const QUOTES = ['We will not let anyone spoil a day that belongs to the city', 'Nobody should have to fear for their safety at a public event', 'We have one chance to get this right, and we will not gamble with it', 'Safety comes first, and that means patience at the gates', 'Our officers are there to help, nothing more', 'The city can host a great event and a peaceful march in the same week'];
const GROUPS = ['Open City', 'Harbour Watch', 'Climate Now', 'Fair Rent', 'Streets for All', 'Free Squares'];

function article(published: Date): string {
  const country = pick(COUNTRIES);
  const city = pick(country.cities);
  const occasion = `${city} ${pick(OCCASIONS)}`;
  const minister = ministers.get(country.adj)!;
  const mayor = mayors.get(city)!;
  const spokes = person();
  const day = addDays(published, between(3, 20));
  const march = addDays(day, -1);
  const ban = [addDays(day, -1), addDays(day, 1)] as const;
  const other = pick(COUNTRIES.filter((c) => c !== country));
  const group = `${pick(GROUPS)} ${city}`;
  const lead = `${country.adj} authorities will deploy ${hedged(between(300, 9000, 50))} police officers and ${hedged(between(50, 1200, 50))} soldiers to secure the ${occasion} on ${long(day)}, the ${city} Police Department said on ${WEEKDAYS[published.getUTCDay()]}. The event is expected to draw around ${count(between(5000, 90000, 1000))} visitors, and the city has asked residents of the centre to avoid driving on ${WEEKDAYS[day.getUTCDay()]}.`;
  const paragraphs = [
    `Interior Minister ${minister.first} ${minister.last} told reporters in ${city} that the security plan had been drawn up with the organisers over several months. "${pick(QUOTES)}," ${minister.last} said. The minister added that officers from the national police and the municipal police would share a single command post. He stressed that plain-clothes officers would patrol the entrances, where the crowds are densest.`,
    `Drone flights will be banned over the city from ${short(ban[0])} to ${short(ban[1])}, and a security perimeter will close the main square to traffic on the day. The police also said that bag checks would be carried out at every entrance.`,
    `The ${country.union} union has called a march in central ${city} on ${long(march)} against ${pick(TARGETS)}. Organisers expect about ${count(between(500, 30000, 500))} people to join the march.`,
    `${count(between(200, 20000, 100))} people joined a protest in ${city} on ${long(addDays(published, -between(2, 9)))} against ${pick(TARGETS)}, according to the organisers.`,
    `Critics of the operation argue that ${pick(CRITICISMS)}. They fear that the measures will outlast the event, as they did after previous summits.`,
    `${mayor.first} ${mayor.last}, the mayor of ${city}, said that the city would keep the march and the ${occasion} apart. "${pick(QUOTES)}," ${mayor.last} said.`,
    `Activists from the collective ${group} said they would hold a demonstration at the central station on ${long(addDays(day, 1))}. The group has organised ${between(2, 9)} protests since the start of the year.`,
    `${other.adj} police will send a liaison team of ${between(6, 40)} officers to the command post, the ${other.adj} Federal Police said. The liaison officers will have no powers of arrest, a spokesperson added.`,
    `${spokes.first} ${spokes.last}, a spokesperson for the ${city} Police Department, said that ${between(5, 60)} people had been detained for minor offences at last year's edition, when dozens of visitors were treated for minor injuries.`,
    `The Green Party has criticised the plans, arguing that ${pick(CRITICISMS)}. Residents say that they were told about the road closures only a few days before the first barriers went up.`,
    `Supporters contend that the measures are proportionate to the threat facing an event of this size. Hotels in ${city} report that they are almost fully booked, and the chamber of commerce expects the ${occasion} to bring in ${between(5, 90)} million euros.`,
    `Public transport will run every five minutes on the day, and ${between(10, 60)} extra trains will bring visitors from the suburbs, the city's transport authority said. Several bus lines will be diverted around the security perimeter from early morning.`,
    `The Socialist Party has called for a debate in the city council, arguing that ${pick(CRITICISMS)}. A vote on a motion asking for the figures is expected before the summer break.`,
    `The ${occasion} was cancelled in 2020 and held in October 2021 because of the pandemic. Organisers said this year's edition would be the first to use facial recognition cameras at the entrances, a measure that has drawn criticism from rights groups.`,
    `Video surveillance will cover the old town from ${long(ban[0])} to ${long(ban[1])}, the police said, a measure that has drawn criticism from digital rights groups.`,
  ];
  // A headline, the lead, then 9 to all 15 paragraphs in a random order: 2-5 KB, no two articles alike.
  const body = shuffle(paragraphs).slice(0, between(9, paragraphs.length));
  const kind = occasion.slice(city.length + 1);
  const headline = pick([`${city} Tightens Security for ${kind}`, `Record Police Presence Planned for ${occasion}`, `Unions Plan March as ${city} Prepares for ${kind}`]);
  return [headline, lead, ...body].join('\n\n') + '\n';
}

const work = mkdtempSync(join(tmpdir(), 'grow-by-ingest-'));
const added: Record<string, number> = {};
const dropped: Dropped[] = [];
let citations = 0, updates = 0, challenges = 0, flagged = 0, bytes = 0, ingestMs = 0, acceptMs = 0;
const acceptTimes: number[] = [];
const started = performance.now();
try {
  for (let i = 0; i < total; i++) {
    // Publication dates advance through 2026 so relative dates and recurring events stay in order.
    const published = addDays(new Date('2026-01-05T00:00:00Z'), Math.floor((i * 360) / total));
    const file = join(work, `article-${i}.txt`);
    const text = article(published);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    const id = `grown-${String(i + 1).padStart(4, '0')}`;
    const ingested = ingestArticle({ file, published: iso(published), id, seedDir: out });
    flagged += ingested.flagged.length;
    const accepted = acceptProposals(out, ingested.sourceId);
    ingestMs += ingested.ms;
    acceptMs += accepted.ms;
    acceptTimes.push(accepted.ms);
    for (const [kind, n] of Object.entries(accepted.added)) added[kind] = (added[kind] ?? 0) + n;
    citations += accepted.citationsAdded;
    updates += accepted.updates;
    challenges += accepted.challenges;
    dropped.push(...accepted.dropped);
    if ((i + 1) % 20 === 0 || i + 1 === total) {
      const recent = acceptTimes.slice(-20);
      console.log(`${i + 1}/${total} articles, ${((performance.now() - started) / 1000).toFixed(0)} s; accept of the last ${recent.length}: ${(recent.reduce((s, x) => s + x, 0) / recent.length).toFixed(0)} ms each`);
    }
  }
} catch (error) {
  console.error(`grow:ingest failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
// A failed run leaves DIR half grown; its figures would mislead, so none are printed.
if (process.exitCode) process.exit();

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log(`\n${total} articles ingested and accepted into ${out} (${(bytes / total / 1024).toFixed(1)} KB each on average) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`facts accepted per kind: ${Object.entries(added).map(([k, n]) => `${k} ${n}`).join(', ')}; ${citations} citations added to existing facts; ${updates} updates; ${challenges} challenges listed on reviewed facts`);
console.log(`proposals flagged by ingest's support checks: ${flagged}; dropped by accept's build checks: ${dropped.length}`);
for (const d of dropped.slice(0, 5)) console.log(`- ${d.what}: ${d.reason}`);
console.log(`ingest: ${ingestMs.toFixed(0)} ms in all, ${(ingestMs / total).toFixed(0)} ms per article; accept: ${acceptMs.toFixed(0)} ms in all, ${(acceptMs / total).toFixed(0)} ms per article`);
const edge = Math.min(20, total);
console.log(`accept per article: first ${edge} ${mean(acceptTimes.slice(0, edge)).toFixed(0)} ms, last ${edge} ${mean(acceptTimes.slice(-edge)).toFixed(0)} ms`);
const seed = loadSeed(out);
console.log(`final counts: ${seed.sources.length} sources; ${[...seed.facts].map(([k, list]) => `${k} ${list.length}`).join(', ')}`);
