CREATE TABLE `deployment_stats` (
	`position` integer PRIMARY KEY NOT NULL,
	`event_id` text,
	`deployments` integer NOT NULL,
	`unstated` integer NOT NULL,
	`json` text NOT NULL,
	`organizations_json` text NOT NULL,
	`stated_totals_json` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deployment_stats_event_id_unique` ON `deployment_stats` (`event_id`);