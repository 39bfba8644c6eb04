CREATE TABLE `claim_asserters` (
	`claim_id` text NOT NULL,
	`entity_id` text NOT NULL,
	PRIMARY KEY(`claim_id`, `entity_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_asserters_entity_idx` ON `claim_asserters` (`entity_id`,`claim_id`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `derived` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `organizations_derived_idx` ON `organizations` (`derived`,`id`);--> statement-breakpoint
ALTER TABLE `people` ADD `derived` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `people_derived_idx` ON `people` (`derived`,`id`);--> statement-breakpoint
ALTER TABLE `places` ADD `derived` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `places_derived_idx` ON `places` (`derived`,`id`);