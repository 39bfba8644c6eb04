// Events recall on unseen news (issue 20, round 21): shapes in which wire copy states the gatherings an
// article names, each read by a general rule, on short articles of our own (never a blind article's words).
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

// 2031-05-06, the briefs' publication date, is a Tuesday.
describe('a festival programme written as a numbered or bulleted list', () => {
  it('numbered weekday lines are the festival\'s parts of their days: a route or a parade a festival part, a Mass a ceremony', () => {
    const text = brief('About 1,200 officers will be on duty in Lakeside for this weekend\'s Harbour Carnival, the police said. The organisers\' programme:\n\n'
      + '1. Saturday: the Boat Cortege, from Quay Square to the lighthouse, starting at 9 a.m.;\n'
      + '2. Sunday: the Night of Lanterns, a shorter parade along the same route;\n'
      + '3. Monday: the closing Mass for the crews at the Fishermen\'s Chapel.');
    expect(eventsOf(text)).toMatchObject({
      'Boat Cortege': ['festival', '2031-05-10'],
      'Night of Lanterns': ['festival', '2031-05-11'],
      'Closing Mass for the crews at the Fishermen\'s Chapel': ['ceremony', '2031-05-12'],
    });
  });

  it('a bulleted line of several days opens on its first; a gathering the line names is dated by it; a rite line a ceremony', () => {
    const text = brief('Police will guard the Lakeside Regatta, the week-long regatta of the old harbour that starts on Thursday. The dates:\n\n'
      + '* Thursday to Saturday: three days of the Junior Regatta, leaving the pier at 10 a.m.;\n'
      + '* Sunday, May 11: the blessing of the boats at the harbour mouth at dawn.');
    expect(eventsOf(text)).toMatchObject({
      'Junior Regatta': ['games', '2031-05-08'],
      'Blessing of the boats at the harbour mouth at dawn': ['ceremony', '2031-05-11'],
    });
  });

  it('a numbered line opening with a name, then its weekday, is that name\'s gathering of that day, counted forward', () => {
    const text = brief('Some 3,000 officers will be on duty for the Lakeside spring feast, which falls in three parts this year:\n\n'
      + '1. Candle Eve, the vigil, on Wednesday: the faithful walk from the hill chapels to the lake with candles.\n'
      + '2. Fisher Day on Thursday, the feast of the boatmen, when the nets are carried through the old town.');
    expect(eventsOf(text)).toMatchObject({ 'Candle Eve': ['festival', '2031-05-07'], 'Fisher Day': ['festival', '2031-05-08'] });
  });

  it('a numbered line honouring a dignitary is a ceremony, and one naming a ceremony the ceremony rules read is theirs, once', () => {
    const text = brief('About 900 officers will guard the Lakeside Harvest Festival, which opens on Friday. The programme:\n\n'
      + '1. Friday: the procession of the paramount chief, carried from Market Square to the palace;\n'
      + '2. Sunday: the closing ceremony at the stadium.');
    const events = eventsOf(text);
    expect(events).toMatchObject({ 'Procession of the paramount chief': ['ceremony', '2031-05-09'] });
    expect((Object.values(events) as Array<[string, string]>).filter(([, start]) => start === '2031-05-11')).toEqual([['ceremony', '2031-05-11']]);
  });

  it('a line in running text that opens with a name and a weekday, or a numbered line with no weekday, is no programme line', () => {
    const names = Object.keys(eventsOf(brief('Police will guard the Lakeside Harvest Festival, which opens on Friday. Ada Holm on Friday: a speech at the town hall.\n\n1. Lantern Walk: boats carry candles down the river.')));
    expect(names).not.toContain('Ada Holm');
    expect(names).not.toContain('Lantern Walk');
  });
});

