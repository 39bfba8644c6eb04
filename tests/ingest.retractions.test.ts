// A correction note's withdrawn words are read for nothing, on articles written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';
import { withoutRetractions } from '../src/ingest/retractions.js';

const article = (note: string) => `Holiday security\n\nLAKESIDE, March 20 (Wire) - Some two thousand police officers will be on duty in Lakeside on Saturday for the spring fair, the ministry said.\n\n${note}\n`;

describe('words a correction withdraws', () => {
  it('are blanked to the end of their clause, keeping every offset and the corrected words after ";"', () => {
    const note = 'Correction: An earlier version of this article said the concert would begin at seven; it begins at eight.';
    const blanked = withoutRetractions(note);
    expect(blanked).toHaveLength(note.length);
    expect(blanked).toBe(`Correction: ${' '.repeat(note.indexOf(';') - 'Correction: '.length)}; it begins at eight.`);
  });

  it('give no fact: a withdrawn count is no deployment, and the article\'s own count stays', () => {
    const { deployments } = extract({ sourceId: 'note', published: '2037-03-20', text: article('Correction: An earlier version of this article said some three thousand police officers would be on duty in Lakeside on Saturday. The ministry put the number at some two thousand.') });
    expect(deployments.map((d) => (d.personnel as { value: number }).value)).toEqual([2000]);
  });

  it('are the piece\'s own earlier edition however it is named ("the first version of this audit, posted on Sunday,", "our Update #3")', () => {
    for (const note of ['The first version of this audit, posted on Sunday, said the liquor ban began at 10:00.', 'Our Update #3 said the march would be on Monday.', 'Our last letter said the zone was 800 metres wide.']) {
      expect(withoutRetractions(note).trim(), note).toBe('.');
    }
  });

  it('leave the sentence before them whole and quotable when they open a sentence', () => {
    const text = article('The Mayor of Lakeside, Ada Moen, said the quay would close at noon. Our Update #3 said the march would be on Monday; it was moved to Tuesday.');
    const { people, statements, protests } = extract({ sourceId: 'note', published: '2037-03-20', text });
    expect(people.map((p) => p.name)).toEqual(['Ada Moen']);
    expect(statements.map((s) => s.text)).toContain('The quay would close at noon.');
    expect(protests).toEqual([]);
  });

  it('withdraw nothing when the version is not the article\'s ("an earlier version of the plan had four exits")', () => {
    const text = 'An earlier version of the plan had four exits.';
    expect(withoutRetractions(text)).toBe(text);
  });
});
