-- Full-text search for /v1/search: one row per source and per entity, words tokenized, diacritics folded.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `entity_id` UNINDEXED,
  `type` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Substring index behind every collection's `q`: trigram tokens make `LIKE '%term%'` an index lookup.
CREATE VIRTUAL TABLE `q_index` USING fts5(
  `entity_id` UNINDEXED,
  `text`,
  tokenize = 'trigram'
);
