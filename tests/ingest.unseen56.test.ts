// What blind round 56 found ingest missing (issue 20), each read by a general rule, on briefs of our own: a speaker set
// off by commas who calls something by quoted words, a line giving a person's quote after their name and a colon, a
// march or convoy told by "walked" or "rode" with its cause, a venue opened by "Stadion" and never closed by a score, a
// first name written with its accents, a club's name before a lowercase title, an office one word into a title, a
// second speaker's hedged clause, a hillside that gave way, a summit named on after "of".
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const statementsOf = (text: string) => read(text).statements.map((s) => [s.speaker_id, s.kind, s.text]);

describe('quoted words a speaker calls something by (rule statement.characterisation)', () => {
  it('are the quote of a titled speaker set off by commas', () => {
    expect(statementsOf(brief('At the opening, the mayor, Ada Moen, called the pier "a gift to the whole of the city".'))).toEqual([['ada-moen', 'quote', 'a gift to the whole of the city.']]);
  });
  it('are the quote of a speaker who acts first ("opened it by calling")', () => {
    expect(statementsOf(brief('The mayor, Ada Moen, opened the fair by calling the town "a harbour that never sleeps".'))).toEqual([['ada-moen', 'quote', 'a harbour that never sleeps.']]);
  });
  it('are nobody\'s when the words name no one before "called"', () => {
    expect(statementsOf(brief('The pier, called "the Long Arm of the Harbour" by sailors, opened on Monday.'))).toEqual([]);
  });
});

describe('a line giving a person\'s quote after their name and a colon (rule statement.labelled-quote)', () => {
  const text = 'Highlights of the match\n\nChapters\n14:30 Full time.\n15:05 Ivo Lenz, Lakeside head coach: "The crowd played the second half for us. I only had to pick the eleven."\n17:20 Replays: "the best goal of the season, from every angle"\n';
  it('is that person\'s one quote, whatever sentences it holds, after a time too', () => {
    const facts = read(text);
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)])).toEqual([['Ivo Lenz', ['Head coach']]]);
    expect(facts.statements.map((s) => [s.speaker_id, s.kind, s.text])).toEqual([['ivo-lenz', 'quote', 'The crowd played the second half for us. I only had to pick the eleven.']]);
  });
  it('is none when the words are not quoted', () => {
    expect(statementsOf('Notes\n\nAda Moen, harbour master: we keep the quay shut until Sunday.\n')).toEqual([]);
  });
});

describe('a march or convoy told by its verb and its cause (rule protest.told-by-verb)', () => {
  it('reads "rode in convoy … against" and "walked … against" as protests of their day', () => {
    expect(read(brief('On Tuesday, riders rode in convoy to the governor\'s office against the ban.')).protests.map((p) => [String(p.name).split(' ')[0], p.date])).toEqual([['Convoy', '2031-05-06']]);
    expect(read(brief('On Sunday, supporters walked from the harbour to the stadium against the ticket plan.')).protests.map((p) => [String(p.name).split(' ')[0], p.date])).toEqual([['March', '2031-05-04']]);
  });
  it('reads no protest in a walk without a cause', () => {
    expect(read(brief('On Tuesday, the minister walked from the harbour to the stadium.')).protests).toEqual([]);
  });
});

describe('a venue opened by "Stadion" (rule place.venue)', () => {
  it('is named by its words, never by a score after them', () => {
    expect(read(brief('The visitors won the first derby at Stadion Lipa 3-0 in October.')).places.map((p) => [p.name, p.kind])).toContainEqual(['Stadion Lipa', 'venue']);
  });
});

describe('people', () => {
  it('read a first name written with its accents as the plain one is read', () => {
    expect(read(brief('José Ortega said the quay would stay closed.')).people.map((p) => p.name)).toEqual(['José Ortega']);
  });
  it('read a club\'s name before a lowercase title as whose title it is', () => {
    expect(read(brief('Ivo Lenz, Lakeside head coach, said the crowd won it.')).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ivo Lenz', 'Head coach']]);
  });
  it('read no person from an office one word into a title ("Chief Cabinet Secretary")', () => {
    expect(read(brief('Chief Cabinet Secretary Ada Moen spoke first.')).people.map((p) => p.name)).not.toContain('Cabinet Secretary Ada');
  });
});

describe('a second speaker\'s clause (rule statement.said-clause)', () => {
  it('opens on a hedged count ("says up to 400 …") as on a bare one', () => {
    expect(statementsOf(brief('The Harbour Police say about 2,000 officers are on duty, and the Lake Police says up to 400 more patrol the riverbanks.')).map(([speaker]) => speaker)).toEqual(['harbour-police', 'lake-police']);
  });
});

describe('what gave way (rule event.incident-act)', () => {
  it('is an incident of its day when a hillside gave way', () => {
    expect(read(brief('At about 4 a.m. on Tuesday, 4 May, a hillside gave way above the town and buried 20 houses.')).events.map((e) => [e.kind, e.start])).toEqual([['incident', '2031-05-04']]);
  });
});

describe('a gathering\'s head word named on after "of" (rule event.named)', () => {
  it('is the whole name, of the head word\'s kind, its acronym the body\'s', () => {
    const facts = read(brief('The Summit of the Lake States Community (LSC) Heads of State opened on Tuesday at the conference centre.'));
    expect(facts.events.map((e) => [e.name, e.kind, e.start])).toEqual([['Summit of the Lake States Community (LSC) Heads of State', 'summit', '2031-05-06']]);
    expect(facts.organizations.map((o) => [o.name, o.acronym])).toEqual([['Lake States Community', 'LSC']]);
  });
  it('stays the head word\'s own name with no capitals after "of"', () => {
    expect(read(brief('The Summit of leaders opened on Tuesday at the conference centre.')).events.map((e) => e.name)).not.toContain('Summit of leaders');
  });
});
