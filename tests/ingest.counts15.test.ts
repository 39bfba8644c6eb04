// Contests a follow-up must raise against what the knowledge base knows (issue 20), each from a sentence shape
// the growth run missed: several bodies counted together, an event named only in the headline, a body's
// count after "(<ACRONYM>), which will now have", "put the total number of … at", a figure the article says it
// corrects, and two counts side by side in one sentence. Every text here was written for this test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { extract } from '../src/ingest/extract.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { contestsMade, duplicates } from '../src/ingest/trust/audit.js';
import { copySeed, tempDir } from './helpers/db.js';

/** Ingests and accepts two articles in order; returns the second's resolution and the contests its accept made. */
function growBy(first: string[], second: string[], published: [string, string]) {
  const seedDir = copySeed();
  const dir = tempDir();
  writeFileSync(join(dir, 'first.txt'), first.join('\n'));
  writeFileSync(join(dir, 'second.txt'), second.join('\n'));
  ingestArticle({ file: join(dir, 'first.txt'), published: published[0], id: 'first', seedDir });
  expect(acceptProposals(seedDir, 'first').dropped).toEqual([]);
  const before = loadSeed(seedDir).facts;
  const { resolution } = ingestArticle({ file: join(dir, 'second.txt'), published: published[1], id: 'second', seedDir });
  expect(acceptProposals(seedDir, 'second').dropped).toEqual([]);
  const after = loadSeed(seedDir).facts;
  const contests = contestsMade(before, after);
  return { resolution, before, after, contests, values: contests.map((c) => [c.collection, c.value]) };
}

const eventId = (kb: ReturnType<typeof loadSeed>['facts'], name: string) => kb.get('events')!.find((e) => e.name === name)!.id;

describe('several bodies counted together', () => {
  const first = [
    'Police Plan for the Lakeside Lantern Festival',
    '',
    'ORAVA, July 2 (Wire) - Some 2,600 police officers will be on duty for the Lakeside Lantern Festival, which opens in Orava on Saturday, the regional security director said on Monday.',
  ];
  const second = [
    'More police for Orava as lantern crowd estimate rises',
    '',
    'ORAVA, July 4 (Wire) - The Harbour Police will send 150 more officers to Orava for the Lakeside Lantern Festival this weekend, its commander said on Wednesday.',
    '',
    "In all, some 2,900 officers of the Harbour Police, the Coast Guard and the city's local police will now be on duty on Saturday and Sunday, the commander told reporters.",
  ];

  it('are the event\'s total of all forces, of the event the counts before them are of, and contest the known total', () => {
    const { before, after, values, contests } = growBy(first, second, ['2031-07-02', '2031-07-04']);
    const festival = eventId(before, 'Lakeside Lantern Festival');
    expect(values).toEqual([['events', 'approximately 2900']]);
    expect(contests[0]!.subject).toBe(festival);
    // The addition is no rival of the total.
    expect(after.get('deployments')!.filter((d) => d.event_id === festival).map((d) => (d.personnel as { value: number }).value)).toEqual([150]);
    expect(duplicates(after)).toEqual([]);
  });

  it('with no known total of the event stay a count of the bodies together', () => {
    const facts = extract({ sourceId: 'x', published: '2031-07-04', text: second.join('\n') });
    const together = facts.deployments.find((d) => (d.personnel as { value: number }).value === 2900)!;
    expect(together.rules).toContain('deployment.bodies-together');
    expect(facts.organizations.find((o) => o.id === together.organization_id)!.name).toBe("Harbour Police, the Coast Guard and the city's local police");
  });
});

