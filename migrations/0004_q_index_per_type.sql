-- `q` on a collection must only meet rows of that collection: one trigram table (ids only) per entity
-- type, so a word that is common in article texts costs nothing to a filter on organizations.
DROP TABLE `q_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_source` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_person` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_organization` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_place` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_event` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_deployment` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_protest` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_measure` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_statement` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
--> statement-breakpoint
CREATE VIRTUAL TABLE `q_claim` USING fts5(`entity_id` UNINDEXED, `text`, tokenize = 'trigram', detail = none);
