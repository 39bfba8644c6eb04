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
CREATE INDEX `claim_disputes_disputed_by_idx` ON `claim_disputes` (`disputed_by_id`,`claim_id`);--> statement-breakpoint
CREATE INDEX `claims_derived_idx` ON `claims` (`derived`,`id`);--> statement-breakpoint
CREATE INDEX `deployments_part_of_idx` ON `deployments` (`part_of_id`,`id`);--> statement-breakpoint
CREATE INDEX `deployments_derived_idx` ON `deployments` (`derived`,`id`);--> statement-breakpoint
CREATE INDEX `events_derived_idx` ON `events` (`derived`,`id`);--> statement-breakpoint
CREATE INDEX `measures_derived_idx` ON `measures` (`derived`,`id`);--> statement-breakpoint
CREATE INDEX `organizations_parent_idx` ON `organizations` (`parent_id`,`id`);--> statement-breakpoint
CREATE INDEX `protests_derived_idx` ON `protests` (`derived`,`id`);--> statement-breakpoint
CREATE INDEX `protests_event_idx` ON `protests` (`coincides_with_event_id`,`id`);