describe('an earlier edition of the article\'s own event, told in passing', () => {
  it('"last year\'s feast" and "the 2027 inauguration": occasion words name last editions too, of the article\'s own event when its kind fits', () => {
    expect(eventsOf(brief('About 2,000 officers will be on duty for the Lakeside Lantern Festival on Friday. Hotels filled for last year\'s feast.'))).toMatchObject({ 'Lakeside Lantern Festival': ['festival', '2031-05-09'], '2030 Lakeside Lantern Festival': ['festival', '2030'] });
    const sworn = eventsOf(brief('Lakeside swears in Ada Holm as governor on Friday. The 2027 inauguration drew about 4,000 guests.'));
    expect(Object.values(sworn)).toContainEqual(['ceremony', '2027']);
  });

  it('a sentence about the event\'s own head word that tells what it drew last year is last year\'s edition', () => {
    const events = eventsOf(brief('Some 900 officers will be on duty each night of the Lakeside Tamborrada, the drumming pageant of the old town that starts on Friday. The tamborrada drew some 80,000 people over its three nights last year.'));
    expect(events).toMatchObject({ 'Lakeside Tamborrada': ['festival', '2031-05-09'], '2030 Lakeside Tamborrada': ['festival', '2030'] });
  });

  it('a comparison with last year, ", when" a clause names the event\'s word, is last year\'s edition; one naming none is no event', () => {
    const text = brief('About 5,000 officers will guard Saturday\'s Harbour Day parade. The city has set aside more for lighting than last year, when some 30,000 people lined the parade route.');
    // A parade of a capitalised Day is a ceremony (rule event.occasion): last year's is one too.
    expect(eventsOf(text)).toMatchObject({ 'Harbour Day parade': ['ceremony', '2031-05-10'], '2030 Harbour Day parade': ['ceremony', '2030'] });
    expect(Object.values(eventsOf(brief('About 5,000 officers will guard Saturday\'s Harbour Day parade. Ticket prices are up on last year, when they were lower.')))).not.toContainEqual(['ceremony', '2030']);
  });

  it('a body\'s last congress with its year, and two sides that last met in a match in a past year, are those editions', () => {
    expect(Object.values(eventsOf(brief('Some 800 delegates of the Harbour Party meet in Lakeside from Friday to Sunday to elect a new leader. At the party\'s last elective congress, in 2027, the count took all night.')))).toContainEqual(['summit', '2027']);
    expect(Object.values(eventsOf(brief('About 1,200 officers will be on duty for the second Test between Northton and Southby, which begins on Thursday. The two sides last met in a Test at the harbour ground in 2029, when the match was stopped by rain.')))).toContainEqual(['games', '2029']);
  });
});

describe('a past incident told by the harm it did "when" something happened', () => {
  it('people killed in a past year "when" an act happened, and a past year ", when" an act and its harm: an incident named by the act, dated by the year', () => {
    const killed = read(brief('Some 400 officers will line the route of Sunday\'s Lakeside Marathon. Two riders were killed in 2027 when a van ran into the peloton near the bridge.')).events.find((e) => e.kind === 'incident');
    expect(killed).toMatchObject({ name: 'Van ran into the peloton near the bridge', start: '2027', date_precision: 'year', rules: ['event.harm-when'] });
    const thrown = read(brief('About 1,500 officers will guard Sunday\'s Harbour Cup final. The two clubs last met in 2026, when bottles were thrown at the team bus and five people were hurt.')).events.find((e) => e.kind === 'incident');
    expect(thrown).toMatchObject({ name: 'Bottles were thrown at the team bus', start: '2026' });
  });

  it('rival supporters who clashed in a month, and people hurt: the last such month up to publication, derived', () => {
    const clash = read(brief('Some 800 delegates of the Harbour Party meet in Lakeside on Friday to elect a new leader. Rival supporters clashed outside the party office in September, and three people were hurt.')).events.find((e) => e.kind === 'incident');
    expect(clash).toMatchObject({ start: '2030-09', date_precision: 'month', derived: true });
  });

  it('harm with no past year or month, or a year with no harm, is no incident of this rule', () => {
    const kinds = (body: string) => read(brief(body)).events.filter((e) => (e.rules as string[] | undefined)?.includes('event.harm-when'));
    expect(kinds('Two riders were hurt when the road was wet, the organisers said.')).toEqual([]);
    expect(kinds('The clubs last met in 2026, when the home side won on penalties.')).toEqual([]);
    expect(kinds('Four people will be hurt in 2032 when the bridge closes, the council fears.')).toEqual([]);
  });
});

