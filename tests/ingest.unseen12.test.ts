// Shapes of unseen news the rules of issue 20's twelfth round read, on short articles of our own: a street
// of another language is no match, a gathering named head first in another language, a forum with a
// lowercase subject word, events whose parts fall on different weekdays.
import { describe, expect, it } from 'vitest';
import { extract, genericForceName, UNRESOLVED_SPEAKER } from '../src/ingest/extract.js';
import { flagUnsupported } from '../src/ingest/ingest.js';

// 2031-05-06 is a Tuesday.
const read = (text: string, published = '2031-05-06') => {
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};
const brief = (body: string) => `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;

describe('events of unseen news', () => {
  it('a street of another language whose particle is a lowercase "v" is no match between two sides', () => {
    const { events } = read(brief('Some 300 officers will guard the Lakeside marathon on Sunday. Roads will close as the runners pass:\n\n- West: Mlinska cesta and Ulica v Starem mlinu, from 9 a.m. to 2 p.m.;\n- East: Harbour Road, from 10 a.m. to 1 p.m.'));
    expect(events.map((e) => e.name)).toEqual(['Lakeside marathon']);
  });

  it('a gathering named head first in another language is the article\'s event, of the kind its lowercase word says', () => {
    const { events } = read(brief('Visitors to the Expo Nordland Maritima trade fair, which opens on Thursday at the Lakeside exhibition centre, will have to show identity papers.'));
    expect(events).toEqual([expect.objectContaining({ kind: 'festival', start: '2031-05-08', derived: true })]);
    expect(events[0]!.name).toMatch(/^Expo Nordland Maritima/);
  });

  it('a name in brackets after a gathering is the same gathering in its own language, and a venue named head first is no gathering', () => {
    const { events } = read(brief('The Harvest Festival (Festa da Ribeira), which opens on Friday, fills the Expo Centre.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Harvest Festival', kind: 'festival', start: '2031-05-09' })]);
  });

  it('a visit, the opening of a pavilion and a forum told on three weekdays are three events, each dated by its own clause\'s day', () => {
    const { events } = read(brief('The Nordland Fair opens on Tuesday. The Ruritanian president begins a three-day state visit in the capital on Wednesday. On Thursday morning he will open the Ruritanian pavilion at the fair, and on Friday he will address a Nordland-Ruritania business forum at the city hall. Bookings are up on the last edition, in 2029, when the fair drew 9,000 visitors.'));
    const byName = Object.fromEntries(events.map((e) => [e.name, [e.kind, e.start]]));
    expect(byName).toMatchObject({
      'Nordland Fair': ['festival', '2031-05-06'],
      'State visit': ['summit', '2031-05-07'],
      'Opening of the Ruritanian pavilion': ['ceremony', '2031-05-08'],
      'Nordland-Ruritania business forum': ['summit', '2031-05-09'],
      '2029 Nordland Fair': ['festival', '2029'],
    });
  });

  it('"from Friday to Sunday, when the park hosts the festival" dates the festival by those days', () => {
    const { events } = read(brief('Drones and glass bottles will be banned in Quay Park from Friday to Sunday, when the park hosts the Lakeside music festival, the mayor said on Tuesday.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside music festival', start: '2031-05-09', end: '2031-05-11', derived: true, rules: ['event.named-lowercase-head', 'date.period-when'] })]);
  });

  it('"the championships run from Tuesday, May 13, to Sunday, May 18" dates the event by that period, its plural word naming it', () => {
    const { events } = read(brief('Police will guard the Lakeside Rowing Championships next week, the minister said on Thursday. The championships run from Tuesday, May 13, to Sunday, May 18, at the lake.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside Rowing Championships', start: '2031-05-13', end: '2031-05-18' })]);
  });

  it('a day told of a part of the event ("the festival\'s main stage") does not date the event', () => {
    const { events } = read(brief('The Lakeside Festival ended on a quiet note. Shortly before midnight on Saturday, a barrier in front of the festival\'s main stage gave way.'), '2031-05-12');
    // The barrier that gave way is an incident of that Saturday (rule event.incident-act), the festival stays undated.
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside Festival', start: null }), expect.objectContaining({ kind: 'incident', start: '2031-05-10' })]);
  });

  it('a wedding rite and the wedding procession after it are two rites of their day; a wedding in quoted words is none; the last royal parade is dated by the day written after it', () => {
    const text = brief("Some 5,000 officers will guard Saturday's wedding procession of Princess Alba through the old town. The couple will marry in a private Christian rite at the castle chapel on Saturday morning. The last royal parade, for the jubilee on Jun. 2, 2022, drew 60,000 people. A protest group called it \"a wedding paid for by taxpayers\".");
    const byName = Object.fromEntries(read(text).events.map((e) => [e.name, [e.kind, e.start]]));
    expect(byName).toEqual({
      'Wedding procession of Princess Alba': ['ceremony', '2031-05-10'],
      'Christian rite': ['ceremony', '2031-05-10'],
      'Royal parade of 2022': ['ceremony', '2022-06-02'],
    });
  });

  it('a visit that starts on the day its guest arrives is dated by that day; signing, welcome and handover are ceremonies of their own clause\'s day, a time written before the day included', () => {
    const text = brief('The Ruritanian president arrives in the capital on Wednesday for a three-day state visit, and he and the prime minister are expected to sign a trade agreement at the old palace on Thursday, the ministry said on Tuesday. The prime minister will welcome her counterpart with military honours at 10 a.m. on May 8. The two will meet again on Saturday, where they will hand over the first 12 patrol boats, paid for by the union.');
    const byName = Object.fromEntries(read(text).events.map((e) => [e.name, [e.kind, e.start]]));
    expect(byName).toEqual({
      'State visit': ['summit', '2031-05-07'],
      'Signing of the trade agreement': ['ceremony', '2031-05-08'],
      'Welcome of the counterpart with military honours': ['ceremony', '2031-05-08'],
      'Handover of the first 12 patrol boats': ['ceremony', '2031-05-10'],
    });
  });

  it('an act with no day in its clause is no ceremony, nor one done in the past', () => {
    const { events } = read(brief('The ministers signed the agreement on Monday. They will hand over the patrol boats, paid for by the union, later this year.'));
    expect(events).toEqual([]);
  });
});

describe('deployments of unseen news', () => {
  it('"the 1,300 volunteers" after "about 1,300 volunteers" is the count told before, never a new one', () => {
    const { deployments } = read(brief('More than 400 police officers will be on duty for the Lakeside marathon on Sunday, the Harbour Police said. The organiser said the 400 officers would guard the finish. "The 400 were the officers at the finish at any one time," an inspector said.'));
    expect(deployments.map((d) => d.personnel)).toEqual([{ value: 400, qualifier: 'more_than' }]);
  });

  it('a unit opening its sentence "will be on standby" is deployed with no count; a unit with a count is not counted twice', () => {
    const { deployments, organizations } = read(brief("The Harbour Police will have 300 officers on duty on Sunday for the Lakeside marathon. The Special Response Unit (SRU), the force's tactical unit, will be on standby near the finish. The Harbour Police will be deployed along the route."));
    const unit = organizations.find((o) => o.name === 'Special Response Unit');
    expect(deployments).toEqual([
      expect.objectContaining({ personnel: { value: 300, qualifier: 'exactly' } }),
      expect.objectContaining({ organization_id: unit!.id, personnel: { value: null, qualifier: null }, rules: ['deployment.on-standby'] }),
    ]);
  });
});

describe('deployments of unseen news, counted in brackets and by their work', () => {
  it('a count in brackets after a body\'s acronym is that body\'s; people counted by their security work are all forces together, a generic count', () => {
    const { deployments, organizations } = read(brief('Security will be shared:\n\n1. detectives of the Harbour Police (HP) (around 250 of them), who will work in plain clothes;\n2. stewards of the club.\n\nWith the soldiers and stewards announced last week, more than 7,000 people will now work on the security of the Lakeside marathon, the minister said.'));
    expect(deployments.map((d) => [organizations.find((o) => o.id === d.organization_id)?.name ?? genericForceName(String(d.organization_id)), d.personnel])).toEqual([
      ['Harbour Police', { value: 250, qualifier: 'approximately' }],
      ['People work on the security', { value: 7000, qualifier: 'more_than' }],
    ]);
    expect(deployments[1]!.rules).toEqual(['deployment.security-workforce']);
  });
});

describe('measures of unseen news', () => {
  it('each item of a list a closure sentence introduces is a closure of its own, named by its way; the lead is none of its own', () => {
    const { measures } = read(brief('Some 300 officers will guard the Lakeside marathon on Sunday. Roads will be closed district by district as the runners pass:\n\n- North: Harbour Road and Mill Square, from 5 a.m. to 5 p.m.;\n- West: Ulica Morska between the ferry roundabout and Stone Lane, from 9 a.m. to 1 p.m.\n\nThe race starts at 9 a.m.'));
    expect(measures.map((m) => [m.kind, m.name])).toEqual([
      ['closure', 'Harbour Road and Mill Square closed'],
      ['closure', 'Ulica Morska between the ferry roundabout and Stone Lane closed'],
    ]);
  });

  it('bag checks at entrances, a bag checked by staff, drones not allowed over a course, detector checks and a listed ban of several things are read', () => {
    const { measures } = read(brief('He said officers would check bags at the entrances to the finish area and that drones would not be allowed over the course. Every bag will be checked by the club\'s stewards at the gates of the Lakeside Arena. The police listed the restrictions:\n\n- metal-detector checks at the 12 entrances to the stands;\n- no banners, placards, alcohol or folding chairs in the stands.'));
    expect(measures.map((m) => [m.kind, m.name])).toEqual([
      ['airspace_restriction', 'Drone ban'],
      ['ban', 'No banners, placards, alcohol or folding chairs in the stands'],
      ['inspection', 'Bag checks'],
      ['inspection', 'Metal-detector checks'],
    ]);
  });

  it('a measure with no operator in its words is the announcing body\'s, or the body\'s that lists it; residents who speak of it impose nothing', () => {
    const { measures, organizations } = read(brief('The Harbour City Council said Quay Road would be closed to private cars on Thursday. The Harbour Police listed the main restrictions for Saturday:\n\n- metal-detector checks at the 12 entrances to the stands;\n- no banners, placards, alcohol or folding chairs in the stands.\n\nThe Lakeside Residents\' Association said the road closure had cut them off.'));
    const name = (id: string | undefined) => organizations.find((o) => o.id === id)?.name;
    expect(measures.map((m) => [m.name, name((m.operator_ids as string[])[0])])).toEqual([
      ['Quay Road closed to private cars', 'Harbour City Council'],
      ['No banners, placards, alcohol or folding chairs in the stands', 'Harbour Police'],
      ['Metal-detector checks', 'Harbour Police'],
    ]);
  });
});


describe('statements of unseen news', () => {
  it('a paraphrase attributed at its end is read when a clause of when or a superlative apposition follows the attribution', () => {
    const { statements } = read(brief('About 900 officers will guard the Lakeside regatta, the Harbour Police said on Monday, the largest operation in the town since 2019. The port will add 300 stewards, the Harbour Police said on Monday, two days after a march through the town.'));
    expect(statements.map((s) => [s.speaker_id, s.text])).toEqual([
      ['harbour-police', 'About 900 officers will guard the Lakeside regatta.'],
      ['harbour-police', 'The port will add 300 stewards.'],
    ]);
  });

  it('a figure put on a march in the passive is said by the body named after "by"', () => {
    const { statements } = read(brief("Saturday's march through the old town was counted at 9,000 people by the Harbour Police."));
    expect(statements).toEqual([expect.objectContaining({ speaker_id: 'harbour-police', kind: 'paraphrase', text: "Saturday's march through the old town counted at 9,000 people.", rules: ['statement.estimate-by'] })]);
  });

  it('a quote attributed to a person read as no person is listed as unresolved, never given to the body of their title', () => {
    const { statements } = read(brief('The Harbour Union (HU) said drivers would strike on Sunday. "Sunday was not our choice of day; the company has had our demands since June," HU negotiator Ivo Lenz said.'));
    expect(statements.map((s) => s.speaker_id)).toEqual(['harbour-union', UNRESOLVED_SPEAKER]);
  });
});

describe('protests of unseen news', () => {
  it('"said on Monday, two days after a climate march" dates the march two days before the day of saying', () => {
    const { protests } = read(brief('The city will put 300 more officers on duty, the interior ministry said on Monday, two days after a climate march through Lakeside drew a far larger crowd than planned.'), '2031-05-06');
    expect(protests).toEqual([expect.objectContaining({ date: '2031-05-03', derived: true, rules: ['protest.planned', 'protest.days-after'] })]);
  });
});
