// Short wire briefs of the rule tests' own, read by ingest: every proposal must pass the build's support
// checks (flagUnsupported finds nothing), whatever the test then asserts of it.
import { expect } from 'vitest';
import { extract } from '../../src/ingest/extract.js';
import { flagUnsupported } from '../../src/ingest/ingest.js';

// 2031-05-06 is a Tuesday.
export const read = (text: string, published = '2031-05-06') => {
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};
export const brief = (body: string) => `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;
export const eventsOf = (text: string, published?: string) => Object.fromEntries(read(text, published).events.map((e) => [e.name, [e.kind, e.start]]));