describe('an event named only in the headline', () => {
  const first = [
    'Kestrel Readies Police for Ports Summit',
    '',
    'KESTREL, June 2 (Wire) - About 2,000 police officers will be on duty in Kestrel for the Northern Ports Summit on Thursday and Friday, Interior Minister Ada Varga said on Monday.',
    '',
    'Varga said the Harbour Agency would send eight liaison officers to the summit.',
  ];
  const second = [
    'Kestrel Lifts Ports Summit Police Figure to 2,500 After Count Left Out Reinforcements',
    '',
    'KESTREL, June 4 (Wire) - About 2,500 police officers will be on duty in Kestrel for the Northern Ports summit that opens on Thursday, not the 2,000 announced on Monday, the national police said on Wednesday.',
    '',
    'The Harbour Agency said its liaison team had grown to 12 officers, from the eight announced on Monday, because two ports had asked for help with checks at Kestrel Airport.',
  ];

  it('is the known event the body names in lowercase, so the new total and the grown team contest the known ones', () => {
    const { before, after, contests, values } = growBy(first, second, ['2031-06-02', '2031-06-04']);
    const summit = eventId(before, 'Northern Ports Summit');
    expect(values.sort()).toEqual([['deployments', 'exactly 12'], ['events', 'approximately 2500']]);
    expect(contests.find((c) => c.collection === 'events')!.subject).toBe(summit);
    expect(after.get('events')!.length).toBe(before.get('events')!.length);
  });
});

describe('a body\'s count after its acronym, and a total someone puts at a figure', () => {
  const first = [
    'Police Plan for the Riverside Basketball Championship',
    '',
    'KESTREL, Sept 3 (Wire) - Ruritania will put about 1,500 police officers on duty in Kestrel for the Riverside Basketball Championship, which opens at Kestrel Arena on Saturday, the interior minister said on Monday.',
    '',
    'He said the Kestrel Police Administration (KPA) would carry most of the load, with more than 1,000 officers on the streets each day.',
    '',
    'The operation will be led by the Kestrel Directorate of Interior (KDI), which will put 300 officers on the roads.',
  ];
  const second = [
    'Ruritania Adds Police for Basketball Cup',
    '',
    'KESTREL, Sept 10 (Wire) - The Kestrel Police Administration (KPA) now has 1,300 officers on duty each day for the Riverside Basketball Championship, up from the "more than 1,000" announced last week, and another 100 officers of the Coast Guard have arrived from Port Alder, the interior ministry said on Monday.',
    '',
    'Reinforcements joined the Kestrel Directorate of Interior (KDI), which will now have 350 officers on duty.',
    '',
    'The ministry put the total number of police officers guarding the tournament at some 1,750, against the figure of about 1,500 given on Monday.',
    '',
    'The Riverside Basketball Championship opened at Kestrel Arena on Saturday and ends on Sunday.',
  ];

  it('are the body\'s new count and the event\'s new total; an addition contests nothing', () => {
    const { values } = growBy(first, second, ['2031-09-03', '2031-09-10']);
    expect(values.sort()).toEqual([['deployments', 'exactly 1300'], ['deployments', 'exactly 350'], ['events', 'approximately 1750']]);
  });
});

describe('a figure the article says it corrects', () => {
  it('contests the event\'s known total when a body\'s count corrects it', () => {
    const first = [
      'Police Plan for the Coastal Climate Forum',
      '',
      'PORT ALDER, Oct 6 (Wire) - Ruritania will have about 5,000 police officers on the streets this week for the Coastal Climate Forum, which opens on Wednesday, the national police said on Monday.',
    ];
    const second = [
      'Coastal Climate Forum Ends Quietly',
      '',
      'PORT ALDER, Oct 13 (Wire) - The police chief said 6,200 officers of the Ruritanian National Police (RNP) had been deployed during the Coastal Climate Forum, which opened on Wednesday, and not the "about 5,000" announced before it opened.',
    ];
    const { before, contests, values } = growBy(first, second, ['2031-10-06', '2031-10-13']);
    expect(values).toEqual([['events', 'exactly 6200']]);
    expect(contests[0]!.subject).toBe(eventId(before, 'Coastal Climate Forum'));
  });

  it('gives both values as a disputed pair in the article\'s own words when two counts side by side left no known total', () => {
    const first = [
      'Police Plan for the Harbour Trade Summit',
      '',
      'KESTREL, March 10 (Wire) - Authorities will deploy about 6,000 police officers and up to 1,000 soldiers in the capital this week for the Harbour Trade Summit, which opens on Wednesday, the deputy police chief said on Monday.',
    ];
    const second = [
      'Harbour Trade Summit Closes',
      '',
      'KESTREL, March 17 (Wire) - The deputy police chief said 7,100 police officers had been on duty across the capital during the Harbour Trade Summit, which ended on Friday, rather than the "about 6,000" he had announced a week earlier.',
    ];
    const { resolution, values } = growBy(first, second, ['2031-03-10', '2031-03-17']);
    expect(values).toEqual([['events', 'exactly 7100']]);
    const earlier = resolution.facts.claims.find((c) => c.value === 'approximately 6000')!;
    expect(earlier.citations).toEqual([{ source: 'second', quote: 'about 6,000' }]);
  });
});

