// Shapes of unseen news read for issue 20's fifteenth round, on short articles of our own: an event whose name
// carries a year, cited and accepted whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportProblems, type SeedFact } from '../src/db/support.js';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported, ingestArticle } from '../src/ingest/ingest.js';
import { copySeed, tempDir } from './helpers/db.js';

// 2031-05-06 is a Tuesday.
const read = (text: string, published = '2031-05-06') => {
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};
const brief = (body: string) => `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;

describe('an event whose name carries a year', () => {
  const article = [
    'Lakeside Police Plan Largest Operation in Years',
    '',
    'LAKESIDE, May 6 (Wire) - Some 3,000 officers will guard the Lakeside Harbour Festival on Saturday, the largest operation since the 2019 Northern Rowing Championships, when about 2,400 police officers were on duty, the Lakeside Police said on Tuesday.',
    '',
    '"We have not seen crowds like this since the 2019 Northern Rowing Championships," said police spokeswoman Ada Moen.',
  ].join('\n');

  it('cites the year whole, so its quote passes the build\'s support check and accept keeps it', () => {
    const seedDir = copySeed();
    const file = join(tempDir(), 'article.txt');
    writeFileSync(file, article);
    const { resolution } = ingestArticle({ file, published: '2031-05-06', id: 'lakeside-years', seedDir });
    const championships = resolution.facts.events.find((e) => e.name === 'Northern Rowing Championships');
    expect(championships).toMatchObject({ kind: 'games', start: '2019', date_precision: 'year' });
    // The year is cited whole (the quote grows past a second mention to be unique), never from inside its digits.
    expect(championships!.citations[0]!.quote).toMatch(/(?:^|\s)2019 Northern Rowing Championships\b/);
    expect(supportProblems('events', championships as SeedFact, (id) => (id === 'lakeside-years' ? article : undefined))).toEqual([]);
    expect(acceptProposals(seedDir, 'lakeside-years').dropped).toEqual([]);
    expect(loadSeed(seedDir).facts.get('events')!.some((e) => e.id === championships!.id)).toBe(true);
  });

  it('an incident told after a year in its clause ends its quote on that year\'s own digits', () => {
    const text = brief('Police will double patrols at the harbour after a crush at the 2029 regatta and, in the same month, a stampede at the 2029 fair, the mayor said.');
    const stampede = read(text).events.find((e) => e.kind === 'incident' && e.start === '2029');
    expect(stampede?.citations[0]?.quote).toMatch(/2029$/);
  });
});