// 2031-05-06 is a Tuesday: its Sunday before is the 4th.
describe('an incident told as the subject of the harm it did (rule event.incident-harmed)', () => {
  it('is named by its word and place and dated by its sentence\'s past day, or the only past year written there', () => {
    const text = brief('About 900 officers will guard the Lakeside Fair, the police said.\n\n'
      + 'On Sunday, a crush at the north gate of Quay Park injured 17 people, two of them seriously.\n\n'
      + 'In 2027 an explosion at the old fuel depot killed two workers.');
    expect(eventsOf(text)).toMatchObject({
      'Crush at the north gate of Quay Park': ['incident', '2031-05-04'],
      'Explosion at the old fuel depot': ['incident', '2027'],
    });
  });

  it('proposes none for a harm still to come, one with no date, or one in quoted words', () => {
    const text = brief('About 900 officers will guard the Lakeside Fair on Saturday, the police said.\n\n'
      + 'Stewards fear a crush at the north gate could injure people on Saturday.\n\n'
      + 'A stampede near the ferry pier left 12 people hurt, the organisers recalled.\n\n'
      + '"On Sunday a brawl at the bar injured two men," the owner said.');
    expect(read(text).events.filter((e) => e.kind === 'incident')).toEqual([]);
  });

  it('dates an incident an edition "of" a past year came to ("The fair of 2029 ended in grief when three people died in a crush")', () => {
    const text = brief('About 900 officers will guard the Lakeside Fair on Saturday, the police said.\n\n'
      + 'The fair of 2029 ended in grief when three people died in a crush near the Old Temple.');
    expect(eventsOf(text)).toMatchObject({ 'Crush near the Old Temple': ['incident', '2029'] });
  });
});

describe('acts of a state visit or a royal programme in running sentences (rule event.ceremonial-act)', () => {
  it('agreements signed without an article, and a prayer at a named shrine, are ceremonies of their clause\'s day', () => {
    const text = brief('The president of Northland arrives in Lakeside on Wednesday for a three-day state visit, the foreign ministry said.\n\n'
      + 'The two foreign ministers are due to sign agreements on the railway and on power trading on Wednesday afternoon.\n\n'
      + 'The king will travel to the coast on Friday to pray at the Old Temple.');
    expect(eventsOf(text)).toMatchObject({
      'Signing of agreements': ['ceremony', '2031-05-07'],
      'Prayer at the Old Temple': ['ceremony', '2031-05-09'],
    });
  });

  it('proposes none for a prayer at no named place, nor for agreements signed with no day in the clause', () => {
    const text = brief('The president of Northland arrives in Lakeside on Wednesday for a three-day state visit.\n\n'
      + 'Thousands are expected to pray at home. The two ministers will sign agreements on trade, she said.');
    expect(read(text).events.filter((e) => e.kind === 'ceremony')).toEqual([]);
  });
});

