// Shapes a curator met in a review test that ingest read wrong or not at all (issue 20), each read by a
// general rule, on short briefs of our own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

type Row = Record<string, unknown>;
const titlesOf = (people: Row[]) => people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]);
const personnelOf = (deployments: Row[]) => deployments.map((d) => (d.personnel as { value: number }).value);
const metricsOf = (event: Row | undefined) => (event?.figures as Array<{ metric: string }> | undefined)?.map((f) => f.metric);

describe('a title made of a prefix and an office', () => {
  it('"Government Sub-Delegate <name> said" is a person with that title, and the speaker of the sentence', () => {
    const facts = read(brief('About 300 officers will be on duty at the Lakeside Fair on Friday, Government Sub-Delegate Ada Moen said on Monday.'));
    expect(titlesOf(facts.people)).toContainEqual(['Ada Moen', ['Government Sub-Delegate']]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ada-moen']);
  });

  it('"Vice-Chancellor" and "Under-Secretary" are titles; a hyphenated word that is no office is none', () => {
    const facts = read(brief('Vice-Chancellor Ivo Lenz opened the fair. Under-Secretary Ola Berg spoke after him. Co-Founder Rita Lang was absent.'));
    const titles = Object.fromEntries(titlesOf(facts.people));
    expect(titles['Ivo Lenz']).toEqual(['Vice-Chancellor']);
    expect(titles['Ola Berg']).toEqual(['Under-Secretary']);
    expect(titles['Rita Lang']).not.toEqual(['Co-Founder']);
  });
});

describe('a count of land, distance or weight is no force', () => {
  it('"about 30 hectares of scrub before firefighters" counts no deployment', () => {
    const facts = read(brief('A wildfire near Eastby on Sunday burned about 30 hectares of scrub before firefighters brought it under control. About 200 police officers will guard the fair.'));
    expect(personnelOf(facts.deployments)).toEqual([200]);
  });

  it('"12 kilometres of road before police officers" and "5 tonnes of food for volunteers" count none', () => {
    const facts = read(brief('Crews cleared 12 kilometres of road before police officers reopened it. Donors sent 5 tonnes of food for volunteers.'));
    expect(facts.deployments).toEqual([]);
  });
});

describe('a measure\'s operator named again by its head word as the subject', () => {
  it('"The municipal police will also check bags" is run by the article\'s one municipal police', () => {
    const facts = read(brief('About 80 officers of the Lakeside Municipal Police will control access to the park, the mayor said. The municipal police will also check bags at the three entrances to the park.'));
    const checks = facts.measures.find((m) => m.kind === 'inspection');
    expect(checks?.operator_ids).toEqual(['lakeside-municipal-police']);
  });

  it('with two police forces named, "the police" alone names neither', () => {
    const facts = read(brief('The Lakeside Municipal Police and the Harbour Police will guard the fair. The police will also check bags at the gates.'));
    expect(facts.measures.find((m) => m.kind === 'inspection')?.operator_ids).toEqual([]);
  });
});

describe('an event\'s place named right after its name', () => {
  it('"at the Lakeside Eclipse Festival on Monte Verde" puts the festival on Monte Verde, the words cited', () => {
    const facts = read(brief('About 600 officers will be on duty on Wednesday, when up to 40,000 visitors are expected at the Lakeside Eclipse Festival on Monte Verde, the mayor said.'));
    const festival = facts.events.find((e) => e.name === 'Lakeside Eclipse Festival');
    expect(festival?.place_ids).toEqual(['monte-verde']);
    expect(festival?.citations.map((c) => c.quote)).toContain('Lakeside Eclipse Festival on Monte Verde');
  });

  it('a day or a time after "on" or "at" is no place', () => {
    const facts = read(brief('Up to 40,000 visitors are expected at the Lakeside Eclipse Festival on Wednesday.'));
    // Lakeside, the dateline's town that opens the festival's name, is its place; Wednesday is none.
    expect(facts.events.find((e) => e.name === 'Lakeside Eclipse Festival')?.place_ids).toEqual(['lakeside']);
  });
});

describe('a count of the people a body sends is no figure of the event', () => {
  it('"The Red Cross will station 120 volunteers" gives the festival no volunteers; "up to 40,000 visitors" stays its figure', () => {
    const facts = read(brief('Up to 40,000 visitors are expected at the Lakeside Eclipse Festival on Wednesday. The Lakeside Red Cross will station 120 volunteers on the hill, a spokesman said.'));
    const festival = facts.events.find((e) => e.name === 'Lakeside Eclipse Festival');
    expect(metricsOf(festival)).toEqual(['visitors']);
  });

  it('volunteers counted with no body sending them stay a figure', () => {
    const facts = read(brief('Up to 40,000 visitors and 120 volunteers are expected at the Lakeside Eclipse Festival on Wednesday.'));
    expect(metricsOf(facts.events.find((e) => e.name === 'Lakeside Eclipse Festival'))).toEqual(['visitors', 'volunteers']);
  });
});

describe('a regional government named by its own word, and what it bans', () => {
  it('"The Junta of Castile and Leon" is one government, and Leon inside its name no city', () => {
    const facts = read(brief('The Junta of Castile and Leon, the regional government, has banned barbecues and campfires on the hill until Sunday because of the fire risk.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Junta of Castile and Leon', 'government']]);
    expect(facts.places.map((p) => p.name)).not.toContain('Leon');
  });

  it('"has banned barbecues and campfires … until Sunday" is a ban named by what it forbids, ending that Sunday, run by its subject', () => {
    const facts = read(brief('The Junta of Castile and Leon has banned barbecues and campfires in the forest until Sunday because of the fire risk.'));
    expect(facts.measures.map((m) => [m.name, m.kind, m.start, m.end, m.operator_ids])).toEqual([
      ['Barbecues and campfires banned', 'ban', null, '2031-05-11', ['junta-of-castile-and-leon']],
    ]);
  });

  it('a ban told in the passive keeps its clause\'s name, and a day with no "until" starts and ends it', () => {
    const facts = read(brief('Glass bottles will be banned along the parade route on Saturday.'));
    expect(facts.measures.map((m) => [m.name, m.start, m.end])).toEqual([['Glass bottles banned along the parade route', '2031-05-10', '2031-05-10']]);
  });
});

