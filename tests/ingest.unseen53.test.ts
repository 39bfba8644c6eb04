// What blind round 53 found ingest missing (issue 20), read by a general rule, on an article of our own: the voices of
// an oral history, each a caption line naming the speaker above their quoted paragraph.
import { describe, expect, it } from 'vitest';
import { read } from './helpers/briefs.js';

const oralHistory = 'The night the ferry sank, in their words\n\nThe ferry capsized off the harbour on Saturday.\n\n'
  + 'Ada Moen, fish trader, survivor\n"I was sitting at the back with the baby on my lap when the wave came."\n\n'
  + 'Commander Ivo Lenz, station commander, Harbour Coast Guard\n"Our first boat was on the water within the hour, and we searched all night."\n\n'
  + 'Eva Lind, Governor of Eastby\n"The county will pay for every funeral and for every family that lost someone."\n';

describe('a caption line above a quoted paragraph (rules person.caption, statement.caption-quote)', () => {
  it('names a person of the title it gives', () => {
    expect(read(oralHistory).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title]))
      .toEqual([['Ada Moen', 'Fish trader'], ['Ivo Lenz', 'Station commander'], ['Eva Lind', 'Governor of Eastby']]);
  });
  it('makes the paragraph their quote', () => {
    expect(read(oralHistory).statements.map((s) => [s.speaker_id, s.kind])).toEqual([['ada-moen', 'quote'], ['ivo-lenz', 'quote'], ['eva-lind', 'quote']]);
  });
  it('reads no caption when the line below is no quote, or the line a sentence', () => {
    expect(read('Voices\n\nAda Moen, fish trader, survivor\nShe sat at the back of the ferry.\n').people.map((p) => p.rules)).not.toContainEqual(['person.caption']);
    expect(read('Voices\n\nAda Moen, a trader, said she sat at the back.\n"It was cold," she said.\n').statements.map((s) => s.rules)).not.toContainEqual(['statement.caption-quote']);
  });
});
