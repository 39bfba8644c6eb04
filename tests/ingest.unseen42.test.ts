// What ingest read wrong in blind round 42 (issue 20), read by a general rule, on briefs of our own: an interview
// printed without labels, its questions as paragraphs of their own (rule statement.unlabelled-answer).
import { describe, expect, it } from 'vitest';
import { read } from './helpers/briefs.js';

const INTERVIEW = [
  '"We kept the pier open": Q&A with the harbour commander',
  '',
  'LAKESIDE, May 6 (Wire) - Thousands of fishermen marched to the harbour on Monday. We spoke to the head of the Harbour Police, Colonel Ivo Lenz, on Tuesday.',
  '',
  'How many people came?',
  '',
  'Our count is 2,000 at the peak. The Harbour Ministry says the pier will stay shut until June.',
  '',
  'The organisers say you used force.',
  '',
  'We moved people who sat on the road. Nobody was hurt.',
  '',
  'Will they march again?',
  '',
  'I expect so, on Saturday, and we will be there again with the same officers.',
  '',
  'I have worked here for eleven years and have seen worse days than this one on the quay.',
  '',
  'After the interview, the union\'s spokeswoman, Ada Moen, said the fishermen would march again on Saturday.',
  '',
].join('\n');

const said = (text: string) => read(text).statements.map((s) => [s.speaker_id, s.kind, s.text]);

describe('an interview printed without labels', () => {
  it('reads the paragraph after a question, or after the interviewer\'s short prompt, as the interviewee\'s answer; the prompt gives nothing', () => {
    const statements = said(INTERVIEW);
    expect(statements).toContainEqual(['ivo-lenz', 'quote', 'Our count is 2,000 at the peak. The Harbour Ministry says the pier will stay shut until June.']);
    expect(statements).toContainEqual(['ivo-lenz', 'quote', 'We moved people who sat on the road. Nobody was hurt.']);
    expect(statements).toContainEqual(['ivo-lenz', 'quote', 'I expect so, on Saturday, and we will be there again with the same officers.']);
    expect(statements.map(([, , text]) => text)).not.toContainEqual(expect.stringMatching(/used force|march again\?/));
  });
  it('reads what the answer reports of others too, and a paragraph after the answer that is no prompt by the other rules', () => {
    const statements = said(INTERVIEW);
    expect(statements).toContainEqual(['harbour-ministry', 'paraphrase', 'The pier will stay shut until June.']);
    expect(statements).toContainEqual(['ada-moen', 'paraphrase', 'The fishermen would march again on Saturday.']);
    expect(statements.map(([, , text]) => text)).not.toContainEqual(expect.stringMatching(/eleven years/));
  });
  it('reads no answer after a lone question standing as a paragraph', () => {
    const lone = INTERVIEW.replace('Will they march again?', 'They will march again.').replace('How many people came?', 'Many people came.');
    expect(said(lone).filter(([speaker]) => speaker === 'ivo-lenz')).toEqual([]);
  });
});