describe('a day of the year named in capitals (rule event.named-day)', () => {
  it('is the occasion a force is on duty for, a festival, or a ceremony when a state commemorates it, dated by its sentence', () => {
    expect(eventsOf(brief('About 400 police officers will be on duty in the old town on Saturday for National Wine Day, when winemakers set up stalls on the square, the police said.')))
      .toEqual({ 'National Wine Day': ['festival', '2031-05-10'] });
    expect(eventsOf(brief('Veterans will gather at the memorial on Sunday to mark Liberation Day, and 300 officers will be on duty, the police said.')))
      .toEqual({ 'Liberation Day': ['ceremony', '2031-05-11'] });
  });

  it('proposes none for a day that names no gathering, nor when the article goes on to name the day\'s gathering', () => {
    expect(read(brief('About 400 officers will be on duty on Election Day, the police said.')).events.filter((e) => String(e.name).endsWith('Day'))).toEqual([]);
    const names = Object.keys(eventsOf(brief('About 400 officers will be on duty on Sunday for Harbour Day. The Harbour Day parade starts at noon.')));
    expect(names).not.toContain('Harbour Day');
  });
});

describe('an event over the days of a weekend the text counts', () => {
  it('"the three days of this weekend\'s Eastby Grand Prix" starts on the Friday, though its race is written on Sunday', () => {
    const text = brief("About 95,000 spectators are expected at the Eastby circuit over the three days of this weekend's Eastby Grand Prix, the biggest crowd on Sunday for the race, the circuit said.");
    expect(read(text).events.map((e) => [e.name, e.start, e.end])).toEqual([['Eastby Grand Prix', '2031-05-09', '2031-05-11']]);
  });
});

describe('round 22 shapes, each a general rule on sentences of our own', () => {
  it('a competition named "<Name> Cup" is an event, dated by its sentence ("The Harbour Cup opens on Friday night when …")', () => {
    const text = brief('The Harbour Cup opens on Friday night when hosts Eastland play Northland at the National Stadium. About 5,000 police officers will be on duty, the ministry said.');
    expect(eventsOf(text)).toMatchObject({ 'Harbour Cup': ['games', '2031-05-09'] });
  });

  it('an incident that hurt people "in December 2029" takes that month', () => {
    const text = brief('About 900 officers will guard the Lakeside Fair on Saturday, the police said.\n\n'
      + 'At a semi-final in December 2029, a crush at Gate 7 injured 14 people.');
    expect(eventsOf(text)).toMatchObject({ 'Crush at Gate 7': ['incident', '2029-12'] });
  });

  it('what a place or its people celebrate is a festival of that name; what a gathering celebrates is not (rule event.marked)', () => {
    expect(eventsOf(brief('Some 2,000 police officers will be on duty in Lakeside on Saturday as the capital celebrates Navruz, the Persian new year, the ministry said.')))
      .toEqual({ Navruz: ['festival', '2031-05-10'] });
    const marked = eventsOf(brief('About 300 officers will be on duty for the Lakeside parade on Saturday. The parade celebrates Founders Day, the police said.'));
    expect(Object.keys(marked)).not.toContain('Founders Day');
    // A Mass celebrated is a rite (rule event.rite), never a festival named "Mass".
    expect(read(brief('The bishop will celebrate Mass at the cathedral on Sunday, and 200 officers will be on duty.')).events.map((e) => [e.name, e.kind])).toEqual([['Mass', 'ceremony']]);
  });

  it('a race that starts "at 6:30 a.m. on Sunday" is to come: the weekday counts forward past the time of day', () => {
    const text = brief('Some 6,000 runners are entered for the Lakeside Half Marathon, which starts at 6:30 a.m. on Sunday on Quay Square, the organisers said.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Half Marathon': ['games', '2031-05-11'] });
  });
});

describe('a weekend of several events named in one sentence', () => {
  it('the article\'s own event takes the day written by its own head word, not by another event of its kind ("a derby on Saturday, a half marathon on Sunday")', () => {
    const text = brief('The city faces a busy weekend, with a football derby on Saturday afternoon and a half marathon on Sunday morning, and the police said on Tuesday it would have about 2,500 officers on duty.\n\n'
      + 'Some 6,000 runners are entered for the Lakeside Half Marathon, which finishes on Quay Square.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Half Marathon': ['games', '2031-05-11'] });
  });
});

