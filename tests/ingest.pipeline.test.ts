// The extraction passes run in the order src/ingest/pipeline.ts writes down; each reads only what an
// earlier pass has written.
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../src/ingest/pipeline.js';

describe('the extraction pipeline', () => {
  it('names each pass once', () => {
    expect(new Set(PIPELINE.map((p) => p.name)).size).toBe(PIPELINE.length);
  });

  it.each(PIPELINE.map((pass, index) => [pass.name, index] as const))('%s reads only what the passes before it write', (_name, index) => {
    const written = new Set(PIPELINE.slice(0, index).flatMap((p) => p.writes));
    expect(PIPELINE[index]!.reads.filter((product) => !written.has(product))).toEqual([]);
  });
});
