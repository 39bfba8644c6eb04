// What blind round 54 found ingest missing (issue 20), each read by a general rule, on articles of our own: a vehicle
// named by its operator that derailed, a match told by its score, a coronation told by "was crowned", a gathering named
// in the sentence before "The festival opened on …", and names after religious or traditional titles.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('a vehicle named by its operator that crashed or derailed (rule event.incident-act)', () => {
  it('is an incident of the day its sentence states', () => {
    expect(eventsOf(brief('At about 23:40 on Sunday, a Northern Lakes Rail (NLR) freight train derailed beside the ring road.'))).toEqual({
      'Derailment of a Northern Lakes Rail (NLR) freight train': ['incident', '2031-05-04'],
    });
  });
});

describe('a match told by its score (rule event.sides-result)', () => {
  it('is a match of the two sides on its day', () => {
    expect(eventsOf(brief('Lakeside Rovers beat Northby United 31-24 on Saturday night in front of 29,400 people.'))).toEqual({ 'Lakeside Rovers v Northby United': ['games', '2031-05-03'] });
  });
  it('is none without a score', () => {
    expect(eventsOf(brief('Lakeside Rovers beat Northby United on Saturday night.'))).toEqual({});
  });
});

describe('someone crowned (rule event.crowned)', () => {
  it('is a coronation of the day before its "when"', () => {
    const text = brief('Since Saturday, 3 May, when Oba Ade Lindqvist was crowned the 12th king of Lakeside at the palace, the market has been shut.');
    expect(eventsOf(text)).toEqual({ 'Coronation of Oba Ade Lindqvist': ['ceremony', '2031-05-03'] });
  });
  it('names the rite read before it by whose it is', () => {
    const text = brief('Nine objects from the coronation: a fan, a drum and a ticket. Since Saturday, 3 May, when Oba Ade Lindqvist was crowned king at the palace, the market has been shut.');
    expect(eventsOf(text)).toEqual({ 'Coronation of Oba Ade Lindqvist': ['ceremony', '2031-05-03'] });
  });
  it('is none for champions', () => {
    expect(eventsOf(brief('The champions were crowned on Saturday.'))).toEqual({});
  });
});

describe('a name in the sentence before "The festival opened on …" (rule event.named-then-kind)', () => {
  const review = (before: string) => `Eating out at festival time\n\nLAKESIDE, May 6 (Wire) - ${before}, and I went on Thursday, 1 May. The festival opened on Friday, 25 April and ends on Sunday, 11 May.\n`;
  it('is the festival, dated by the day it opened rather than the writer\'s visit', () => {
    expect(eventsOf(review('Eating out in the middle of the Harbour Dagen is brave'))).toEqual({ 'Harbour Dagen': ['festival', '2031-04-25'] });
  });
  it('is none when the name is a place', () => {
    expect(Object.keys(eventsOf(review('Eating out in the middle of the Netherlands is brave')))).toEqual([]);
  });
});

describe('a name after a religious or traditional title (rule person.honorific)', () => {
  it('is a person', () => {
    const { people } = read(brief("Police said about 500 people took part; the market's leader, Alhaja Ada Okonkwo, said 4,000. Oba Ade Lindqvist thanked them and Sir Ben Holm spoke."));
    expect(people.map((p) => p.name).sort()).toEqual(['Ada Okonkwo', 'Ade Lindqvist', 'Ben Holm']);
  });
});

