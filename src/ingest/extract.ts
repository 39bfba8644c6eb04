// Turns one article into proposed facts in the seed format: the document is read once
// (src/ingest/document.ts), then the passes of src/ingest/pipeline.ts run over it in their order. Every
// fact cites words located exactly once in the article and lists the rules that proposed it; ids are
// provisional slugs that resolution later maps onto the knowledge base.
import { ArticleDocument } from './document.js';
import { IngestError } from './input.js';
import { createContext, MAX_PROPOSALS, proposalCount, type Cite } from './passes/context.js';
import { PIPELINE } from './pipeline.js';
import { withoutSubtitleTimings } from './subtitles.js';
import { withoutLineMarkers } from './line-markers.js';
import { withoutRetractions } from './retractions.js';

export type { Cite };
export { genericForceName, isGenericForceId, orgKey } from './passes/entities.js';
export { UNRESOLVED_SPEAKER } from './passes/speakers.js';
/** A proposed fact as resolution, accept and the proposals file handle it: any collection's row. */
export type Fact = Record<string, unknown> & { id: string; citations: Cite[] };
export const FACT_KINDS = ['people', 'organizations', 'places', 'events', 'deployments', 'protests', 'measures', 'statements', 'claims'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export type Facts = Record<FactKind, Fact[]>;

export interface ExtractOptions {
  sourceId: string; published: string; text: string;
  /** The most proposals an article may yield before it is refused (MAX_PROPOSALS unless told). */
  maxProposals?: number;
}

/**
 * The article's proposed facts. An article that yields more than MAX_PROPOSALS is refused (checked after
 * each pass, so a runaway one stops early): nobody reviews that many, and writing them out was most of
 * the time a 1 MB article of distinct sentences took.
 */
export function extract(options: ExtractOptions): Facts {
  const x = createContext(new ArticleDocument(withoutLineMarkers(withoutSubtitleTimings(withoutRetractions(options.text))), options.sourceId, options.published, options.text), options.published);
  for (const pass of PIPELINE) {
    pass.run(x);
    const count = proposalCount(x.facts);
    const cap = options.maxProposals ?? MAX_PROPOSALS;
    if (count > cap) {
      throw new IngestError(`the article yields more than ${cap} proposals (${count} after the ${pass.name} pass), more than a reviewer can check: split it into several articles`);
    }
  }
  return { ...x.facts };
}