describe('a court\'s verdict on a named person (rule event.verdict)', () => {
  it('is an announcement of its sentence\'s past day, named by the accused', () => {
    const text = brief('A court in Lakeside found former transport minister Ada Holm guilty of bribery on Monday evening and sentenced her to nine years in prison. About 300 officers kept her supporters and opponents apart outside the court, the police said.');
    expect(eventsOf(text)).toMatchObject({ 'Verdict in the trial of Ada Holm': ['announcement', '2031-05-05'] });
  });

  it('proposes none for a verdict awaited, one with no day, or one in quoted words', () => {
    const text = brief('The court could find Ada Holm guilty of bribery next month, her lawyer said. A jury convicted Tomas Berg of fraud, the paper recalled. "On Monday they found Ida Lund guilty of nothing," he said.');
    expect(read(text).events.filter((e) => e.kind === 'announcement')).toEqual([]);
  });
});

describe('a state of emergency declared on a stated day (rule event.emergency-declared)', () => {
  it('is an announcement of that day, named by its words', () => {
    const text = brief("Northland's government declared a 30-day state of emergency across the Western Division on Monday after three days of rain, and 400 soldiers were sent to the coast.");
    expect(eventsOf(text)).toMatchObject({ 'Declaration of a 30-day state of emergency across the Western Division': ['announcement', '2031-05-05'] });
  });

  it('proposes none for one asked for or that could come', () => {
    const text = brief('The opposition called for a state of emergency on Monday. The government could declare a state of emergency on Friday, the minister said.');
    expect(read(text).events.filter((e) => e.kind === 'announcement')).toEqual([]);
  });
});

describe('a match told by its two sides and a present-tense verb (rule event.sides-meet)', () => {
  it('is a games event "<home> v <away>" of the first day written after the sides', () => {
    const text = brief('About 2,500 officers will be on duty this weekend, the police said.\n\nLakeside Rovers host Northby United at the City Stadium at 3 p.m. on Saturday, and all 42,000 tickets are sold.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Rovers v Northby United': ['games', '2031-05-10'] });
  });

  it('proposes none for a host who is no side, nor for a match already read by its name', () => {
    expect(read(brief('Mayor Ada Holm hosts Prime Minister Ben Lee at the town hall on Friday, and 200 officers will be on duty.')).events.filter((e) => e.kind === 'games')).toEqual([]);
    const named = read(brief('On Saturday, Eastland play Northland in a World Cup qualifier at the National Stadium, and 3,000 officers will be on duty.')).events;
    expect(named.map((e) => e.name)).toEqual(['World Cup qualifier']);
  });
});

describe('a performer who headlines or gives a concert (rule event.headlined-concert)', () => {
  it('is a festival named by the performer, without the word for what they do, dated by the day written after', () => {
    const text = brief('About 1,700 officers will be on duty, the police said.\n\nSinger Ada Holm headlines a free open-air concert on the beach from 7 p.m. on Sunday, staged by a promoter that expects 60,000 people.');
    expect(eventsOf(text)).toMatchObject({ 'Ada Holm concert': ['festival', '2031-05-11'] });
  });

  it('proposes none without a day, nor for a festival headlined', () => {
    const text = brief('About 300 officers will be on duty, the police said. Ada Holm gave a concert there once. Ada Holm headlines the festival on Sunday.');
    expect(read(text).events.map((e) => e.name)).not.toContain('Ada Holm concert');
  });
});

