CREATE TABLE `place_containment` (
	`ancestor_id` text NOT NULL,
	`place_id` text NOT NULL,
	`depth` integer NOT NULL,
	PRIMARY KEY(`ancestor_id`, `place_id`),
	FOREIGN KEY (`ancestor_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `place_containment_place_idx` ON `place_containment` (`place_id`);--> statement-breakpoint
CREATE INDEX `deployments_part_of_idx` ON `deployments` (`part_of_id`,`id`);--> statement-breakpoint
CREATE INDEX `events_derived_idx` ON `events` (`derived`,`id`);--> statement-breakpoint
CREATE INDEX `protests_derived_idx` ON `protests` (`derived`,`id`);