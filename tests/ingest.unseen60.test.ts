// What blind round 60 found ingest reading wrong or missing (issue 20), each read by a general rule, on briefs of
// our own: bodies opening a sentence with a compass word, the sides of a result, sites named after a person, words
// written to an outlet, a march coming down a street, a person named before "who speaks for".
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

const names = (text: string, kind: 'organizations' | 'people' | 'places') => read(brief(text))[kind].map((f) => f.name);

describe('a body whose name opens its sentence with a compass word (rule organization.head-word)', () => {
  it('keeps the word when a place the gazetteer knows follows it', () => {
    expect(names('Greater Leeds Transport Authority said the trams would run all night.', 'organizations')).toEqual(['Greater Leeds Transport Authority']);
    const facts = read(brief('Greater Manchester Police said on Monday that more than 450 officers had been on duty.'));
    expect(facts.deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value])).toEqual([['greater-manchester-police', 450]]);
  });
  it('is no body when no place follows the word', () => {
    expect(names('Western Police said 40 officers were there.', 'organizations')).toEqual([]);
  });
});

describe('the sides of a result (rule organization.result-sides)', () => {
  it('are clubs, without the words opening the sentence', () => {
    const clubs = read(brief('On Sunday Lakeside Rovers drew with Northby City 1-1 at the City Ground.')).organizations;
    expect(clubs.map((o) => [o.name, o.kind])).toEqual([['Lakeside Rovers', 'club'], ['Northby City', 'club']]);
  });
  it('are the club already read when the side is its name without the closing letters', () => {
    const text = brief('Police prepared for the final between Harbour CP and Northby United. Northby United beat Harbour 2-1 in October.');
    expect(read(text).organizations.map((o) => o.name)).toEqual(['Harbour CP', 'Northby United']);
  });
  it('are none for players, a country, or a result without a score', () => {
    expect(names('Ada Holm beat Eva Berg 6-3 in the final on Sunday.', 'organizations')).toEqual([]);
    expect(names('Norway beat Sweden 2-0 on Sunday.', 'organizations')).toEqual([]);
    expect(names('Holm beat Berg 10-6 in the darts final on Sunday.', 'organizations')).toEqual([]);
    expect(names('Lakeside Rovers beat Northby City on penalties on Sunday.', 'organizations')).toEqual([]);
  });
});

describe('a site named after a person with an honorific (rule person.honorific)', () => {
  it('is a site, not a person, when a site\'s head word closes the name', () => {
    const facts = read(brief('The fans gathered at the foot of Sir Ada Moen Way on Sunday.'));
    expect(facts.people).toEqual([]);
    expect(facts.places.map((p) => p.name)).toEqual(['Lakeside', 'Sir Ada Moen Way']);
  });
  it('is still the person the honorific names', () => {
    expect(names('Sir Ada Moen said the road would close on Sunday.', 'people')).toEqual(['Ada Moen']);
  });
});

describe('what a person wrote or told an audience, a colon and a quote (rule statement.that-clause)', () => {
  it('is a quote of the writer, after "wrote to us" and a day', () => {
    const [quote] = read(brief('Chief Superintendent Ada Moen, who led the operation, wrote to us on Monday: "The tables were the calmest spot on the road." The rest followed.')).statements;
    expect(quote).toMatchObject({ speaker_id: 'ada-moen', kind: 'quote', text: 'The tables were the calmest spot on the road.', date: '2031-05-05' });
  });
  it('is a quote after "told" and whoever was told, however it is written', () => {
    const [quote] = read(brief('The union\'s chair, Ben Lee, told the crowd outside the north gate: "We will be back every week until they sell." The rest followed.')).statements;
    expect(quote).toMatchObject({ speaker_id: 'ben-lee', text: 'We will be back every week until they sell.' });
  });
  it('is said after an occasion too ("said before the parade that …")', () => {
    expect(read(brief('Ada Moen said before the parade that more than 1,900 officers would be on the streets.')).statements.map((s) => s.text)).toEqual(['More than 1,900 officers would be on the streets.']);
  });
  it('is none for a letter written, nor a crowd told to go home', () => {
    expect(read(brief('The harbour master wrote a letter to the council on Monday.')).statements).toEqual([]);
    expect(read(brief('Ada Moen told the crowd to go home before dark.')).statements).toEqual([]);
  });
});

