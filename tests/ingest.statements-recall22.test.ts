// Statements in shapes wire copy and official releases use that the rules used to miss, each over texts of the
// test's own (other topics, places and words than any fixture article). A release (its heading says "press
// release") speaks in its issuer's voice: "We will …", "We ask …" and "The <words of its name> Department reminds
// …" are the issuer's, the body its signature names (else the one opening its first sentence); the same sentences
// in a wire story, or a release's sentences about another body, give no statement of the issuer.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const speakers = (facts: ReturnType<typeof read>) => facts.statements.map((s) => [s.speaker_id, String(s.text).slice(0, 24)]);

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

  it('without a signature, the issuer is the body its first sentence opens with', () => {
    const facts = read(release(body, ''));
    expect(speakers(facts).map(([id]) => id)).toEqual(Array(3).fill('lakeside-harbour-police-directorate'));
  });

  it('reads no "We" sentence as anyone\'s in a wire story that is no release', () => {
    const facts = read(brief('About 200 officers will guard the quays on Saturday. We ask spectators to leave their cars at home and to follow the stewards.'));
    expect(facts.statements).toEqual([]);
  });
});
