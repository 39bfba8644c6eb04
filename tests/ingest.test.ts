// Ingest end to end on the project's own fixture articles (other events than the seed's): proposals,
// resolution against what the first article added, accept, and a build that passes afterwards.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDatabase } from '../src/db/build.js';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { flagUnsupported, ingestArticle, proposalsPath } from '../src/ingest/ingest.js';
import { goldPublished } from '../src/ingest/evaluate.js';
import { extract, type Fact } from '../src/ingest/extract.js';
import { IngestError } from '../src/ingest/input.js';
import { copySeed, snapshot, tempDir } from './helpers/db.js';
import { FIXTURE_SEED } from './helpers/paths.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures/ingest', name);
const occurrences = (text: string, quote: string) => text.split(quote).length - 1;

describe('ingest then accept, on two articles about the same event', () => {
  const seedDir = copySeed();
  const first = () => ingestArticle({ file: fixture('paris-marathon.txt'), published: '2026-04-02', id: 'paris-marathon-plan', seedDir });

  it('adds the article and its source, and proposes facts whose quotes occur exactly once', () => {
    const result = first();
    const text = readFileSync(fixture('paris-marathon.txt'), 'utf8');
    expect(readFileSync(join(seedDir, result.articleFile), 'utf8')).toBe(text);
    const source = loadSeed(seedDir).sources.find((s) => s.id === 'paris-marathon-plan')!;
    expect(source).toMatchObject({ title: 'Paris Tightens Security for Marathon as Unions Plan Weekend March', published: '2026-04-02' });
    const proposals = parse(readFileSync(proposalsPath(seedDir, 'paris-marathon-plan'), 'utf8'));
    const facts = Object.values(proposals.facts).flat() as Array<{ citations: Array<{ source: string; quote: string }> }>;
    expect(facts.length).toBeGreaterThan(20);
    // The build's support checks pass by construction: nothing flagged, `derived` written wherever the
    // collection has it, and every derived fact says in its note what was inferred.
    expect(result.flagged).toEqual([]);
    expect(proposals.problems).toBeUndefined();
    for (const kind of ['events', 'deployments', 'protests', 'measures', 'claims']) {
      for (const fact of (proposals.facts[kind] ?? []) as Array<{ id: string; derived: unknown; note?: string }>) {
        expect(typeof fact.derived, `${kind} ${fact.id}`).toBe('boolean');
        if (fact.derived) expect(fact.note, `${kind} ${fact.id}`).toMatch(/\S/);
      }
    }
    for (const fact of facts) {
      expect(fact.citations.length).toBeGreaterThan(0);
      for (const c of fact.citations) { expect(c.source).toBe('paris-marathon-plan'); expect(occurrences(text, c.quote), c.quote).toBe(1); }
    }
    const { people, organizations, deployments, protests, events, measures, statements } = proposals.facts;
    expect(people).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Julien Marchetti', roles: [expect.objectContaining({ title: 'Interior Minister' })] }),
      expect.objectContaining({ name: null, roles: [expect.objectContaining({ title: 'Mayor of Paris' })] }),
    ]));
    expect(organizations).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Paris Police Prefecture', acronym: 'PP' }),
      expect.objectContaining({ name: 'CGT', kind: 'union' }),
      expect.objectContaining({ name: 'Belgian Federal Police', country: 'BE' }),
    ]));
    // Hedges kept: "some 4,500" is approximately, "up to 800" up_to, "12 officers" exactly.
    expect(deployments.map((d: { personnel: unknown }) => d.personnel)).toEqual([
      { value: 4500, qualifier: 'approximately' }, { value: 800, qualifier: 'up_to' }, { value: 12, qualifier: 'exactly' },
    ]);
    // "on Saturday" in a future-tense sentence published Thursday 2026-04-02 is 2026-04-04, derived.
    // "the march, which will start at Place de la Republique" is the same march: one protest, both places, both sentences cited.
    // "central Paris" is Paris named again (rule place.part).
    expect(protests).toEqual([expect.objectContaining({ date: '2026-04-04', date_precision: 'day', derived: true, note: "date of 'Saturday' counted forward from the publication date 2026-04-02", organizer_ids: ['cgt'], place_ids: ['paris', 'place-de-la-republique'] })]);
    expect(protests[0].citations).toHaveLength(2);
    expect(events).toEqual([expect.objectContaining({ name: 'Paris Marathon', start: '2026-04-05', derived: true, figures: [{ metric: 'runners', value: 57000, qualifier: 'approximately' }] })]);
    expect(measures).toEqual(expect.arrayContaining([expect.objectContaining({
      name: 'Drone flight ban', kind: 'airspace_restriction', start: '2026-04-04', end: '2026-04-06', derived: true,
      note: "year of 'April 4 to April 6' taken from the publication date 2026-04-02",
    })]));
    expect(statements).toEqual(expect.arrayContaining([
      expect.objectContaining({ speaker_id: 'julien-marchetti', kind: 'quote', text: 'We will not let anyone spoil a day that belongs to the runners and to the city.' }),
      expect.objectContaining({ speaker_id: 'mayor-of-paris', kind: 'paraphrase' }),
    ]));
    // Words that only look like places in a headline ("Marathon", "March") are not places.
    expect(proposals.facts.places.map((p: { name: string }) => p.name)).not.toContain('March');
  });

  it('accepts: facts written with review: machine, the hand seed stays reviewed, and the build passes', () => {
    const result = acceptProposals(seedDir, 'paris-marathon-plan');
    expect(result.dropped).toEqual([]);
    expect(result.added.deployments).toBe(3);
    const seed = loadSeed(seedDir);
    expect(seed.facts.get('people')!.find((p) => p.id === 'julien-marchetti')!.review).toBe('machine');
    expect(seed.facts.get('people')!.find((p) => p.id === 'matteo-piantedosi')!.review).toBe('reviewed');
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir });
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM deployments WHERE review = 'machine'").get()).toEqual({ n: 3 });
    db.close();
  });

  it('resolves the second article: surname, acronym, role-only person named, corroboration and a dispute', () => {
    const result = ingestArticle({ file: fixture('paris-marathon-followup.txt'), published: '2026-04-06', id: 'paris-marathon-day', seedDir });
    const { facts, citations_added: added, updates } = result.resolution;
    // "Marchetti, the interior minister" reuses julien-marchetti; "The PP said" reuses the prefecture.
    expect(facts.people.map((p) => p.name)).toEqual(['Pieter Claes']);
    expect(added).toEqual(expect.arrayContaining([
      expect.objectContaining({ collection: 'people', id: 'julien-marchetti' }),
      expect.objectContaining({ collection: 'organizations', id: 'paris-police-prefecture' }),
      expect.objectContaining({ collection: 'protests', id: expect.stringMatching(/^march-in-paris/) }),
      expect.objectContaining({ collection: 'deployments', id: 'french-gendarmerie-deployment' }),
    ]));
    expect(updates).toEqual([{ collection: 'people', id: 'mayor-of-paris', set: { name: 'Helene Marchand' } }]);
    // Two Interior Ministers of two countries stay two people.
    expect(facts.people[0]).toMatchObject({ country: 'BE', roles: [expect.objectContaining({ title: 'Interior Minister' })] });
    // 4,500 then 5,000 National Police officers: a disputed claim pair, not a second deployment.
    expect(facts.deployments).toEqual([]);
    expect(facts.claims).toEqual([
      expect.objectContaining({ subject_id: 'national-police-deployment', predicate: 'personnel', value: 'approximately 4500', disputed_by: [] }),
      expect.objectContaining({ subject_id: 'national-police-deployment', predicate: 'personnel', value: 'approximately 5000', disputed_by: ['national-police-deployment-personnel-approximately-4500'] }),
    ]);
    expect(result.resolution.summary.deployments).toMatchObject({ proposed: 2, matched: 1, disputed: 1, new: 0 });
  });

  it('accepts the second article into one entity with both citations, and the claims come out disputed', () => {
    acceptProposals(seedDir, 'paris-marathon-day');
    const seed = loadSeed(seedDir);
    const mayor = seed.facts.get('people')!.find((p) => p.id === 'mayor-of-paris')!;
    expect(mayor.name).toBe('Helene Marchand');
    expect((mayor.citations as Array<{ source_id: string }>).map((c) => c.source_id)).toEqual(['paris-marathon-plan', 'paris-marathon-day']);
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir });
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT id, status FROM claims WHERE subject_id = 'national-police-deployment' ORDER BY id").all()).toEqual([
      { id: 'national-police-deployment-personnel-approximately-4500', status: 'disputed' },
      { id: 'national-police-deployment-personnel-approximately-5000', status: 'disputed' },
    ]);
    db.close();
  });

  it('flags, before accept, a proposal the build support checks would reject', () => {
    // Extraction's facts: resolution sets this count of bare "police officers" aside as unresolved (no known body).
    const text = readFileSync(fixture('markup-and-formulas.txt'), 'utf8');
    const facts = extract({ sourceId: 'lyon-notice', published: '2026-05-12', text });
    const deployment = facts.deployments[0]!;
    expect(flagUnsupported(facts, () => text)).toEqual([]);
    // "Around 1,200" is approximately; a proposal edited to say more_than contradicts its quote.
    (deployment.personnel as { qualifier: string }).qualifier = 'more_than';
    deployment.derived = true;
    expect(flagUnsupported(facts, () => text)).toEqual([{
      collection: 'deployments', id: deployment.id,
      problems: [expect.stringContaining('has qualifier "more_than" but its quote says "around 1,200" (approximately)'), expect.stringContaining('derived is true but note is empty')],
    }]);
  });

  it('proposes facts the support checks accept from the seed articles too (ceremony figures, part_of lists, derived dates)', () => {
    const parts: Fact[] = [];
    for (const source of loadSeed(FIXTURE_SEED).sources) {
      const text = readFileSync(join(FIXTURE_SEED, source.file), 'utf8');
      const facts = extract({ sourceId: source.id, published: goldPublished()[source.id]!, text });
      expect(flagUnsupported(facts, () => text), source.id).toEqual([]);
      parts.push(...facts.deployments.filter((d) => d.part_of_id));
    }
    // The bulleted contingents of the 6,000 total: part_of is inferred, and the note says from what.
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part).toMatchObject({ derived: true, note: expect.stringMatching(/^part_of_id: a listed item, taken as part of the 6000/) });
  });

  it('drops a proposal that fails the build checks, lists why, and merges the rest', () => {
    const dir = copySeed();
    ingestArticle({ file: fixture('markup-and-formulas.txt'), published: '2026-05-12', id: 'lyon-notice', seedDir: dir });
    const path = proposalsPath(dir, 'lyon-notice');
    const doc = parse(readFileSync(path, 'utf8'));
    doc.facts.measures[0].citations[0].quote = 'words the article never says';
    writeFileSync(path, JSON.stringify(doc));
    const result = acceptProposals(dir, 'lyon-notice');
    expect(result.dropped).toEqual([expect.objectContaining({ what: expect.stringMatching(/^measures "/), reason: expect.stringContaining('quote not found') })]);
    expect(loadSeed(dir).facts.get('measures')!.some((d) => d.review === 'machine')).toBe(false);
    expect(loadSeed(dir).facts.get('places')!.some((p) => p.name === 'Lyon')).toBe(true);
  });
});

describe('an article on another event (Hamburg harbour festival)', () => {
  it('finds the senator named after his title, one body for a name and its bracketed German name, hedges and a future weekday', () => {
    const { resolution } = ingestArticle({ file: fixture('harbour-festival.txt'), published: '2026-05-04', id: 'hamburg-festival', seedDir: copySeed() });
    const { people, organizations, deployments, protests, statements } = resolution.facts;
    expect(people).toEqual([expect.objectContaining({ name: 'Andreas Keller', roles: [expect.objectContaining({ title: 'Interior senator' })] })]);
    expect(organizations).toContainEqual(expect.objectContaining({ name: 'German Federal Police', aliases: ['Bundespolizei'] }));
    expect(organizations.map((o) => o.name)).not.toContain('Bundespolizei');
    expect(deployments.map((d) => [d.organization_id, d.personnel])).toEqual([
      ['hamburg-police', { value: 2000, qualifier: 'more_than' }],
      // "nearly 400": the true figure is below 400, as the build's hedge check reads it.
      ['german-federal-police', { value: 400, qualifier: 'fewer_than' }],
    ]);
    // "would hold a demonstration ... on Saturday", published Monday 2026-05-04: the coming Saturday.
    expect(protests).toEqual([expect.objectContaining({
      date: '2026-05-09', derived: true, note: "date of 'Saturday' counted forward from the publication date 2026-05-04", organizer_ids: ['harbour-watch'], place_ids: ['fish-market'],
    })]);
    expect(statements).toContainEqual(expect.objectContaining({ speaker_id: 'andreas-keller', kind: 'quote', text: 'Nobody should have to fear for their safety at a family festival.' }));
    // The festival is an event of its own kind, with the period and the visitor figure the article gives.
    expect(resolution.facts.events).toEqual([expect.objectContaining({
      name: 'Harbour Festival', kind: 'festival', start: '2026-05-08', end: '2026-05-10', derived: true,
      figures: [{ metric: 'visitors', value: 1000000, qualifier: 'more_than' }],
    })]);
  });
});

describe('an article on another event (Geneva summit): unnamed groups, pronouns, attribution after the words', () => {
  const { resolution, flagged } = ingestArticle({ file: fixture('geneva-summit.txt'), published: '2026-06-08', id: 'geneva-summit', seedDir: copySeed() });
  const { organizations, places, statements } = resolution.facts;
  const speakerOf = (words: string) => statements.find((s) => String(s.text).includes(words))?.speaker_id;

  it('lets unnamed groups speak as groups, "They" taking the group the sentence before starts with', () => {
    const critics = organizations.find((o) => o.name === 'Critics of the operation');
    expect(critics).toMatchObject({ kind: 'political_group', country: null, note: expect.stringContaining('Not a named body') });
    expect(speakerOf('closed to its own residents')).toBe(critics!.id);
    expect(speakerOf('businesses along the lakefront')).toBe(critics!.id);
    // The seed's "Supporters" (of the ICE deployment) are other people: unnamed groups never merge across articles.
    expect(speakerOf('proportionate to the threat')).toBe(organizations.find((o) => o.name === 'Supporters')!.id);
    expect(speakerOf('proportionate to the threat')).not.toBe('security-supporters');
    expect(speakerOf('told about the road closures')).toBe(organizations.find((o) => o.name === 'Residents of the Paquis district')!.id);
    // "say that they were told … only on Friday": Friday is inside what they say, not when they said it.
    expect(statements.find((s) => String(s.text).includes('told about the road closures'))).toMatchObject({ date: null, derived: false });
    expect(speakerOf('cost of the operation has never been published')).toBe('socialist-party');
    // A group that only marches, and never speaks, is not made a speaker.
    expect(organizations.map((o) => o.name)).not.toContain('Activists from the collective Geneva Open City');
    expect(flagged).toEqual([]);
  });

  it('reads words whose speaker is named after them as that speaker\'s paraphrase, and a quote attributed after it', () => {
    // "said on Monday", published Monday 2026-06-08: that day, derived, though the news is about Thursday.
    expect(statements).toContainEqual(expect.objectContaining({
      speaker_id: 'claire-monnet', kind: 'paraphrase', text: expect.stringMatching(/^Geneva will deploy around 4,500 police officers and soldiers/),
      date: '2026-06-08', date_precision: 'day', derived: true, note: "date of 'Monday' counted back from the publication date 2026-06-08",
    }));
    expect(statements).toContainEqual(expect.objectContaining({ speaker_id: 'claire-monnet', kind: 'quote', text: 'We have one chance to get this right, and we will not gamble with it.' }));
  });

  it('proposes the unnamed "peace summit" as a summit, dated by its weekday and placed where it opens', () => {
    expect(resolution.facts.events).toEqual([expect.objectContaining({
      name: 'Peace Summit', kind: 'summit', start: '2026-06-11', date_precision: 'day', derived: true,
      note: "date of 'Thursday' counted forward from the publication date 2026-06-08", place_ids: ['geneva', 'palais-des-nations'],
    })]);
  });

  it('places a name several countries share in the country the article talks about ("Swiss"), and finds French-named venues', () => {
    expect(places).toContainEqual(expect.objectContaining({ name: 'Geneva', country: 'CH' }));
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(['Palais des Nations', 'Place Neuve', 'Paquis']));
  });
});

// Four wire-style articles a colleague wrote blind, before reading the rules (a Madrid final, Sydney's New
// Year's Eve, a Bonn climate conference, a London state visit). Their first run proposed false facts;
// each assertion below pins one of those, fixed by a general rule rather than by these words.
describe('articles written blind by a colleague: the false facts their first run proposed', () => {
  const ingestBlind = (name: string, published: string) => ingestArticle({ file: fixture(name), published, id: name.replace(/\.txt$/, ''), seedDir: copySeed() });

  it('Madrid: officers "of the" National Police and the nearest named force, no club or team name as a place, no Milan measure corroborated', () => {
    const { resolution, flagged } = ingestBlind('madrid-final.txt', '2027-06-02');
    const { deployments, places, statements, events } = resolution.facts;
    expect(flagged).toEqual([]);
    expect(deployments.map((d) => [d.organization_id, d.personnel])).toEqual(expect.arrayContaining([
      ['national-police', { value: 2500, qualifier: 'more_than' }],
      ['civil-guard', { value: 1500, qualifier: 'up_to' }],
      ['madrid-municipal-police', { value: 1800, qualifier: 'fewer_than' }],
    ]));
    expect(deployments.map((d) => d.organization_id)).not.toContain('of-the-officers');
    // "Bayern Munich", "Tottenham Hotspur", "Vecinos de San Blas" are names, not places in Germany, Canada or Mexico.
    expect(places.map((p) => p.name).filter((n) => ['Munich', 'Tottenham', 'San Blas'].includes(String(n)))).toEqual([]);
    expect(resolution.citations_added.filter((c) => c.collection === 'measures')).toEqual([]);
    // The dateline is no part of the words, and "He added" is the government delegate named just before.
    expect(statements.find((st) => String(st.text).startsWith('Spain will deploy some 8,000'))?.speaker_id).toBe('fernando-grande-marlaska');
    expect(statements.find((st) => String(st.text).includes('300 officers'))?.speaker_id).toBe('francisco-martin');
    // The article's final, and the two earlier finals it names by their year and day, each of its own date.
    expect(events).toEqual([
      expect.objectContaining({ name: 'Champions League final', kind: 'games', start: '2027-06-05', derived: true }),
      expect.objectContaining({ name: '2022 Champions League final', kind: 'games', start: '2022', date_precision: 'year' }),
      expect.objectContaining({ name: '2019 Champions League final', kind: 'games', start: '2019-06-01', date_precision: 'day' }),
    ]);
  });

  it('Sydney: the commissioner speaks, not the police in his title; no "Palestine" or "Town" abroad', () => {
    const { resolution } = ingestBlind('sydney-new-year.txt', '2026-12-29');
    const { people, places, protests, statements } = resolution.facts;
    expect(statements).toContainEqual(expect.objectContaining({ speaker_id: 'mal-lanyon', kind: 'paraphrase', text: expect.stringMatching(/^More than 2,500 police officers will be deployed/) }));
    expect(statements).toContainEqual(expect.objectContaining({ speaker_id: 'mal-lanyon', kind: 'quote', text: 'We want people to come, have a great night and get home safely.' }));
    expect(people).toContainEqual(expect.objectContaining({ name: 'Tony Bergin', roles: [expect.objectContaining({ title: 'Assistant Commissioner' })] }));
    expect(places.map((p) => p.name).filter((n) => ['Palestine', 'Town'].includes(String(n)))).toEqual([]);
    expect(protests).toEqual([expect.objectContaining({ place_ids: ['hyde-park'], date: '2026-12-31', organizer_ids: ['palestine-action-group'] })]);
  });

  it('Bonn: a dateline\'s day is no force of 12, and the police are not the organisers of the march they police', () => {
    const { resolution } = ingestBlind('bonn-climate-talks.txt', '2026-06-12');
    const { deployments, protests, organizations } = resolution.facts;
    expect(deployments.map((d) => d.personnel)).not.toContainEqual({ value: 12, qualifier: 'exactly' });
    expect(deployments).toContainEqual(expect.objectContaining({ organization_id: 'bonn-police', personnel: { value: 1200, qualifier: 'approximately' } }));
    expect(organizations.map((o) => o.name)).not.toContain('- Police');
    const police = new Set(organizations.filter((o) => o.kind === 'police_force').map((o) => o.id));
    expect(protests.flatMap((p) => p.organizer_ids as string[]).filter((id) => police.has(id))).toEqual([]);
  });

  it('London: protests in a quotation are not planned protests, and "A and B (BTP)" names B', () => {
    const { resolution } = ingestBlind('london-state-visit.txt', '2026-10-19');
    const { protests, organizations } = resolution.facts;
    expect(protests.map((p) => p.citations[0]!.quote).filter((q) => q.includes('We police protests'))).toEqual([]);
    expect(organizations).toContainEqual(expect.objectContaining({ name: 'British Transport Police', acronym: 'BTP' }));
    expect(organizations).toContainEqual(expect.objectContaining({ name: 'Thames Valley Police', acronym: null }));
  });
});

// A second blind test, four more articles from the same colleague (NATO summit in The Hague, Eurovision in
// Basel, the Singapore Grand Prix, a Tour de France stage), scored in README before these fixes.
describe('the second blind test: the false facts its first run proposed', () => {
  const ingestBlind = (name: string, published: string) => ingestArticle({ file: fixture(`blind-${name}.txt`), published, id: `blind-${name}`, seedDir: copySeed() }).resolution.facts;

  it('The Hague: a summit of 2014 is dated 2014 and keeps its own count; a count of a generic force is set aside; the article\'s event is the NATO summit; a headline counts no one', () => {
    const resolution = ingestArticle({ file: fixture('blind-hague.txt'), published: '2025-06-20', id: 'blind-hague', seedDir: copySeed() }).resolution;
    const { events, deployments, protests } = resolution.facts;
    expect(events).toContainEqual(expect.objectContaining({ name: 'Nuclear Security Summit', start: '2014', date_precision: 'year' }));
    expect(events).toContainEqual(expect.objectContaining({ id: 'nato-summit', name: 'NATO summit', kind: 'summit' }));
    expect(events.map((e) => e.name)).not.toContain('World Forum');
    // "nearly 13,000 police and soldiers": read for the 2014 summit, and, several forces named only by generic
    // nouns, no body of its own (rule deployment.generic-together): the 2014 summit's count of forces on duty,
    // a claim on that event, not a body's deployment.
    const extracted = extract({ sourceId: 'blind-hague', published: '2025-06-20', text: readFileSync(fixture('blind-hague.txt'), 'utf8') });
    expect(extracted.deployments.find((d) => (d.personnel as { value: number }).value === 13000)?.event_id).toBe('nuclear-security-summit');
    expect(deployments.filter((d) => (d.personnel as { value: number }).value === 13000)).toEqual([]);
    expect(resolution.facts.claims).toContainEqual(expect.objectContaining({ subject_id: 'nuclear-security-summit', predicate: 'personnel', value: 'fewer than 13000' }));
    expect(resolution.unresolved.map((u) => u.mention)).not.toContain('Police and soldiers');
    // "some 27,000 police officers" names no body and no known count fits, and stands beside "up to 5,000 soldiers"
    // in its sentence (two parts, no total): set aside once, with its sentence (not the headline's).
    expect(deployments.filter((d) => (d.personnel as { value: number }).value === 27000)).toEqual([]);
    expect(resolution.unresolved.filter((u) => u.mention === 'Police officers')).toEqual([expect.objectContaining({ collection: 'deployments', what: 'body', sentence: expect.stringContaining('some 27,000 police officers') })]);
    // "The activist coalition Stop NATO Den Haag has called a demonstration": the coalition, not NATO.
    expect(protests.find((p) => (p.organizer_ids as string[]).length)?.organizer_ids).toEqual(['stop-nato-den-haag']);
  });

  it('generic forces joined by "and" are a body of their own words when the next sentence names a body for each kind; with none named, no body', () => {
    const geneva = extract({ sourceId: 'geneva-summit', published: '2026-03-01', text: readFileSync(fixture('geneva-summit.txt'), 'utf8') });
    const count = geneva.deployments.find((d) => (d.personnel as { value: number }).value === 4500)!;
    expect(geneva.organizations.find((o) => o.id === count.organization_id)).toMatchObject({ name: 'Police officers and soldiers', aliases: ['police officers and soldiers'] });
    const text = 'Geneva will deploy around 4,500 police officers and soldiers for the summit on Thursday. The city will close the lakefront.';
    const unnamed = extract({ sourceId: 'x', published: '2026-03-01', text });
    expect(unnamed.deployments.map((d) => d.organization_id)).toEqual([':generic-force:Police officers and soldiers']);
    expect(unnamed.organizations).toEqual([]);
  });

  it('Basel: "told a news conference on Monday" is the publication Monday; a march registered for Saturday is the coming one; no government organises a march', () => {
    const { statements, protests, organizations } = ingestBlind('basel', '2025-05-12');
    expect(statements).toContainEqual(expect.objectContaining({ speaker_id: 'stephanie-eymann', date: '2025-05-12', derived: true }));
    expect(protests.map((p) => p.date)).toContain('2025-05-17');
    const authorities = new Set(organizations.filter((o) => ['police_force', 'government', 'ministry'].includes(String(o.kind))).map((o) => o.id));
    expect(protests.flatMap((p) => p.organizer_ids as string[]).filter((id) => authorities.has(id))).toEqual([]);
  });

  it('Singapore: one race under its long and short names; "the ministry said" is not the last body that spoke', () => {
    const { events, statements } = ingestBlind('singapore', '2025-09-29');
    // One current race under both names, dated by the weekend's first day; earlier races are editions of their own years.
    expect(events.filter((e) => !/^\d{4} /.test(String(e.name)))).toEqual([expect.objectContaining({ name: 'Formula One Singapore Grand Prix', start: '2025-10-03' })]);
    expect(events.filter((e) => /^\d{4} /.test(String(e.name))).map((e) => e.start)).toEqual(['2015', '2024']);
    expect(statements.filter((st) => String(st.text).includes('no specific threat')).map((st) => st.speaker_id)).not.toContain('land-transport-authority');
  });

  it('and what it missed: lowercase titles after a word, "of Police", contests and tours as events, drone bans however worded, quotes of several sentences', () => {
    const basel = ingestBlind('basel', '2025-05-12');
    expect(basel.people).toContainEqual(expect.objectContaining({ name: 'Martin Roth', roles: [expect.objectContaining({ title: 'Police commander' })] }));
    expect(basel.events).toContainEqual(expect.objectContaining({ name: 'Eurovision Song Contest', kind: 'festival' }));
    const singapore = ingestBlind('singapore', '2025-09-29');
    expect(singapore.people).toContainEqual(expect.objectContaining({ name: 'Tan Wei Ming', roles: [expect.objectContaining({ title: 'Assistant Commissioner of Police' }), expect.objectContaining({ title: 'Commander of the Central Police Division' })] }));
    expect(singapore.measures).toContainEqual(expect.objectContaining({ name: 'Drone ban', kind: 'airspace_restriction', start: '2025-10-01', end: '2025-10-06' }));
    const ventoux = ingestBlind('ventoux', '2025-07-21');
    expect(ventoux.people).toContainEqual(expect.objectContaining({ name: 'Thierry Suquet', roles: [expect.objectContaining({ title: 'Vaucluse prefect' })] }));
    expect(ventoux.events).toContainEqual(expect.objectContaining({ name: 'Tour de France', kind: 'games', start: '2025-07-22' }));
    // A quotation of two sentences, attributed after it, is one quote of its speaker.
    expect(ventoux.statements).toContainEqual(expect.objectContaining({ speaker_id: 'thierry-suquet', kind: 'quote', text: 'The mountain will be full. Our job is that everyone goes home safe.' }));
    expect(ingestBlind('hague', '2025-06-20').measures.map((m) => m.name)).toContain('Drone ban');
  });

  it('Mont Ventoux: "ASO\'s race director Christian Prudhomme said" is Prudhomme speaking, though "Christian" is also a word', () => {
    const { statements, people } = ingestBlind('ventoux', '2025-07-21');
    expect(people).toContainEqual(expect.objectContaining({ name: 'Christian Prudhomme', roles: [expect.objectContaining({ title: 'Race director' })] }));
    expect(statements).toContainEqual(expect.objectContaining({ speaker_id: 'christian-prudhomme', kind: 'quote', text: 'We cannot put a barrier along 20 kilometres of mountain.' }));
  });
});

// A third blind test (Toronto's World Cup opener, Notting Hill Carnival, the G20 in Johannesburg,
// Oktoberfest), scored in README on the commit before these fixes.
describe('the third blind test: the false facts its first run proposed', () => {
  const ingestBlind = (name: string, published: string) => ingestArticle({ file: fixture(`blind-${name}.txt`), published, id: `blind-${name}`, seedDir: copySeed() }).resolution.facts;

  it('Toronto: "the 2010 G20 summit" is 2010\'s and takes no deployment of this match; a possessive is no part of the event\'s name; "Solicitor General"', () => {
    const { events, deployments, people } = ingestBlind('toronto', '2026-06-10');
    expect(events).toContainEqual(expect.objectContaining({ name: 'G20 summit', start: '2010', date_precision: 'year' }));
    expect(events.map((e) => e.name)).not.toContain("Canada's World Cup");
    expect(new Set(deployments.map((d) => d.event_id))).toEqual(new Set(['world-cup']));
    // "on Friday, June 12, 2026" as chrono reads it, "on" included.
    expect(events).toContainEqual(expect.objectContaining({ id: 'world-cup', start: '2026-06-12', date_precision: 'day', derived: false }));
    expect(people).toContainEqual(expect.objectContaining({ name: 'Michael Kerzner', roles: [expect.objectContaining({ title: 'Solicitor General' })] }));
  });

  it('Notting Hill: a "Section 60 order" counts no officers; stewards employed by a company and "450 of its staff" are that body\'s', () => {
    const { deployments } = ingestBlind('nottinghill', '2026-08-28');
    expect(deployments.map((d) => (d.personnel as { value: number }).value)).not.toContain(60);
    expect(deployments).toContainEqual(expect.objectContaining({ organization_id: 'notting-hill-carnival-ltd', personnel: { value: 1200, qualifier: 'approximately' }, role: 'Stewards' }));
    expect(deployments).toContainEqual(expect.objectContaining({ organization_id: 'london-ambulance-service', personnel: { value: 450, qualifier: 'fewer_than' } }));
  });

  it('Johannesburg: "3,500 members of the SANDF", restricted airspace; an expo centre is no event and a commissioner\'s title no body', () => {
    const { deployments, measures, events, organizations } = ingestBlind('g20', '2025-11-19');
    expect(deployments).toContainEqual(expect.objectContaining({ organization_id: 'south-african-national-defence-force', personnel: { value: 3500, qualifier: 'exactly' } }));
    expect(measures).toContainEqual(expect.objectContaining({ name: 'Restricted airspace', kind: 'airspace_restriction' }));
    expect(events.map((e) => e.name)).not.toContain('Nasrec Expo');
    expect(organizations.map((o) => o.name)).not.toContain('National Police');
  });

  it('Oktoberfest: "up to 300 additional officers" are the Federal Police\'s; "the whole festival" is no event; Oktoberfest is', () => {
    const { deployments, events } = ingestBlind('oktoberfest', '2026-09-18');
    expect(deployments).toContainEqual(expect.objectContaining({ organization_id: 'federal-police', personnel: { value: 300, qualifier: 'up_to' } }));
    expect(events.map((e) => String(e.name).toLowerCase())).not.toContain('whole festival');
    // An event known by one name, dated by the range its sentence states.
    expect(events).toContainEqual(expect.objectContaining({ name: 'Oktoberfest', kind: 'festival', start: '2026-09-19', end: '2026-10-04', derived: false }));
  });
});

describe('numbers that count no force, and figures that are not the event\'s', () => {
  const facts = (body: string) => extract({ sourceId: 'note', published: '2026-05-04', text: `Security Notice For The Spring Fair\n\n${body}\n` });

  it('a verb or a numbered label between a number and a force counts no one; members of no named body are no force', () => {
    const { deployments } = facts('The council approved a 500 metre zone allowing officers to search bags. Article 12 officers may close the gates. A union of 40,000 members backed the plan.');
    expect(deployments).toEqual([]);
  });

  it('a force "from" or "employed by" a named body is that body\'s, whatever the noun', () => {
    const { deployments } = facts('The Swiss Armed Forces will send soldiers. Up to 500 soldiers from the Swiss Armed Forces will guard the venue.');
    expect(deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['swiss-armed-forces', { value: 500, qualifier: 'up_to' }]]);
  });

  it('participants counted just after a protest is announced are the protest\'s, and a measure inside a quotation is not announced', () => {
    const { events, measures } = facts('The Spring Fair opens on Friday. Activists have called a demonstration at the fair gates on Saturday. Police said they expected some 1,500 participants. "We would never use facial recognition," the mayor said.');
    expect(events).toEqual([expect.objectContaining({ name: 'Spring Fair', figures: [] })]);
    expect(measures).toEqual([]);
  });
});

describe('refusals: a clear message and nothing written', () => {
  const seedDir = copySeed();
  const dir = tempDir('ingest-input-');
  const write = (name: string, content: string | Buffer) => { const path = join(dir, name); writeFileSync(path, content); return path; };
  const cases: Array<[string, () => Parameters<typeof ingestArticle>[0], RegExp]> = [
    ['a missing file', () => ({ file: join(dir, 'nope.txt'), published: '2026-04-02', seedDir }), /no such file/],
    ['an empty file', () => ({ file: write('empty.txt', ' \n\n'), published: '2026-04-02', seedDir }), /is empty/],
    ['a file that is not UTF-8', () => ({ file: write('latin1.txt', Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1')), published: '2026-04-02', seedDir }), /not valid UTF-8/],
    ['a binary file', () => ({ file: write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), published: '2026-04-02', seedDir }), /binary/],
    ['a file larger than 1 MB', () => ({ file: write('big.txt', `Big\n${'word '.repeat(220_000)}`), published: '2026-04-02', seedDir }), /at most 1048576 bytes/],
    ['an article already ingested', () => ({ file: join(seedDir, 'articles/003_fe22ffd7a1d4184a.txt'), published: '2026-04-02', seedDir }), /already ingested as source "ice-role-public-backlash"/],
    ['a published date that is not a calendar date', () => ({ file: fixture('paris-marathon.txt'), published: '2026-02-30', seedDir }), /not a calendar date/],
    ['a published date in another format', () => ({ file: fixture('paris-marathon.txt'), published: '02/04/2026', seedDir }), /not a calendar date/],
    ['an id that exists', () => ({ file: fixture('paris-marathon.txt'), published: '2026-04-02', id: 'ice', seedDir }), /--id "ice" exists already/],
    ['an id that is not a slug', () => ({ file: fixture('paris-marathon.txt'), published: '2026-04-02', id: 'Paris Marathon', seedDir }), /not a slug/],
    ['a title that is not in the article', () => ({ file: fixture('paris-marathon.txt'), published: '2026-04-02', title: 'Something else', seedDir }), /does not occur in the article/],
  ];
  it.each(cases)('refuses %s', (_, options, message) => {
    const before = snapshot(seedDir);
    const run = () => ingestArticle(options());
    expect(run).toThrow(IngestError);
    expect(run).toThrow(message);
    expect(snapshot(seedDir)).toEqual(before);
  });

  it('rolls back a write that fails half way: the article already in place is removed again', () => {
    // The proposals file cannot be renamed into place (a directory holds its name) after the article was.
    const blocked = proposalsPath(seedDir, 'paris-marathon-plan');
    mkdirSync(blocked, { recursive: true });
    const before = snapshot(seedDir);
    expect(() => ingestArticle({ file: fixture('paris-marathon.txt'), published: '2026-04-02', id: 'paris-marathon-plan', seedDir })).toThrow();
    expect(snapshot(seedDir)).toEqual(before);
    rmSync(blocked, { recursive: true });
  });

  it('puts seed/facts back when an accept was interrupted between its two renames', () => {
    const crashed = copySeed();
    const before = snapshot(join(crashed, 'facts'));
    renameSync(join(crashed, 'facts'), join(crashed, 'facts.4242.old'));
    const result = ingestArticle({ file: fixture('paris-marathon.txt'), published: '2026-04-02', id: 'paris-marathon-plan', seedDir: crashed });
    expect(existsSync(join(crashed, 'facts.4242.old'))).toBe(false);
    expect(snapshot(join(crashed, 'facts'))).toEqual(before);
    expect(result.flagged).toEqual([]);
  });

  it('refuses to accept into a seed that no longer builds, blaming the seed and not the proposals, writing nothing', () => {
    const broken = copySeed();
    ingestArticle({ file: fixture('paris-marathon.txt'), published: '2026-04-02', id: 'paris-marathon-plan', seedDir: broken });
    const people = join(broken, 'facts/people.yaml');
    writeFileSync(people, readFileSync(people, 'utf8').replace(/quote: (.*)/, 'quote: words no article contains'));
    const before = snapshot(broken);
    expect(() => acceptProposals(broken, 'paris-marathon-plan')).toThrow(/the seed does not build before merging; fix it first:\n- .*words no article contains/s);
    expect(snapshot(broken)).toEqual(before);
  });

  it('refuses to accept proposals that do not exist, writing nothing', () => {
    const before = snapshot(seedDir);
    expect(() => acceptProposals(seedDir, 'never-ingested')).toThrow(/no proposals for "never-ingested"/);
    expect(snapshot(seedDir)).toEqual(before);
  });
});
