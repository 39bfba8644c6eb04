ALTER TABLE `claims` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `claims_review_idx` ON `claims` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `deployments` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `deployments_review_idx` ON `deployments` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `events` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `events_review_idx` ON `events` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `measures` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `measures_review_idx` ON `measures` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `organizations_review_idx` ON `organizations` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `people` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `people_review_idx` ON `people` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `places` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `places_review_idx` ON `places` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `protests` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `protests_review_idx` ON `protests` (`review`,`id`);--> statement-breakpoint
ALTER TABLE `statements` ADD `review` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
CREATE INDEX `statements_review_idx` ON `statements` (`review`,`id`);