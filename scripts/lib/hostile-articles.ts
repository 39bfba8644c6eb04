// Generated articles built to find super-linear work in extraction: one-line texts, long runs of
// capitalised words, stray and unclosed quotes, tens of thousands of quote characters and thousands of
// numbers. Each generator fills about `bytes` bytes; the benchmark (`npm run bench:ingest:hostile`) times
// them at up to 1 MB, the test (tests/ingest.hostile.test.ts) runs them small enough to stay quick.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lib/paths.js';

/** An ordinary wire paragraph: names, an acronym, a hedge and a number, a quotation with its speaker. */
const PARAGRAPH = 'Police Commissioner Anna Berg said on Monday that about 2,000 officers of the Metropolitan Police Service (MPS) would patrol the city centre. "We are ready for the crowds," she told reporters. ';

/**
 * `unit` repeated to at most `bytes` bytes; a unit longer than that (the fixture articles, which grow with every blind
 * round) cut at its last space within them, so every shape is the size asked for.
 */
function repeatTo(unit: string, bytes: number): string {
  const whole = unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
  if (Buffer.byteLength(whole) <= bytes) return whole;
  const cut = Buffer.from(whole).subarray(0, bytes).toString('utf8');
  return cut.slice(0, Math.max(1, cut.lastIndexOf(' ')));
}

/** The project's fixture articles joined on one line: real prose, every rule firing, no line break anywhere. */
function fixtureProse(): string {
  const dir = join(PROJECT_ROOT, 'tests/fixtures/ingest');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').replace(/\s+/g, ' ')).join(' ');
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'sa', 'tor', 'bel', 'du', 'ran', 'zo', 'pe', 'lis'];
/** A made-up capitalised name for n, different for every n ("Kalo", "Mervinsa"). */
const madeUpName = (n: number) => {
  let word = '';
  for (let rest = n + SYLLABLES.length; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) word += SYLLABLES[rest % SYLLABLES.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
};

/** Sentences that never repeat: every one names other people and bodies and counts other numbers, so each is a fact to cite. */
function distinctFacts(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const line = `Police Commissioner Anna ${madeUpName(n)} said on Monday that about ${1000 + n} officers of the ${madeUpName(n + 1)} Police would guard the ${madeUpName(n + 2)} Festival. "We are ready for day ${n}," she said. `;
    if (size + Buffer.byteLength(line) > bytes) break;
    out.push(line);
    size += Buffer.byteLength(line);
  }
  return out.join('');
}

export interface HostileArticle { name: string; text: string }

/** Each hostile shape at about `bytes` bytes, under a headline (the headline line is what ingest takes as the title). */
export function hostileArticles(size: number): HostileArticle[] {
  // Room for the headline and the few closing words, so that no article exceeds `size` bytes.
  const bytes = size - 64;
  const shapes: Array<[string, string]> = [
    ['one line of ordinary prose', repeatTo(PARAGRAPH, bytes)],
    ['one line of the fixture articles', repeatTo(fixtureProse(), bytes)],
    ['distinct facts in every sentence, one line', distinctFacts(bytes)],
    ['prose without sentence ends', repeatTo('the officers of the city police watched the crowds on the square and ', bytes)],
    ['hyphenated capitalised run "Anti-Anti-…"', `${repeatTo('Anti-', bytes)}Anti (AA) said.`],
    ['spaced capitalised run "Anti Anti …"', `${repeatTo('Anti ', bytes)}(AA) said.`],
    ['apostrophe run "O\'O\'…"', `${repeatTo("O'", bytes)}Brien said.`],
    ['curly quote characters only', repeatTo('“', bytes)],
    ['unclosed curly quotes', repeatTo('“We will stay, said Mayor Jan Kowalski. ', bytes)],
    ['unclosed straight quotes', repeatTo('"We will stay, said Mayor Jan Kowalski. ', bytes)],
    ['thousands of "N officers"', repeatTo('12 officers, ', bytes)],
    ['thousands of hedged numbers in sentences', repeatTo('Some 3,000 police officers and up to 40 soldiers were deployed. ', bytes)],
    ['many short lines of names', repeatTo('Minister Karl Weber of the Interior Ministry (IM)\n', bytes)],
    ['dates everywhere', repeatTo('On Monday, May 12, 2025, from May 3 to May 9 and on Saturday. ', bytes)],
    ['one gathering named in every sentence', repeatTo("Police guard the Harbour Leaders' Meeting on the quay. ", bytes)],
    ['one person taking an office in every sentence', repeatTo('Ada Moen became President of Eastland. ', bytes)],
    ['a letter of thousands of paragraphs', `Sir,\n\n${repeatTo('We kept 30 boats across the harbour mouth.\n\n', bytes - 60)}Ada Moen\nChair, Lakeside Boatmen's Union`],
    ['a record\'s field naming a person on every line', repeatTo('Moved: Councillor Ada Moen.\n', bytes)],
    ['a transcript whose label names one person', `Ada Moen said so.\n\n${repeatTo('MOEN: Councillor Ivo Lenz spoke about the pier.\n', bytes - 20)}`],
  ];
  return shapes.map(([name, body]) => ({ name, text: `Hostile input test\n\n${body}\n` }));
}
