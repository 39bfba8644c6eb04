// What blind round 51 found ingest misreading (issue 20), each read by a general rule, on articles of our own: markers
// that open a line read as counts, a body's name cut at "and", names after a courtesy title, a title-only speaker
// whose title is last, and an expert's quote on the line below "comments:".
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('a marker opening a line (a clock time, a clause number)', () => {
  it('is no count of the force named after it', () => {
    const text = 'Alerts of the day\n\n08:58 Police have closed the harbour bridge.\n\n11:20 Lakeside Police say about 450 officers are at the scene.\n\n2.2 The Harbour Police Command reported that the quay was calm.\n';
    expect(read(text).deployments.map((d) => (d.personnel as { value: number }).value)).toEqual([450]);
  });
});

describe('a head word alone before "and" (rule organization.head-word)', () => {
  it('joins one body\'s name ("Police and Border Guard Board")', () => {
    expect(read(brief("Norway's Police and Border Guard Board will put about 900 officers on duty.")).organizations.map((o) => o.name)).toEqual(['Police and Border Guard Board']);
  });
  it('still ends a named body before it ("Harbour Police and Border Guard Board": two)', () => {
    expect(read(brief('The Harbour Police and Border Guard Board will put about 900 officers on duty.')).organizations.map((o) => o.name).sort()).toEqual(['Border Guard Board', 'Harbour Police']);
  });
});

describe('a name after a courtesy or academic title (rule person.honorific)', () => {
  it('is a person whatever the first name', () => {
    const { people, statements } = read(brief('Associate Professor Priya Raman said the searches sent the wrong message.'));
    expect(people.map((p) => p.name)).toEqual(['Priya Raman']);
    expect(statements.map((s) => s.speaker_id)).toEqual(['priya-raman']);
  });
  it('is none inside a street\'s name', () => {
    expect(read(brief('The march went along Rue Dr Eugène Laurent to the harbour.')).people).toEqual([]);
  });
});

describe('a speaker named by a title whose last word is the office ("the Prime Minister said")', () => {
  it('is the person who holds it', () => {
    const { statements } = read(brief('The Prime Minister, Ada Moen, opened the yard. The Prime Minister said the program would create many jobs in the state.'));
    expect(statements.map((s) => [s.speaker_id, s.text])).toContainEqual(['ada-moen', 'The program would create many jobs in the state.']);
  });
});

describe('"comments:" ending a line', () => {
  it('takes the quoted paragraph below as the speaker\'s quote', () => {
    const text = 'Expert reaction\n\nDr Ivo Lenz, harbour historian, Lakeside University, comments:\n"Nobody has yet built a bridge this long on the coast. The date is a target, not a promise."\n';
    expect(read(text).statements.map((s) => [s.speaker_id, s.kind, s.text])).toEqual([['ivo-lenz', 'quote', 'Nobody has yet built a bridge this long on the coast. The date is a target, not a promise.']]);
  });
});

describe('a club named by its abbreviation (organization.head-word: "FC", "SC")', () => {
  it('is a club after its name, the people of it left out', () => {
    expect(read(brief('Fans of Lakeside United FC marched to the ground of Eastby SC.')).organizations.map((o) => [o.name, o.kind]))
      .toEqual([['Lakeside United FC', 'club'], ['Eastby SC', 'club']]);
  });
  it('closes no name when it opens one ("SC Eastby")', () => {
    expect(read(brief('The final between Lakeside Rovers and SC Eastby was played on Sunday.')).organizations.map((o) => o.name)).not.toContain('Lakeside Rovers and SC');
  });
});

describe('a rank written out with its acronym before a name ("Deputy Commissioner of Police (DCOP) Ada Moen")', () => {
  it('is no body', () => {
    expect(read(brief('The commander, Deputy Commissioner of Police (DCOP) Ada Moen, said 17 people were arrested.')).organizations).toEqual([]);
  });
});

describe('"Alhaji" before a name', () => {
  it('is an honorific, not part of the name', () => {
    expect(read(brief('The Match Commissioner, Alhaji Issah Mahama, counted the crowd.')).people.map((p) => p.name)).toEqual(['Issah Mahama']);
  });
});

describe('"reported that"', () => {
  it('reports the words of its subject', () => {
    expect(read(brief('The Harbour Police Command reported that the quay had been calm all night.')).statements.map((s) => [s.speaker_id, s.text]))
      .toEqual([['harbour-police-command', 'The quay had been calm all night.']]);
  });
});

describe('an event named with a name that holds a digit ("G7")', () => {
  it('keeps it', () => {
    expect(read(brief('Police guarded the G7 Leaders\' Summit in Lakeside on Monday.')).events.map((e) => e.name)).toEqual(['G7 Leaders\' Summit']);
  });
});

describe('a body named in the possessive before a title (fortieth review test)', () => {
  it('is the role\'s body, its possessive no part of its name', () => {
    const { people, organizations } = read(brief("The Ministry of Defence's spokesman, Ivo Lenz, said 200 soldiers would help."));
    expect(organizations.map((o) => o.name)).toEqual(['Ministry of Defence']);
    expect(people.map((p) => [p.name, (p.roles as Array<{ organization_id: string }>)[0]!.organization_id])).toEqual([['Ivo Lenz', 'ministry-of-defence']]);
  });
});

describe('letters opening lines as a map\'s key ("A. Main stage")', () => {
  it('are markers where lines open with A, B and C alike, no initial of a name', () => {
    const text = 'Our map, pin by pin\n\nA. Main stage, Harbour Square. Concerts start at 19:00.\n\nB. Lenz Bridge. Closed to all traffic from 22:00.\n\nC. Holm Bridge. Closed to cars from 16:00.\n';
    expect(read(text).places.map((p) => p.name)).toEqual(expect.arrayContaining(['Lenz Bridge', 'Holm Bridge']));
    expect(read(text).places.map((p) => p.name)).not.toContain('B. Lenz Bridge');
  });
  it('stay a name\'s initial on a line of their own', () => {
    expect(read('Harbour notes\n\nJ. Holm Bridge was closed on Monday.\n').places.map((p) => p.name)).toContain('J. Holm Bridge');
  });
});

describe('a square named in Polish ("Plac Nowy")', () => {
  it('is a square', () => {
    expect(read(brief('Residents marched from Plac Nowy to the town hall on Monday.')).places.map((p) => [p.name, p.kind])).toContainEqual(['Plac Nowy', 'square']);
  });
});
