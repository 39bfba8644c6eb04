// Turns one article into proposed facts in the seed format: the document is read once
// (src/ingest/document.ts), then the passes of src/ingest/pipeline.ts run over it in their order. Every
// fact cites words located exactly once in the article and lists the rules that proposed it; ids are
// provisional slugs that resolution later maps onto the knowledge base.
import { ArticleDocument } from './document.js';
import { IngestError } from './input.js';
import { createContext, TooManyProposals, type Cite } from './passes/context.js';
import { PIPELINE } from './pipeline.js';

export type { Cite };
export { orgKey } from './passes/entities.js';
/** A proposed fact as resolution, accept and the proposals file handle it: any collection's row. */
export type Fact = Record<string, unknown> & { id: string; citations: Cite[] };
export const FACT_KINDS = ['people', 'organizations', 'places', 'events', 'deployments', 'protests', 'measures', 'statements', 'claims'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export type Facts = Record<FactKind, Fact[]>;

export interface ExtractOptions { sourceId: string; published: string; text: string }

export function extract(options: ExtractOptions): Facts {
  const x = createContext(new ArticleDocument(options.text, options.sourceId, options.published), options.published);
  try {
    for (const pass of PIPELINE) pass.run(x);
  } catch (error) {
    if (error instanceof TooManyProposals) throw new IngestError(error.message);
    throw error;
  }
  return { ...x.facts, claims: [] };
}
