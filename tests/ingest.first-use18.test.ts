// What ingest missed in the nineteenth first-use review test (issue 20), each read by a general rule, on briefs of
// our own: a verdict read on a day to come, an area a body will fence off, a head named after "the head of" its
// body by the body's head word.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('events: a verdict read or due on a stated day', () => {
  it('"on Friday, when judges read the verdict in the … trial of <Name>" is the verdict, an announcement dated Friday', () => {
    expect(eventsOf(brief('About 700 officers will guard the courthouse on Friday, when judges read the verdict in the corruption trial of former mayor Ada Holm, the ministry said on Tuesday.')))
      .toEqual({ 'Verdict in the trial of Ada Holm': ['announcement', '2031-05-09'] });
    expect(eventsOf(brief('The verdict in the trial of Tomas Berg is expected on Thursday.'))).toEqual({ 'Verdict in the trial of Tomas Berg': ['announcement', '2031-05-08'] });
  });

  it('no verdict without a day, nor one overturned, nor a verdict of no named trial', () => {
    expect(eventsOf(brief('Judges will read the verdict in the trial of Ada Holm in due course. The verdict in the trial of Tomas Berg was overturned on Monday. He criticised the verdict on Monday.'))).toEqual({});
  });
});

describe('measures: an area a body will fence, seal or cordon off', () => {
  it('"will fence off the courthouse from 8 p.m. on Thursday" is a restricted zone named by what it closes, the body its operator', () => {
    const facts = read(brief('The Lakeside Police Directorate will fence off the courthouse from 8 p.m. on Thursday.'));
    expect(facts.measures.map((m) => [m.name, m.kind, m.operator_ids, m.start])).toEqual([['Courthouse fenced off', 'restricted_zone', ['lakeside-police-directorate'], '2031-05-08']]);
  });

  it('"cordoning off the square" likewise; nothing from fending off, nor from a deal sealed', () => {
    expect(read(brief('Officers began cordoning off the square at dawn on Monday.')).measures.map((m) => [m.name, m.kind])).toEqual([['Square cordoned off', 'restricted_zone']]);
    expect(read(brief('The team fended off a late attack, and the sides will seal the deal on Monday.')).measures).toEqual([]);
  });
});

describe('people and bodies: a head named after "the head of" a body, a group named before what it is', () => {
  it('"The head of the directorate, Ivo Lenz, told reporters that …" is the directorate\'s Head, and speaks', () => {
    const facts = read(brief('About 700 officers of the Lakeside Regional Police Directorate will guard the courthouse on Friday.\n\nThe head of the directorate, Ivo Lenz, told reporters that officers would keep the two sides apart.'));
    expect(facts.people.map((p) => [p.name, p.roles])).toEqual([['Ivo Lenz', [{ title: 'Head', organization_id: 'lakeside-regional-police-directorate', country: null }]]]);
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([['ivo-lenz', 'Officers would keep the two sides apart.']]);
  });

  it('a head word no body of the article ends with keeps the title whole, with no body', () => {
    const facts = read(brief('The head of the directorate, Ivo Lenz, told reporters that officers would keep the two sides apart.'));
    expect(facts.people.map((p) => [p.name, p.roles])).toEqual([['Ivo Lenz', [{ title: 'Head of the directorate', organization_id: null, country: null }]]]);
  });

  it('"The Citizens for Lakeside movement" is a political group, whose leader "Its leader, Ada Holm," is', () => {
    const facts = read(brief('The Citizens for Lakeside movement will march on Thursday. Its leader, Ada Holm, said the trial was political.'));
    expect(facts.organizations.map((o) => [o.id, o.kind])).toEqual([['citizens-for-lakeside', 'political_group']]);
    expect(facts.people.map((p) => (p.roles as Array<{ organization_id: string }>)[0]!.organization_id)).toEqual(['citizens-for-lakeside']);
    expect(facts.protests.map((p) => p.organizer_ids)).toEqual([['citizens-for-lakeside']]);
  });

  it('no group from one capitalised word before "movement", nor from a body whose head word is capitalised', () => {
    expect(read(brief('The Lakeside movement grew, and the Harbour Coalition said it would march.')).organizations.map((o) => o.name)).toEqual(['Harbour Coalition']);
  });
});

describe('bodies: a centre named as the employer of paramedics or nurses', () => {
  it('"paramedics of the Lakeside Emergency Aid Centre" is a body with their deployment, no venue', () => {
    const facts = read(brief('About 40 paramedics of the Lakeside Emergency Aid Centre will stand by outside the courthouse during the hearing.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Lakeside Emergency Aid Centre', 'agency']]);
    expect(facts.places.map((p) => p.name)).not.toContain('Lakeside Emergency Aid Centre');
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['lakeside-emergency-aid-centre', { value: 40, qualifier: 'approximately' }]]);
  });

  it('a centre where paramedics only wait stays a venue', () => {
    const facts = read(brief('Paramedics waited at the Lakeside Convention Centre on Monday.'));
    expect(facts.organizations).toEqual([]);
    expect(facts.places.map((p) => [p.name, p.kind])).toContainEqual(['Lakeside Convention Centre', 'venue']);
  });
});