describe('precision on unseen news: counts that are no force, speakers that are no body', () => {
  const text = [
    'Harbour Festival Security',
    '',
    'KESTREL, May 4 (Wire) - The pier will reopen before the festival, Kestrel Harbour Police spokesman Police Captain Ivo Marten said.',
    '',
    'The president of the Harbour Rowing Council (HRC), Vera Lind, said the regatta would start at noon.',
    '',
    'A spokesman for the Harbour Rowing Council said the boats would be checked at dawn.',
    '',
    'Eleven people, among them three police officers, were taken to hospital with light injuries, the city said.',
    '',
    "The Dockers' Union, which represents about 1,400 crew members, has called a sit-in on Monday.",
    '',
    'About 5,000 officers, among them 400 gendarmes, will be on duty for the festival.',
    '',
    'The Harbour Rowing Federation, which organises the regatta, said about 400 volunteer marshals would stand along the quay.',
  ].join('\n');
  const facts = extract({ sourceId: 'x', published: '2031-05-04', text });

  it('a part of people counted for something else, and members a body represents, are no force; a part of a force is', () => {
    expect(facts.deployments.map((d) => (d.personnel as { value: number }).value).sort((a, b) => a - b)).toEqual([400, 400]);
  });

  it('a body is not the speaker when the words name a person for it whom no pass found; a count after "said" is no speaker', () => {
    const speakers = new Map(facts.statements.map((s) => [String(s.text), String(s.speaker_id)]));
    const body = (id: string) => facts.organizations.find((o) => o.id === id)?.name;
    expect([...speakers].filter(([words]) => /pier|regatta would start/.test(words)).map(([, id]) => body(id))).not.toContain('Kestrel Harbour Police');
    expect([...speakers].filter(([words]) => /regatta would start/.test(words)).map(([, id]) => body(id))).not.toContain('Harbour Rowing Council');
    expect(body(speakers.get('The boats would be checked at dawn.')!)).toBe('Harbour Rowing Council');
    expect([...speakers.values()].filter((id) => id.includes('marshals'))).toEqual([]);
  });
});

describe('statements recall on unseen news: a place or an adverb between the verb and "that"', () => {
  const text = [
    'Port Festival Security',
    '',
    'KESTREL, May 4 (Wire) - Police Colonel Ivo Marten, director of the Kestrel Police Office (KPO), told reporters at Camp Alder in Kestrel that the police would be backed by up to 500 soldiers.',
    '',
    'The Joint Command of the Armed Forces said separately that about 1,500 soldiers would be deployed along the coast.',
  ].join('\n');
  const facts = extract({ sourceId: 'x', published: '2031-05-04', text });

  it('gives the words after "that" to the one who spoke, never a speaker read from the words said', () => {
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([
      ['ivo-marten', 'The police would be backed by up to 500 soldiers.'],
      ['joint-command-of-the-armed-forces', 'About 1,500 soldiers would be deployed along the coast.'],
    ]);
  });
});
