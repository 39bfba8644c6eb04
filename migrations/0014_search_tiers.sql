-- /v1/search answers a page from the index without ranking every match: rows are inserted in a static
-- order computed at build time (rowid = rank), so a tier of hits is read in rowid order and cut at the page.
-- `type` becomes an indexed column so `type=` is an index search rather than a filter over every match.
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `entity_id` UNINDEXED,
  `type`,
  `title`,
  `body`,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Names, aliases and acronyms by their folded text (`=` + words) and by their first one and two letters
-- (`^` + letters): the exact-name tier and the type-ahead tier, each an index range in rank order.
CREATE TABLE `search_keys` (
  `key` text NOT NULL,
  `doc` integer NOT NULL,
  `type` text NOT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (`key`, `doc`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `search_keys_type` ON `search_keys` (`key`, `type`, `doc`);
--> statement-breakpoint
-- Every indexed word (folded) with how it is written in names and titles and how many rows hold it: prefix
-- expansion, compounds written apart or together, and suggestions for misspelt words.
CREATE TABLE `search_words` (
  `word` text PRIMARY KEY NOT NULL,
  `display` text NOT NULL,
  `docs` integer NOT NULL
) WITHOUT ROWID;