describe('a place name before a feast word names the feast', () => {
  it('"the city\'s San Juan fiestas" puts no city San Juan in the article; "Lakeside" in the same story stays a place', () => {
    const facts = read('Feast week\n\nSORIA, Spain, August 10 (Wire) - Hotels are fuller than during the city\'s San Juan fiestas, the mayor said.\n');
    expect(facts.places.map((p) => p.name)).toEqual(['Spain', 'Soria']);
  });
});

describe('a figure counts the event its words name', () => {
  it('in a preview of several events each count goes to the event its sentence, or the one before, names', () => {
    const facts = read(brief('The Lakeside Jazz Festival opens on Friday at the Old Port. Around 4,000 runners are registered for the Lakeside Half Marathon, which starts on Saturday. '
      + 'The Harbour Food Fair takes over Quay Square on Monday. Organisers said they expected 20,000 visitors over the day. Up to 9,000 spectators are expected at the Lakeside Jazz Festival.'));
    const figuresOf = (name: string) => (facts.events.find((e) => e.name === name)?.figures as Array<{ metric: string; value: number }> | undefined)?.map((f) => [f.metric, f.value]);
    expect(figuresOf('Lakeside Jazz Festival')).toEqual([['spectators', 9000]]);
    expect(figuresOf('Lakeside Half Marathon')).toEqual([['runners', 4000]]);
    expect(figuresOf('Harbour Food Fair')).toEqual([['visitors', 20000]]);
  });

  it('"120 volunteers of the Red Cross will staff …" are the body\'s people, no figure', () => {
    const facts = read(brief('Up to 40,000 visitors are expected at the Lakeside Eclipse Festival on Wednesday, and 120 volunteers of the Lakeside Red Cross will staff first-aid points.'));
    expect(metricsOf(facts.events.find((e) => e.name === 'Lakeside Eclipse Festival'))).toEqual(['visitors']);
  });
});
