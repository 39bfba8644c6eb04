// Organizations ingest should not propose, on short articles written for these tests (none is a fixture
// article's sentence): a body named twice under two names, a name cut short or run on, a building read as the
// body that sits in it, a post's words read as a body, a nationality closing a compound adjective.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

const read = (text: string, published = '2031-05-06') => extract({ sourceId: 'note', published, text }).organizations;
const names = (text: string) => read(text).map((o) => o.name);

describe('organizations: one body, one row', () => {
  it('"<nationality> police" is the police body named after the country\'s possessive, in a story about another country too', () => {
    const orgs = read("SOFIA, May 6 (Wire) - Portugal's State Police will send ten spotters to the match in Sofia. About 30 fans were arrested in Porto last month, Portuguese police said at the time.\n");
    expect(orgs.map((o) => [o.name, o.country])).toEqual([['State Police', 'PT']]);
  });

  it('"the national police" in a story about one country is the country\'s one police force, not one of its other forces', () => {
    const text = 'LILONGWE, May 6 (Wire) - About 2,000 officers of the Malawi Police Service will be on duty for the parade, with 300 soldiers of the Malawi Defence Force. '
      + 'A reserve of 200 officers will wait at the national police headquarters.\n';
    const orgs = read(text);
    expect(orgs.map((o) => o.name).sort()).toEqual(['Malawi Defence Force', 'Malawi Police Service']);
    expect(orgs.find((o) => o.name === 'Malawi Police Service')!.kind).toBe('police_force');
  });

  it('a body named without the country it is "of" after its full name is the same body', () => {
    expect(names("The Armed Forces of Ghana will send 400 soldiers to the coast. The Armed Forces' boats will patrol the harbour.\n")).toEqual(['Armed Forces of Ghana']);
  });

  it('the clubs of a final "of" a competition; a club called by the capitals opening its name is that club', () => {
    const orgs = read('Police prepared for the final of the Zambia Cup between ZESCO United and Power Dynamos on Saturday. Gates open before the ZESCO supporters are let out.\n');
    expect(orgs.map((o) => [o.name, o.kind])).toEqual([['ZESCO United', 'club'], ['Power Dynamos', 'club']]);
  });

  it('capitalised words for a collective actor inside a body\'s name are that name, and no actor of their own', () => {
    expect(names('The strike was called by the Confederation of Malawi Trade Unions on Monday.\n')).not.toContain('Trade unions');
    expect(names('The plan was opposed by trade unions on Monday.\n')).toEqual(['Trade unions']);
  });

  it('an acronym before a word for which line and "line" names a line, not a body', () => {
    expect(names('The station on the LRT blue line keeps running.\n')).toEqual([]);
    expect(names('The LRT said the station keeps running.\n')).toEqual(['LRT']);
  });
});

describe('organizations: names cut where they end', () => {
  it('a second "of" and a place go on with the name', () => {
    expect(names('The National Bureau of Statistics of Malawi published the figures on Monday.\n')).toEqual(['National Bureau of Statistics of Malawi']);
  });

  it('a name\'s word with a lowercase prefix before its capital opens the name', () => {
    expect(names('About 900 officers of the eMbali Metropolitan Police Service closed the road.\n')).toEqual(['eMbali Metropolitan Police Service']);
  });

  it('a unit of a body named by its country is the unit, and that body', () => {
    expect(names('Close protection will be in the hands of the Presidential Guard of the Malawi Defence Force.\n').sort()).toEqual(['Malawi Defence Force', 'Presidential Guard']);
    expect(names('The Joint Command of the Armed Forces met on Monday.\n')).toEqual(['Joint Command of the Armed Forces']);
  });

  it('a meeting named with its acronym is no body, by its name, its acronym or the body words inside it', () => {
    expect(names('Leaders will meet in Lilongwe from Monday for the Southern Leaders Meeting (SLM). The SLM ends on Friday.\n')).toEqual([]);
  });

  it('a service of patrols is a force of the police kind, whose counts are its own; "the extra" officers are an addition, no rival total', () => {
    expect(read('The Highway Patrol Service will close the road on Sunday.\n').map((o) => [o.name, o.kind])).toEqual([['Highway Patrol Service', 'police_force']]);
    const text = 'LILONGWE, May 6 (Wire) - About 1,000 police officers will be on duty for the parade, and 400 of the officers will come from the Highway Patrol Service, the police said.\n\n'
      + 'The extra 120 officers came from the Highway Patrol Service reserve, the police said on Tuesday.\n';
    const deployments = extract({ sourceId: 'note', published: '2031-05-06', text }).deployments.filter((d) => d.organization_id === 'highway-patrol-service');
    expect(deployments.map((d) => [d.personnel, (d.rules as string[]).includes('deployment.increment')])).toEqual([[{ value: 400, qualifier: 'exactly' }, false], [{ value: 120, qualifier: 'exactly' }, true]]);
  });
});

describe('organizations: no body where the words name none', () => {
  it('a legislature or a post office placing something by its building is a place; the same name acting is a body', () => {
    expect(names('Farmers will rally outside the Malawi Parliament on Friday.\n')).toEqual([]);
    expect(names('The road will be closed between the Old Town Post Office and the bridge.\n')).toEqual([]);
    expect(names('The Malawi Parliament voted on the budget on Monday.\n')).toEqual(['Malawi Parliament']);
  });

  it('a place\'s police before a lowercase unit after a post is a person\'s title; the same words acting are a body', () => {
    expect(names('The head of the Lilongwe city police department, Colonel Ada Banda, said the road would close.\n')).toEqual([]);
    expect(names('Lilongwe city police closed the road on Monday.\n')).toEqual(['Lilongwe city police']);
  });

  it('a nationality closing a compound adjective names no body', () => {
    expect(names('The two leaders met for the first Malawian-Zambian government talks since 2025.\n')).toEqual([]);
    expect(names('Zambian officials said the Zambian government would pay.\n')).toEqual(['Zambian government']);
  });
});

describe('a university is a body', () => {
  it('"the University of Lakeside" and one named with its acronym are bodies; "the university" alone names none', () => {
    const text = 'Briefs\n\nOSLO, April 2 (Wire) - Riot police cleared a building of the Northern Autonomous University (NAU) on Thursday. Ada Moen, a criminologist at the University of Lakeside, said the university was calm.\n';
    const names = extract({ sourceId: 'n', published: '2031-04-02', text }).organizations.map((o) => [o.name, o.kind]);
    expect(names).toEqual(expect.arrayContaining([['Northern Autonomous University', 'agency'], ['University of Lakeside', 'agency']]));
    expect(names.map(([name]) => name)).not.toContain('university');
  });
});

describe('organizations: a long name read whole', () => {
  it('a foundation, a brotherhood, a confraternity or a network is a body, its name read through each "of" and an "Against"', () => {
    const text = 'EASTBY, May 6 (Wire) - The Confraternity of Our Lady of Mercy of Old Harbour said the statue was safe. '
      + 'The Harbour Children Foundation said 3,000 walkers had signed up, and the Citizens\' Network Against the Ring Road called a rally.\n';
    expect(names(text)).toEqual(expect.arrayContaining(['Confraternity of Our Lady of Mercy of Old Harbour', 'Harbour Children Foundation', "Citizens' Network Against the Ring Road"]));
  });

  it('an "of" that names another body ends the first: a command of a ministry is two bodies', () => {
    const text = 'EASTBY, May 6 (Wire) - The Mobile Police Command of the Ministry of Public Order will guard the route.\n';
    expect(names(text)).not.toContain('Mobile Police Command of the Ministry of Public Order');
  });
});