describe('a gathering brought in with "a" and dated where it is written (rules event.indefinite-dated, event.day-then-indefinite)', () => {
  it('each of several gatherings in one sentence is an event of its own day and kind; a past month dates an earlier one, once', () => {
    const text = brief('Police will be busy this weekend, with a football derby on Saturday afternoon, a half marathon on Sunday morning and a free concert on the seafront on Sunday night, the police said on Monday.\n\n'
      + 'The stadium\'s last full house, a Harbour Cup semi-final in December 2029, ended with 14 people hurt.');
    expect(eventsOf(text)).toMatchObject({
      'Football derby': ['games', '2031-05-10'],
      'Half marathon': ['games', '2031-05-11'],
      'Free concert on the seafront': ['festival', '2031-05-11'],
    });
    // Read by the rule of an edition dated after its name too: one event.
    expect(read(text).events.filter((e) => e.start === '2029-12').map((e) => e.kind)).toEqual(['games']);
  });

  it('a clause opening with its day dates the gathering after it; a news conference, a march and an undated gathering are none', () => {
    const text = brief('On Sunday, a buzkashi tournament, in which riders race for a goat, will be held at the hippodrome. '
      + 'The minister told a news conference on Monday that a march on Saturday was allowed. A concert hall opens on Friday. A gala was planned.');
    expect(Object.keys(eventsOf(text))).toEqual(['Buzkashi tournament']);
    expect(eventsOf(text)['Buzkashi tournament']).toEqual(['games', '2031-05-11']);
  });

  it('the same gathering read by a more particular rule keeps that name and is one event', () => {
    const text = brief('The city will have a free concert on the beach on Sunday night.\n\nSinger Ada Holm headlines a free open-air concert on the beach from 7 p.m. on Sunday.');
    expect(Object.keys(eventsOf(text))).toEqual(['Ada Holm concert']);
  });
});

describe('a named gathering a clause puts in a past year, and a head word a longer name goes on from', () => {
  it('"the European Cup that Eastland co-hosted in 2012" is that edition, and the coming match stays the article\'s own event', () => {
    const text = brief('The Lakeside Police will deploy about 2,000 officers for the Harbour League quarter-final between Lakeside Rovers and Eastby United on Thursday, the police said.\n\n'
      + 'The city has hosted large away crowds before, including during the European Cup that Eastland co-hosted in 2012.');
    expect(eventsOf(text)).toMatchObject({
      'Harbour League quarter-final between Lakeside Rovers and Eastby United': ['games', '2031-05-08'],
      'European Cup of 2012': ['games', '2012'],
    });
  });

  it('"the Conference League" and "the Games Organising Committee" name no conference and no games', () => {
    const names = read(brief('Fans came for the Conference League match, the Games Organising Committee said on Monday.')).events.map((e) => e.name);
    expect(names).not.toContain('Conference');
    expect(names).not.toContain('Games');
  });
});

describe('a race named "Tour d\'…", its last time in a past year, and an adjective that names no gathering', () => {
  it('"the Tour d\'Eastland" is an event; "the last time the race finished here, in 2029" is the race\'s edition; "the only summit finish" is none', () => {
    const text = 'Tour d\'Eastland: Mountain Road Shut as Race Heads for Its Only Summit Finish\n\nLAKESIDE, May 6 (Wire) - The road to the lake will close on Thursday, when the Tour d\'Eastland ends its seventh stage there, the police said. '
      + 'It is the only summit finish of this year\'s race. The last time the race finished at the lake, in 2029, the crowd was smaller.';
    const events = read(text).events.map((e) => [e.name, e.kind, e.start]);
    expect(events).toContainEqual(['Race of 2029', 'games', '2029']);
    expect(events.map(([name]) => name)).toContain("Tour d'Eastland");
    expect(events.map(([name]) => name)).not.toContain('Only Summit');
  });
});

describe('a match named by its two sides after "the" (rule event.sides-between)', () => {
  it('is a games event of the day its clause states; none without a day', () => {
    expect(eventsOf(brief('The derby between Union de Lakeside and Dynamo de Eastby at the City Stadium finished 1-1 on Saturday afternoon, the police said.')))
      .toMatchObject({ 'Derby between Union de Lakeside and Dynamo de Eastby': ['games', '2031-05-03'] });
    expect(Object.keys(eventsOf(brief('The derby between Union de Lakeside and Dynamo de Eastby is the oldest in the country.')))).toEqual([]);
  });
});