describe('an occupation set off before a name (rule person.title-first)', () => {
  it('names the person, whatever the trade', () => {
    const { people } = read(brief("The chef, Ada Verhoeven, who took over from her father, cooks fish. The board's lead investigator, Ivo Lenz, said it was far too early to say why."));
    expect(people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ada Verhoeven', 'Chef'], ['Ivo Lenz', 'Lead investigator']]);
  });
  it('is no new person when only an honorific and a surname are given', () => {
    expect(read(brief('Mr Lenz, a moped rider from the old town, said he had lost a whole day of work.')).people).toEqual([]);
  });
});

describe('a nationality word that is no country the story talks about', () => {
  const update = (lines: string) => `Save the ridge: our legal fund\nOrganised by Ridge Watch | ${lines}\n\nThe Mayor of Belo Horizonte, Ada Moen, said on Wednesday that the city would appeal.\n\nWHO IS WITH US\n\nTwelve groups have joined.\n`;
  it('leaves a city of the one country the gazetteer gives it a place ("English version", "WITH US")', () => {
    expect(read(update('English version'), '2031-05-06').places.map((p) => p.name)).toContain('Belo Horizonte');
  });
  it('still counts where the story talks about another country', () => {
    expect(read(update('English version, from our American partners'), '2031-05-06').places.map((p) => p.name)).not.toContain('Belo Horizonte');
  });
});

describe('a force named "Police" and its place (rule organization.police-of-place), or "Sheriffs"', () => {
  it('is that force, whole, with its count', () => {
    const { organizations, deployments } = read(brief('Police Zone Ghent says about 450 officers are on duty each night. The Alberta Sheriffs say up to 40 of their officers are helping with traffic.'));
    expect(organizations.map((o) => o.name)).toEqual(['Police Zone Ghent', 'Alberta Sheriffs']);
    expect(deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value])).toEqual([['police-zone-ghent', 450], ['alberta-sheriffs', 40]]);
  });
  it('is none before a person\'s name or a common word', () => {
    const { organizations } = read(brief('Inspector-General of Police Francis Turay said the Police Force had 900 officers out.'));
    expect(organizations.map((o) => o.name)).not.toContain('Police Francis');
  });
});

describe('a count a body gives of itself', () => {
  const counts = (body: string) => read(brief(body)).deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value]);
  it('is of the body "the <head word>" names ("The command says it deployed …")', () => {
    expect(counts('The Harbour State Police Command closed all roads. The command says it deployed more than 3,000 officers across the city.')).toEqual([['harbour-state-police-command', 3000]]);
  });
  it('counts "operatives" as a force', () => {
    expect(counts('The Lakeside Security Network says 600 of its operatives were on duty.')).toEqual([['lakeside-security-network', 600]]);
  });
});

describe('"told us" or "told reporters" before a clause without "that" (rule statement.said-clause)', () => {
  it('is what the speaker said', () => {
    const { statements } = read(brief("The stadium's access coordinator, Ada Moen, told us 140 wheelchair spaces had been sold, the most for any test."));
    expect(statements.map((s) => [s.speaker_id, s.text])).toEqual([['ada-moen', '140 wheelchair spaces had been sold, the most for any test.']]);
  });
  it('leaves a quote whose attribution ends with the place and day it was said to its trailing speaker', () => {
    const { statements } = read(brief('"The slope is stable, but we will not send trucks under it yet," Minister Ada Moen told reporters in Lakeside on Saturday.'));
    expect(statements.map((s) => [s.speaker_id, s.kind])).toEqual([['ada-moen', 'quote']]);
  });
});

describe('a gathering "staged" on a weekday', () => {
  const dateOf = (verb: string) => read(brief(`About 300 drivers ${verb} a sit-in outside Lakeside Bus Station on Monday to demand a new rank during the regatta.`)).protests.map((p) => p.date);
  it('was the last such day before publication, not the next', () => {
    expect(dateOf('staged')).toEqual(['2031-05-05']);
  });
  it('is the next when it will be staged', () => {
    expect(dateOf('will have')).toEqual(['2031-05-12']);
  });
});

describe('a closure "between" two weekdays', () => {
  it('runs from the first to the second', () => {
    const { measures } = read(brief('The council will close Harbour Road to motor vehicles between Thursday and Sunday, its chairman said.'));
    expect(measures.map((m) => [m.start, m.end])).toEqual([['2031-05-08', '2031-05-11']]);
  });
});
