-- `q` and `role` match words, not substrings: each word of the query must be the start of a word of the
-- row (case and diacritics folded). unicode61 tables with prefix queries answer that from the index; they
-- replace the trigram tables. Ids only (detail=none): `q` asks which rows match, not where.
DROP TABLE `q_source`;
--> statement-breakpoint
DROP TABLE `q_person`;
--> statement-breakpoint
DROP TABLE `q_organization`;
--> statement-breakpoint
DROP TABLE `q_place`;
--> statement-breakpoint
DROP TABLE `q_event`;
--> statement-breakpoint
DROP TABLE `q_deployment`;
--> statement-breakpoint
DROP TABLE `q_protest`;
--> statement-breakpoint
DROP TABLE `q_measure`;
--> statement-breakpoint
DROP TABLE `q_statement`;
--> statement-breakpoint
DROP TABLE `q_claim`;
--> statement-breakpoint
DROP TABLE `role_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_source` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_person` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_organization` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_place` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_event` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_deployment` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_protest` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_measure` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_statement` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_claim` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `role_index` USING fts5(`person_id` UNINDEXED, `title`, tokenize = 'unicode61 remove_diacritics 2', detail = none);
--> statement-breakpoint
-- The words of every `q` table, with how many rows hold each: search expands a word prefix into the
-- whole words that start with it (`cyber` → cybersecurity) before stemming them.
CREATE VIRTUAL TABLE `q_source_vocab` USING fts5vocab(`q_source`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_person_vocab` USING fts5vocab(`q_person`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_organization_vocab` USING fts5vocab(`q_organization`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_place_vocab` USING fts5vocab(`q_place`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_event_vocab` USING fts5vocab(`q_event`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_deployment_vocab` USING fts5vocab(`q_deployment`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_protest_vocab` USING fts5vocab(`q_protest`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_measure_vocab` USING fts5vocab(`q_measure`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_statement_vocab` USING fts5vocab(`q_statement`, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_claim_vocab` USING fts5vocab(`q_claim`, 'row');
--> statement-breakpoint
-- /v1/search understands English word forms: porter stemming over the same folding tokenizer.
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `entity_id` UNINDEXED,
  `type` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