describe('an incident that destroyed what it counts, told in a relative clause (rule event.incident-harmed)', () => {
  it('"a fire that destroyed 14 stalls at the Harbour Market on Sunday night" is an incident named by where it happened; "fire" in a body\'s name is none', () => {
    expect(eventsOf(brief('Police are investigating a fire that destroyed 14 stalls at the Harbour Market in Eastby on Sunday night.')))
      .toMatchObject({ 'Fire at Harbour Market': ['incident', '2031-05-04'] });
    expect(Object.keys(eventsOf(brief('The Lakeside Fire Service will put 40 firefighters at the market on Sunday.')))).toEqual([]);
  });
});

describe('disasters as incident words', () => {
  it('floods, a landslide and a wildfire that hurt, killed or destroyed are incidents of their day', () => {
    expect(eventsOf(brief('The floods in Eastby on Tuesday left 12 people hurt.'))).toMatchObject({ 'Floods in Eastby': ['incident', '2031-05-06'] });
    expect(eventsOf(brief('On Monday, a landslide near Eastby killed two people.'))).toMatchObject({ 'Landslide near Eastby': ['incident', '2031-05-05'] });
    expect(eventsOf(brief('A wildfire near Eastby on Monday destroyed 40 homes.'))).toMatchObject({ 'Wildfire near Eastby': ['incident', '2031-05-05'] });
  });
});

describe('gatherings named by more head words, dated by the verb their name is the subject of', () => {
  it('a parade, a week or an open after "the" or a possessive is a gathering of its kind; a street named "… Parade" is none', () => {
    const text = brief('The city hosts the Harbour Lights Parade on Friday night. The three-day Mountain Film Week opens on Thursday. '
      + 'Police will guard the Lakeside Open on Sunday. Soldiers will march on Horse Guards Parade.');
    expect(eventsOf(text)).toMatchObject({
      'Harbour Lights Parade': ['festival', '2031-05-09'],
      'Mountain Film Week': ['festival', '2031-05-08'],
      'Lakeside Open': ['games', '2031-05-11'],
    });
    expect(Object.keys(eventsOf(text))).not.toContain('Horse Guards Parade');
  });

  it('a Test named by its two sides is dated by the day its clause states', () => {
    expect(eventsOf(brief('The first Test between Northland and Southland starts at the Harbour Oval on Wednesday, May 14.'))).toMatchObject({
      'First Test between Northland and Southland': ['games', '2031-05-14'],
    });
  });
});

describe('an edition by the year written before its name, a period written after its venue', () => {
  it('"to host the 2048 Harbour Games" is that edition, dated by its year, not by the day the bid was made', () => {
    const events = eventsOf(brief('Lakeside formally entered the race to host the 2048 Harbour Games on Tuesday. The federation chooses the host in 2041.'));
    expect(events).toMatchObject({ 'Harbour Games': ['games', '2048'] });
  });

  it('"the Lakeside Championships at the City Stadium from Wednesday, May 14, to Sunday, May 18" is dated by that period', () => {
    const events = eventsOf(brief('The Harbour Games are years away. Lakeside hosts the Lakeside Athletics Championships at the City Stadium from Wednesday, May 14, to Sunday, May 18.'));
    expect(events).toMatchObject({ 'Lakeside Athletics Championships': ['games', '2031-05-14'] });
  });
});

describe('a day told as the second or third day of the article\'s own gathering (rule date.nth-day-of)', () => {
  it('counts the start back from that day, derived, the note saying so; the opening day is the start', () => {
    const second = read(brief('Leaders will gather on Friday for the second day of the Harbour Summit. The Harbour Summit ends on Saturday.'));
    expect(second.events.find((e) => e.name === 'Harbour Summit')).toMatchObject({ start: '2031-05-08', derived: true });
    expect(String(second.events.find((e) => e.name === 'Harbour Summit')!.note)).toContain("counted back 1 day from 'Friday' (2031-05-09, itself counted from the publication date), the second day");
    const opening = read(brief('Crowds will come on Friday for the opening day of the Lakeside Festival.'));
    expect(opening.events.find((e) => e.name === 'Lakeside Festival')).toMatchObject({ start: '2031-05-09' });
  });
});

