-- `q` only asks which rows contain a substring: the trigram index needs document ids, not token positions.
-- detail=none keeps LIKE answered from the index (FTS5 rechecks candidates) at a fraction of the build cost.
DROP TABLE `q_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_index` USING fts5(
  `entity_id` UNINDEXED,
  `text`,
  tokenize = 'trigram',
  detail = none
);
