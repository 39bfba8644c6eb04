// What blind round 58 and the growth run before it found ingest reading wrong or missing (issue 20), each read by a
// general rule, on briefs of our own: the parts of a day named from the day of publication; a march that "went along"
// a street; an act done "in protest" dated by its paragraph; a cause after a saint's abbreviation; a magistrate, an
// instructor and a title after a plural possessive.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('a part of a day named from publication ("this morning", "tonight", "last night")', () => {
  it('dates the event it starts, derived, the note saying from what', () => {
    expect(eventsOf(brief('The Lakeside Marathon, which was due to start at 5.30 this morning, has been cancelled.'))).toEqual({ 'Lakeside Marathon': ['games', '2031-05-06'] });
    expect(eventsOf(brief('The Harbour Lights Festival opens tonight on the quay.'))).toEqual({ 'Harbour Lights Festival': ['festival', '2031-05-06'] });
    const [event] = read(brief('The Harbour Lights Festival opens tonight on the quay.')).events;
    expect(event).toMatchObject({ derived: true, note: expect.stringContaining("'tonight' counted from the publication date 2031-05-06") });
  });
  it('dates what was done "last night" the day before', () => {
    expect(read(brief('Police closed the Old Bridge last night.')).measures.map((m) => m.start)).toEqual(['2031-05-05']);
  });
  it('names no day of this year after "years ago", and none in "every morning"', () => {
    expect(read(brief('Forty years ago tonight, part of the east stand of the Lakeside Stadium gave way during a league match.')).events.map((e) => e.start)).not.toContain('2031-05-06');
    expect(eventsOf(brief('The Lakeside Marathon starts every morning at the harbour.'))).toEqual({ 'Lakeside Marathon': ['games', null] });
  });
});

describe('a protest told in the past with no protest verb of its own (rules protest.planned, protest.paragraph-day)', () => {
  it('is a march that "went along" a street on the day its sentence states', () => {
    expect(read(brief('Yesterday afternoon a march for the valley went along the Esplanade from Harbour Park to the barrier.')).protests.map((p) => [p.date, p.derived])).toEqual([['2031-05-05', true]]);
  });
  it('is an act done "in protest", dated by the sentence before it in its paragraph', () => {
    const [protest] = read(brief('On Friday, 2 May, the ferry did not run. That day the ferrymen tied up their boats at the quay and sat on the steps, in protest against the new licence fee.')).protests;
    expect(protest).toMatchObject({ date: '2031-05-02', target: 'the new licence fee', derived: true });
  });
  it('is none when the act is to come', () => {
    expect(read(brief('The ferrymen say they will sit on the steps in protest against the fee.')).protests).toEqual([]);
  });
});

describe('a gathering for a cause told by its verb (rule protest.told-by-verb)', () => {
  it('reads the cause past a saint\'s abbreviation', () => {
    expect(read(brief('On Sunday afternoon residents gathered on the steps of St. Anne\'s Cathedral to demand that the depot be moved.')).protests.map((p) => p.date)).toEqual(['2031-05-04']);
  });
});

describe('a title set off before a name (rule person.title-first)', () => {
  it('is a magistrate\'s, an instructor\'s, and one after a plural name\'s possessive', () => {
    const people = (text: string) => read(brief(text)).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title]);
    expect(people('The District Magistrate, Ivo Lenz, said on Thursday that the lamps had been lit.')).toEqual([['Ivo Lenz', 'District Magistrate']]);
    expect(people('Our chief flying instructor, Ada Moen, said the airspace would close.')).toEqual([['Ada Moen', 'Chief flying instructor']]);
    expect(people("Harbour Rovers' head coach, Ivo Lenz, said his players had won.")).toEqual([['Ivo Lenz', 'Head coach']]);
  });
});

describe('bodies named by their office or in their own language (rules organization.head-word, organization.local-language-body)', () => {
  const bodies = (text: string) => read(brief(text)).organizations.map((o) => [o.name, o.kind]);
  it('reads a police commissionerate, an Italian questura, a samiti, a comité and a red cross', () => {
    expect(bodies('The Lakeside Police Commissionerate said 63 children were lost.')).toEqual([['Lakeside Police Commissionerate', 'police_force']]);
    expect(bodies('The Questura di Lago said two officers were slightly hurt.')).toEqual([['Questura di Lago', 'police_force']]);
    expect(bodies('Members of the Lakeside Boatmen Sewa Samiti tied up their boats.')).toEqual([['Lakeside Boatmen Sewa Samiti', 'association']]);
    expect(bodies('The Comité des résidents de Lago called the rally.')).toEqual([['Comité des résidents de Lago', 'association']]);
    expect(bodies('Volunteers of the Cruz Roja Lagueña stood by.')).toEqual([['Cruz Roja Lagueña', 'association']]);
  });
  it('reads no red cross in a town named after the cross', () => {
    expect(bodies('The ferry to Santa Cruz de Lago was late.')).toEqual([]);
  });
});

describe('a closure denied by its subject (rule measure.closure)', () => {
  it('is none: "No street will be closed", "None of the bridges was shut"', () => {
    expect(read(brief('No street will be closed on Thursday.')).measures).toEqual([]);
    expect(read(brief('None of the bridges was shut on Thursday.')).measures).toEqual([]);
  });
  it('leaves a closure whose sentence opens on "No later than"', () => {
    expect(read(brief('No later than Friday the road will be closed.')).measures.map((m) => m.kind)).toEqual(['closure']);
  });
});

describe('places of other languages (rule place.venue)', () => {
  const places = (text: string) => read(brief(text)).places.map((p) => p.name).filter((n) => n !== 'Lakeside');
  it('reads a ghat, a malecón named first, and an Italian street whose name holds "sul"', () => {
    expect(places('Lamps were lit from Assi Ghat to Raj Ghat.')).toEqual(['Assi Ghat', 'Raj Ghat']);
    expect(places('The grandstands on the Malecón Simón Bolívar were full.')).toEqual(['Malecón Simón Bolívar']);
    expect(places('Via Nizza was closed between Corso Caduti sul Lavoro and Via Passo Buole.')).toEqual(['Via Nizza', 'Corso Caduti sul Lavoro', 'Via Passo Buole']);
  });
  it('reads a first name before "Arena" as a person, the Questore\'s name no venue', () => {
    const facts = read(brief('The Questore of Lago, Vincenzo Arena, said about 600 officers were on duty.'));
    expect([facts.places.map((p) => p.name).filter((n) => n !== 'Lakeside'), facts.people.map((p) => p.name)]).toEqual([[], ['Vincenzo Arena']]);
  });
});

describe('a ban a gathering opposes (rule measure.ban)', () => {
  it('is the protest\'s target, no ban of its own', () => {
    const facts = read(brief('Some 300 street vendors will gather in Harbour Square on Saturday morning to protest against the alcohol ban.'));
    expect([facts.measures, facts.protests.map((p) => p.target)]).toEqual([[], ['the alcohol ban']]);
  });
  it('leaves the ban itself a ban', () => {
    expect(read(brief('The alcohol ban starts on Saturday.')).measures.map((m) => m.kind)).toEqual(['ban']);
  });
});

describe('a finding\'s letter or number in brackets opening a line (line markers)', () => {
  it('is no part of the words after it', () => {
    const facts = read('Match report\n\n(f) The Lakeside City Council\'s ban on street vending near the stadium was enforced.\n(iv) Police closed Harbour Road on Sunday.\n');
    expect(facts.measures.map((m) => m.name).sort()).toEqual(['Lakeside City Council\'s ban on street vending near the stadium was enforced', 'Police closed Harbour Road']);
  });
});