describe('an election dated by its distance from a day its sentence states (rule date.offset-from-day)', () => {
  it('"on Saturday, a week before presidential and parliamentary elections" dates the elections a week after that Saturday, derived', () => {
    const facts = read(brief('Supporters of both parties will march on Saturday, a week before presidential and parliamentary elections.'));
    const election = facts.events.find((e) => e.kind === 'announcement')!;
    expect([election.start, election.derived]).toEqual(['2031-05-17', true]);
    expect(String(election.note)).toContain("date counted 7 days after 'Saturday' (2031-05-10");
  });
});

describe('a tour\'s stops listed in one sentence (rule event.tour-stops)', () => {
  it('each stop is a concert of its own day, later weekdays counted on from the one before and "next" as next week\'s', () => {
    const text = brief('The singer Mara Velde plays three stadiums in a week. The tour opens at the Harbour Arena in Lakeside on Friday, '
      + 'moves to Westfield Park on Sunday and closes at the Bowl in Eastby next Wednesday. All three shows are sold out, the promoter said.');
    expect(eventsOf(text)).toMatchObject({
      'Concert at the Harbour Arena': ['festival', '2031-05-09'],
      'Concert at Westfield Park': ['festival', '2031-05-11'],
      'Concert at the Bowl': ['festival', '2031-05-14'],
    });
  });

  it('a series of matches gives matches; one stop, or stops of no tour or series, give none', () => {
    const series = brief('The Test series starts at the Riverside Oval on May 14 and ends at Lakeside Park on May 30, the board said. Both matches are sold out.');
    expect(eventsOf(series)).toMatchObject({ 'Match at the Riverside Oval': ['games', '2031-05-14'], 'Match at Lakeside Park': ['games', '2031-05-30'] });
    const single = brief('The tour opens at the Harbour Arena on Friday. All the shows are sold out.');
    expect(Object.keys(eventsOf(single))).not.toContain('Concert at the Harbour Arena');
    const exhibition = brief('The exhibition opens at the Harbour Gallery on Friday and moves to the Town Hall on Sunday. The shows are free.');
    expect(Object.keys(eventsOf(exhibition)).filter((name) => name.startsWith('Concert at'))).toEqual([]);
  });
});

describe('a programme\'s gatherings dated by the words around their names', () => {
  it('a name the subject of a timetable verb after a time, a place or an appositive with "with" is dated by the day after it', () => {
    const text = brief('About 900 runners are registered for the Lakeside Half Marathon, which starts at 6 a.m. on Saturday outside the stadium. '
      + 'The Riverside Food Fair, with some 200 stalls from every province, takes over the station square on Monday.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Half Marathon': ['games', '2031-05-10'], 'Riverside Food Fair': ['festival', '2031-05-12'] });
  });

  it('an English head word with "of" names a gathering; what officials prepared for, and a programme\'s "on <day> with", come after', () => {
    const text = brief('Church officials prepared for the Procession of the Holy Cross on Wednesday, the busiest day of the year. '
      + 'The programme continues on Thursday with a vigil, and on Good Friday with the Procession of the Silent Brothers, which leaves the cathedral at 6 p.m.');
    expect(eventsOf(text)).toMatchObject({ 'Procession of the Holy Cross': ['festival', '2031-05-07'], 'Procession of the Silent Brothers': ['festival', '2031-05-09'] });
    // No "of" after the head word: a committee's name, no gathering.
    expect(Object.keys(eventsOf(brief('The Procession Committee met on Monday and approved the route.')))).toEqual([]);
  });
});