describe('a march coming down a street (rule protest.planned)', () => {
  it('is a protest on the day of its sentence', () => {
    const [march] = read(brief('On Sunday the march against the new tolls came down Quay Road past the town hall.')).protests;
    expect(march).toMatchObject({ date: '2031-05-04' });
  });
  it('is none when a minister comes down a street', () => {
    expect(read(brief('On Sunday the minister came down Quay Road past the town hall.')).protests).toEqual([]);
  });
});

describe('a name before ", who speaks for" (rule person.speaking)', () => {
  it('is a person and the speaker, whatever the first name', () => {
    const facts = read(brief('Zorta Tandel, who speaks for the Lakeside Fishers Samaj, told the officials: "The boats stay in until Friday." The rest followed.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Zorta Tandel']);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['zorta-tandel']);
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Lakeside Fishers Samaj', 'association']]);
  });
  it('is no person for a body and "which"', () => {
    expect(names('Harbour Authority, which runs the port, said the boats stayed in.', 'people')).toEqual([]);
  });
});

describe('state troopers (organization head word)', () => {
  it('are a police force', () => {
    const facts = read(brief('The Lakeside State Troopers sent about 80 troopers to patrol the highway on Monday.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Lakeside State Troopers', 'police_force']]);
  });
});

describe('acronyms of things written alone (rule organization.acronym-alone)', () => {
  it('are no bodies', () => {
    expect(names('Officers checked the ID of every driver, and residents were told by SMS to stay in.', 'organizations')).toEqual([]);
    expect(names('Please do not reply to the SMS.', 'organizations')).toEqual([]);
  });
  it('leave a body named by its acronym one', () => {
    expect(names('The WFA said the match would go ahead.', 'organizations')).toEqual(['WFA']);
  });
});

describe('a body that closed a named way (rule measure.closure)', () => {
  it('is a closure named by what was closed, not by the body', () => {
    const [closure] = read(brief('The Government of the Harbour District (GHD) closed the Esplanade to traffic from 06:00 to 20:00.')).measures;
    expect(closure!.name).toBe('Esplanade closed to traffic');
  });
  it('keeps the clause of a way that was closed for a time', () => {
    expect(read(brief('The road was closed the whole day.')).measures.map((m) => m.name)).toEqual(['Road closed the whole day']);
  });
});

describe('a pronoun after a phrase opening the sentence (rule statement.pronoun-speaker)', () => {
  it('is the person named before it', () => {
    const facts = read(brief('Mrs Ada Moen hosted the leaders at the convention centre on Thursday. At the closing press conference she said the four countries would build a cable network.'));
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([['ada-moen', 'The four countries would build a cable network.']]);
  });
  it('is not read when a clause with its own subject comes between', () => {
    const facts = read(brief('Mrs Ada Moen hosted the leaders on Thursday. At the pier the mayor met Ben Lee and she said the cable would be built.'));
    expect(facts.statements.map((s) => s.speaker_id)).not.toContain('ada-moen');
  });
});

describe('a fire known by its name (rule event.named-fire)', () => {
  it('is an incident on the day its sentence writes', () => {
    const facts = read(brief('The Harbour Ridge Fire was first reported at 14:20 on Sunday, on the slope above the end of Quay Road.'));
    expect(facts.events.map((e) => [e.name, e.kind, e.start])).toEqual([['Harbour Ridge Fire', 'incident', '2031-05-04']]);
  });
  it('is none for a fire service, a fire of another year, or a fire without a day', () => {
    expect(read(brief('The Lakeside Fire Department said on Sunday the road was closed.')).events).toEqual([]);
    expect(read(brief('The 2029 Harbour Ridge Fire burned for a week in June.')).events.map((e) => e.name).filter((n) => String(n).endsWith('Fire'))).toEqual([]);
    expect(read(brief('The Harbour Ridge Fire spread toward the homes.')).events).toEqual([]);
  });
});

