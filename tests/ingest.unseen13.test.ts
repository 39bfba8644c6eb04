// Shapes of unseen news the rules of issue 20's thirteenth round read, on short articles of our own: a
// gathering told only by its weekday, a month that names an earlier gathering, a programme of days, an
// edition told by what it drew last year, a period counted back from its last day, a Mass celebrated, an
// incident after a past year, a race named with a particle of another language.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';


describe('events of unseen news, round 13', () => {
  it('a gathering told only by a weekday\'s possessive is the article\'s own event, named by its words and sides; the same word with a past month is an earlier one', () => {
    expect(eventsOf(brief('About 800 officers will be on duty for Saturday\'s free open-air concert on the lakefront, the ministry said on Tuesday. The concert, the last night of the summer season, drew about 20,000 people last year.'))).toEqual({
      'Free open-air concert': ['festival', '2031-05-10'],
      '2030 Free open-air concert': ['festival', '2030'],
    });
    expect(eventsOf(brief('Police will guard Sunday\'s derby between Northton and Southby, the first since the March derby was halted by fighting. A bout in the same arena in 2029 ended in a stampede.'))).toEqual({
      'March derby': ['games', '2031-03'],
      'Derby between Northton and Southby': ['games', '2031-05-11'],
      Stampede: ['incident', '2029'],
    });
  });

  it('a gathering named elsewhere in the article keeps a weekday\'s possessive as its own mention, not a second event', () => {
    const names = Object.keys(eventsOf(brief('Police will guard the Lakeside Harbour Festival, which opens on Friday. Saturday\'s parade is its highlight.')));
    expect(names).not.toContain('Parade');
  });

  it('a programme of weekday lines in a story about no festival gives one event per day, counted forward; a line naming a rite is that rite, of its day', () => {
    const text = brief('The bishop will celebrate Mass at the cathedral on Saturday afternoon. The route for each day:\n\n* Friday: from the chapel on the hill to the old cathedral, leaving at 6 a.m.;\n* Sunday: a thanksgiving service at the harbour, from noon.');
    expect(eventsOf(text)).toEqual({
      Mass: ['ceremony', '2031-05-10'],
      'From the chapel on the hill to the old cathedral': ['festival', '2031-05-09'],
      'Thanksgiving service': ['ceremony', '2031-05-11'],
    });
  });

  it('a festival\'s own programme gives its shows as parts of their days (round 15 changed this: coders record them)', () => {
    const text = brief('Police will guard the Lakeside Harbour Festival, which opens on Friday. The programme:\n\nFriday - a parade of boats along the quay.\nSaturday - a concert on the pier.');
    expect(eventsOf(text)).toEqual({
      'Lakeside Harbour Festival': ['festival', '2031-05-09'],
      'Parade of boats along the quay': ['festival', '2031-05-09'],
      'Concert on the pier': ['festival', '2031-05-10'],
    });
  });

  it('"the three-day festival, which ended on Sunday night" starts two days before, derived; a summit that last came in 2019 is that edition', () => {
    const [festival] = read(brief('Police arrested 40 people during the three-day Lakeside music festival, which ended on Sunday night, a spokesman said on Monday.'), '2031-05-13').events;
    expect(festival).toMatchObject({ name: 'Lakeside music festival', start: '2031-05-09', end: '2031-05-11', derived: true, rules: ['event.named-lowercase-head', 'date.duration-ended'] });
    expect(eventsOf(brief('Some 9,000 officers will guard the Lakeside Trade Summit, which opens on Wednesday. The summit last came to the city in 2019, when it drew 1,800 delegates.'))).toEqual({
      'Lakeside Trade Summit': ['summit', '2031-05-07'],
      '2019 Lakeside Trade Summit': ['summit', '2019'],
    });
  });

  it('a guest welcomed at an official ceremony who will lay a wreath the same day: two ceremonies of that day', () => {
    const names = eventsOf(brief('The Ruritanian president will be welcomed at an official ceremony at the Old Palace on Friday morning and will lay a wreath at the Unity Memorial the same day.'));
    expect(names).toMatchObject({ 'Official ceremony': ['ceremony', '2031-05-09'], 'Wreath-laying at the Unity Memorial': ['ceremony', '2031-05-09'] });
  });

  it('an incident told by what was done to someone, or after a past edition named before it, is dated by that edition\'s year', () => {
    const text = brief('Police will guard the Lakeside Harbour Festival, which opens on Friday. At the 2029 edition, a man was stabbed near the main gate on the closing night. Changes followed the 2027 festival, when a crush near the main stage left nine people hurt.');
    expect(eventsOf(text)).toMatchObject({ 'Stabbing near the main gate': ['incident', '2029'], 'Crush near the main stage': ['incident', '2027'] });
  });

  it('an incident told by what a crowd did or what gave way on a stated past day is an incident of that day; one to come is none', () => {
    const text = brief('The Lakeside Harbour Festival ended on Sunday night. On Sunday night, a crowd pushed against Gate 3 when it opened late, and nine people were hurt. Shortly before midnight on Saturday, a metal barrier in front of the main stage gave way. Organisers fear fans could push against the gates on Friday.');
    expect(eventsOf(text, '2031-05-12')).toMatchObject({ 'Crowd push against Gate 3': ['incident', '2031-05-11'], 'Collapse of a barrier': ['incident', '2031-05-10'] });
    expect(Object.keys(eventsOf(text, '2031-05-12'))).toHaveLength(3);
  });

  it('a race named with a particle of another language is the article\'s event', () => {
    expect(eventsOf(brief('About 900 officers will line the course of the Gran Premio de Lagoa cycling race on Sunday, the ministry said on Thursday.'))).toEqual({
      'Gran Premio de Lagoa cycling race': ['games', '2031-05-11'],
    });
  });
});

