// Statements in shapes wire copy and official releases use that the rules used to miss, each over texts of the
// test's own (other topics, places and words than any fixture article). A release (its heading says "press
// release") speaks in its issuer's voice: "We will …", "We ask …" and "The <words of its name> Department reminds
// …" are the issuer's, the body its signature names (else the one opening its first sentence); the same sentences
// in a wire story, or a release's sentences about another body, give no statement of the issuer.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const speakers = (facts: ReturnType<typeof read>) => facts.statements.map((s) => [s.speaker_id, String(s.text).slice(0, 24)]);
const titles = (facts: ReturnType<typeof read>, id: string) => (facts.people.find((p) => p.id === id)?.roles as Array<{ title: string }> | undefined)?.map((r) => r.title);

const release = (body: string, signature: string) => `Lakeside Harbour Police Directorate: Arrangements for the Regatta on Saturday

LAKESIDE, 6 May 2031 - Press release

${body}
${signature}`;

describe('a press release in its issuer\'s voice', () => {
  const body = `The Lakeside Harbour Police Directorate informs the public of the arrangements for the Lakeside Regatta, which will take place on Saturday.

We will post about 200 officers along the quays and on the breakwater. The Coast Guard will patrol the bay with four boats.

We ask spectators to leave their cars at home and to follow the instructions of stewards.

The Police Department reminds everyone that swimming in the harbour basin is forbidden during the races. The Traffic Department asks drivers to avoid the ring road.
`;

  it('gives each "We" sentence and each reminder of the issuer named again to the body that signs it', () => {
    const facts = read(release(body, '\nInspector Ada Moen\nHead of Operations\nLakeside Harbour Police Directorate\n'));
    expect(speakers(facts)).toEqual([
      ['lakeside-harbour-police-directorate', 'We will post about 200 o'],
      ['lakeside-harbour-police-directorate', 'We ask spectators to lea'],
      ['lakeside-harbour-police-directorate', 'Swimming in the harbour '],
    ]);
  });

  it('reads the person who signs it, their title of the body on the last line', () => {
    const facts = read(release(body, '\nInspector Ada Moen\nHead of Operations\nLakeside Harbour Police Directorate\n'));
    expect(facts.people.map((p) => [p.name, titles(facts, p.id)])).toEqual([['Ada Moen', ['Head of Operations of the Lakeside Harbour Police Directorate']]]);
  });

  it('without a signature, the issuer is the body its first sentence opens with', () => {
    const facts = read(release(body, ''));
    expect(speakers(facts).map(([id]) => id)).toEqual(Array(3).fill('lakeside-harbour-police-directorate'));
  });

  it('reads no "We" sentence as anyone\'s in a wire story that is no release', () => {
    const facts = read(brief('About 200 officers will guard the quays on Saturday. We ask spectators to leave their cars at home and to follow the stewards.'));
    expect(facts.statements).toEqual([]);
  });
});

describe('an attribution closing a paraphrase, then more', () => {
  it('reads "…, the ministry said, without saying how many …" as the ministry\'s', () => {
    const facts = read(brief('The Ministry of Transport will close the ring road on Saturday. The National Guard will guard the bridges, the ministry said, without saying how many guardsmen it would send.'));
    expect(speakers(facts)).toContainEqual(['ministry-of-transport', 'The National Guard will ']);
  });

  it('reads "…, Holm told a news conference on Monday, "…"." as Holm\'s', () => {
    const facts = read(brief('The harbour master, Jan Holm, opened the pier on Monday. About 900 officers will guard the regatta on Saturday, Holm told a news conference on Monday, "the biggest regatta we have ever had".'));
    expect(speakers(facts)).toContainEqual(['jan-holm', 'About 900 officers will ']);
  });
});

describe('a figure put on something by a source', () => {
  it.each([
    ['The Lakeside Coast Guard put the number at some two thousand.', 'lakeside-coast-guard', 'Put the number at some t'],
    ['The Lakeside Harbour Office said 900 boats were moored in the bay. The office had earlier put the number of moorings at 700.', 'lakeside-harbour-office', 'Put the number of mooring'.slice(0, 24)],
  ])('"%s" is the body\'s that puts it', (text, id, words) => {
    expect(speakers(read(brief(text)))).toContainEqual([id, words]);
  });

  it('reads no figure from "put the number at a meeting"', () => {
    const facts = read(brief('The Lakeside Coast Guard put the number of moorings at a meeting on Monday.'));
    expect(facts.statements).toEqual([]);
  });
});

describe('a body named again by what it is', () => {
  it('"the military said" is the armed forces named before', () => {
    const facts = read(brief('The Lakeside Military Forces sent boats to the flooded villages on Monday. About 300 soldiers have been sent to the valley with trucks, the military said.'));
    expect(speakers(facts)).toContainEqual(['lakeside-military-forces', 'About 300 soldiers have ']);
  });

  it('"Police said" is the one police force its paragraph names after it', () => {
    const facts = read(brief('Police said two fishermen were missing on the lake. About 80 officers of the Lakeside Police Force are searching the shore.'));
    expect(speakers(facts)).toContainEqual(['lakeside-police-force', 'Two fishermen were missi']);
  });

  it('"police said" is no police force named after it in its own sentence', () => {
    const facts = read(brief('The regatta ended without serious incident on Sunday, police said, after about 500 officers of the Lakeside Police Force were deployed along the quays.'));
    expect(facts.statements).toEqual([]);
  });

  it('"Police said" gives no statement when its paragraph names two police forces after it', () => {
    const facts = read(brief('Police said two fishermen were missing on the lake. Officers of the Lakeside Police Force and of the Valley Police Service are searching the shore.'));
    expect(facts.statements).toEqual([]);
  });
});

describe('speakers named in one sentence and speaking in the next', () => {
  const text = brief('The Lakeside Harbour Authority will close the pier on Friday. "The pier is not safe in a storm," said Ada Moen, a spokeswoman for the Authority. '
    + '"We will not sail until the wind drops," the ferry company\'s lawyer, Jan Berg, told reporters. He said the company would claim damages.');

  it('gives a title\'s body its full name when the article wrote it in full before, and reads her words as hers', () => {
    const facts = read(text);
    expect(titles(facts, 'ada-moen')).toEqual(['Spokeswoman for the Lakeside Harbour Authority']);
    expect(speakers(facts)).toContainEqual(['ada-moen', 'The pier is not safe in ']);
  });

  it('reads "<someone>\'s lawyer, <name>," as a person, whom "He said" in the next sentence is', () => {
    const facts = read(text);
    expect(titles(facts, 'jan-berg')).toEqual(['Lawyer']);
    expect(speakers(facts)).toContainEqual(['jan-berg', 'The company would claim ']);
  });

  it('reads "Her association said" as the body named with her title', () => {
    const facts = read(brief('The director of the Lakeside Sailing Association, Karin Dahl, said the regatta would go ahead on Saturday. Her association said it would add 40 marshals along the quays.'));
    expect(speakers(facts)).toContainEqual(['lakeside-sailing-association', 'It would add 40 marshals']);
  });

  it('takes no full name from capitalised words that open a sentence', () => {
    const facts = read(brief('More Harbour Authority staff will work on Friday. "The pier is not safe in a storm," said Ada Moen, a spokeswoman for the Harbour Authority.'));
    expect(titles(facts, 'ada-moen')).toEqual(['Spokeswoman for the Harbour Authority']);
  });
});