describe('a meeting with its day between commas (rule event.appositive-name)', () => {
  it('is no event named by the day', () => {
    expect(read(brief('Our monthly meeting, Tuesday, 10 September, will hear the reports.')).events.map((e) => e.name)).not.toContain('Tuesday');
  });
});

describe('a name written family name first with a hyphenated given name (later mentions)', () => {
  it('is called again by its first word, and speaks so', () => {
    const facts = read(brief('The league\'s secretary general, Kim Ha-eun, met the teams on Monday. "The final belongs to this city," Kim told reporters.'));
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([['kim-ha-eun', 'The final belongs to this city.']]);
  });
  it('leaves a name in the usual order called by its last word', () => {
    const facts = read(brief('Police chief Ada Moen met the teams on Monday. "The final belongs to this city," Moen told reporters.'));
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ada-moen']);
  });
});

describe('a body that will shut a way (rule measure.closure)', () => {
  it('names the closure by the way', () => {
    expect(read(brief('The Harbour Railway Company (HRC) will shut the northern exits of Quay Station on Saturday.')).measures.map((m) => m.name)).toEqual(['Northern exits of Quay Station closed']);
  });
});

describe('a protest told by its verb and named back by its noun (rule protest.told-by-verb)', () => {
  it('is one protest with its day and size, whoever is said to have organised it', () => {
    const [rally, ...others] = read(brief('About 300 parents rallied outside Lakeside City Hall on Sunday against gaming advertisements, said Ada Moen, chair of the Harbour Parents Network, which organised the rally.')).protests;
    expect(others).toEqual([]);
    expect(rally).toMatchObject({ date: '2031-05-04', size: { value: 300, qualifier: 'approximately' } });
  });
});

describe('a rite whose sentence gives no day (rule date.scene-day)', () => {
  const notice = (...paragraphs: string[]) => `Notice to parishioners\n\n${paragraphs.join('\n\n')}\n`;
  it('is of the day its paragraph opens with, derived with a note', () => {
    const text = notice('Yesterday, Saturday, 3 May, this town said goodbye to Ada Moen. She died in Lakeside last Sunday, aged 90. The funeral at Lakeside Stadium began at nine and ended at two.');
    const [funeral] = read(text).events;
    expect([funeral?.name, funeral?.start, funeral?.derived]).toEqual(['Funeral', '2031-05-03', true]);
    expect(funeral?.note).toContain("the day its paragraph opens with");
    expect(funeral?.rules).toContain('date.scene-day');
  });
  it('is of the day a heading of a day alone sets above its paragraph', () => {
    const text = notice('The cemetery reopened this morning.', 'YESTERDAY\nThe funeral was held at 11:00 at Lakeside Cathedral.');
    expect(eventsOf(text)).toEqual({ Funeral: ['ceremony', '2031-05-05'] });
  });
  it('takes no day from another paragraph, nor from a day inside the paragraph\'s later sentences', () => {
    expect(eventsOf(notice('Yesterday, Saturday, 3 May, the town was quiet.', 'The funeral at Lakeside Stadium began at nine.'))).toEqual({ Funeral: ['ceremony', null] });
    expect(eventsOf(notice('The town was quiet. She died on Sunday, 4 May. The funeral at Lakeside Stadium began at nine.'))).toEqual({ Funeral: ['ceremony', null] });
  });
});

describe('a rite of a person named with "former", "late" or "the" and a title', () => {
  it('is named by the whole phrase', () => {
    expect(Object.keys(eventsOf('Notice\n\nOfficers will guard the state funeral of former Premier Ada Moen on Friday.\n'))).toEqual(['Funeral of former Premier Ada Moen']);
    expect(Object.keys(eventsOf('Notice\n\nThe funeral of the Right Honourable Eva Berg is on Saturday.\n'))).toEqual(['Funeral of the Right Honourable Eva Berg']);
  });
});
