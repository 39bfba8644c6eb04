// Reads sources: the summary columns for lists, plus the full text for the item route.
import { inList } from './filters.js';
import { sources } from './schema.js';
import type { Db } from './store.js';

const SUMMARY = {
  id: sources.id, title: sources.title, headlines: sources.headlines, published: sources.published,
  sha256: sources.sha256, length: sources.length,
};

export function loadSources(db: Db, ids: string[], withText: boolean): object[] {
  const rows = db.select(withText ? { ...SUMMARY, text: sources.text } : SUMMARY).from(sources).where(inList(sources.id, ids)).all();
  const byId = new Map(rows.map((r) => [r.id, r as object]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