describe('measures and counts of unseen news, round 13', () => {
  it('people checked at checkpoints are an inspection (one per clause), the checkpoints no zone of their own', () => {
    const { measures } = read(brief('Police said cars entering the security zone around the hall would be searched at five checkpoints, and that passes would be checked against the guest list at two rings of checkpoints.'));
    expect(measures.map((m) => m.kind).sort()).toEqual(['inspection', 'inspection', 'restricted_zone']);
  });

  it('a question in an interview names no measure; its answer does, and a lead that closes a street and bans drones names two', () => {
    const text = `Police set out closures\n\nLAKESIDE, May 6 (Wire) - The city will close streets around the old palace and ban drones over the harbour district for the visit, the police said on Tuesday.\n\nQ: Which roads will be closed?\n\nHOLM: Palace Street will be closed to all traffic from 6 a.m. to noon on Friday.\n\nQ: Can people fly drones to film the motorcade?\n\nHOLM: No.\n`;
    const { measures } = read(text);
    expect(measures.map((m) => [m.kind, m.name])).toEqual([
      ['airspace_restriction', 'Drone ban'],
      ['closure', 'Streets around the old palace closed'],
      ['closure', 'Palace Street closed to all traffic'],
    ]);
  });

  it('"a ban on hawking along the road" is a ban: the "on" after a ban names what it bans, not a period', () => {
    const { measures } = read(brief('Inspectors will enforce a ban on hawking along Harbour Road on Friday.'));
    expect(measures).toEqual([expect.objectContaining({ kind: 'ban', name: 'Inspectors will enforce a ban on hawking along Harbour Road', start: '2031-05-09' })]);
  });

  it('things that "may not be brought in" are banned', () => {
    const { measures } = read(brief('Every bag will be searched at the gates of the Lakeside Festival, and alcohol, glass and umbrellas may not be brought in, the director said.'));
    expect(measures.map((m) => m.kind).sort()).toEqual(['ban', 'inspection']);
  });

  it('traders told to close their stalls on a street close no street', () => {
    expect(read(brief('Traders on the harbour street have been told to close their stalls for the day.')).measures).toEqual([]);
  });

  it('minutes and the part of another count are no force', () => {
    const { deployments } = read(brief('The gate was held shut for 25 minutes on police advice. Nine people, five of them police officers, were treated for minor injuries.'));
    expect(deployments).toEqual([]);
  });
});

describe('bodies giving a count, round 13', () => {
  it('a body "which will station" volunteers, or that "will keep" firefighters on the route, gives that count', () => {
    const { deployments, organizations } = read(brief('Other bodies will take part:\n\n1. the Lakeside Volunteer Corps, which will station some 300 volunteers and 12 ambulances at the site;\n2. the Lakeside Fire Brigade, which will keep 150 firefighters along the route.'));
    const bodyOf = (id: unknown) => organizations.find((o) => o.id === id)?.name;
    expect(deployments.map((d) => [bodyOf(d.organization_id), d.personnel])).toEqual([
      ['Lakeside Volunteer Corps', { value: 300, qualifier: 'approximately' }],
      ['Lakeside Fire Brigade', { value: 150, qualifier: 'exactly' }],
    ]);
  });

  it('men are a force only before a body\'s name', () => {
    const { deployments, organizations } = read(brief('The officers will be backed by up to 600 men of the Lakeside Reserve Unit (LRU). Two men were arrested near the gate on Monday.'));
    expect(deployments.map((d) => [organizations.find((o) => o.id === d.organization_id)?.name, d.personnel])).toEqual([['Lakeside Reserve Unit', { value: 600, qualifier: 'up_to' }]]);
  });
});
