ALTER TABLE `statements` ADD `derived` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `statements_derived_idx` ON `statements` (`derived`,`id`);