// What the thirty-ninth review test found ingest missing (issue 20), each read by a general rule, on briefs of our own:
// an officer set off after "whose", conscripts as a force, a rule that something "may not be sold", and its weekday ahead.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('a title after "whose" and a name set off by commas (rules person.title-first, person.role-body-its)', () => {
  it('is a person of the body named right before "whose", who speaks', () => {
    const facts = read(brief('The march was called by the Lakeside Taxi Union, whose chairman, Ivo Lenz, said the drivers had asked for a lane.'));
    const union = facts.organizations.find((o) => o.name === 'Lakeside Taxi Union')!;
    expect(facts.people.map((p) => [p.name, p.roles])).toEqual([['Ivo Lenz', [expect.objectContaining({ title: 'Chairman', organization_id: union.id })]]]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual([facts.people[0]!.id]);
  });
});

describe('conscripts (rule deployment.count)', () => {
  it('are a force of the body that sends them', () => {
    const facts = read(brief('The Eastland Defence Forces will send around 400 conscripts to direct traffic near the grounds.'));
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['eastland-defence-forces', { value: 400, qualifier: 'approximately' }]]);
  });
});

describe('"may not be sold or drunk" (rule measure.ban)', () => {
  it('is a ban, and the weekday it runs from lies ahead (a rule stated in the present)', () => {
    // 2031-05-06, the briefs' publication date, is a Tuesday: the Friday after it is 2031-05-09.
    const facts = read(brief('Alcohol may not be sold or drunk in Harbour Park from Friday evening, the mayor said.'));
    expect(facts.measures.map((m) => [m.kind, m.start])).toEqual([['ban', '2031-05-09']]);
  });
});

describe('a gathering against a closure (rules protest.told-by-verb, measure.closure)', () => {
  it('is a convoy held where it drove, its target no closure of its own and no place of it', () => {
    const facts = read(brief('About 150 taxi drivers drove in a slow convoy around Freedom Square on Monday against the Quay Road closure.'));
    expect(facts.protests.map((p) => [p.name, p.size, facts.places.filter((pl) => (p.place_ids as string[]).includes(pl.id)).map((pl) => pl.name)]))
      .toEqual([['Convoy in Freedom Square on 2031-05-05', { value: 150, qualifier: 'approximately' }, ['Freedom Square']]]);
    expect(facts.measures).toEqual([]);
  });
});

describe('a title after "its" and a word of grade (rule person.role-body-its)', () => {
  it('is of the body the sentence opens with', () => {
    const facts = read(brief('The Lakeside Song Foundation expects about 90,000 visitors, its executive director, Ada Moen, told a news conference.'));
    expect(facts.people.map((p) => [p.name, p.roles])).toEqual([['Ada Moen', [expect.objectContaining({ title: 'Executive director', organization_id: 'lakeside-song-foundation' })]]]);
  });
});
