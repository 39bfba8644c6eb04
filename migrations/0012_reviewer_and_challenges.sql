ALTER TABLE `claims` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `claims_challenged_idx` ON `claims` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `deployments` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `deployments_challenged_idx` ON `deployments` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `events` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `events` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `events` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `events_challenged_idx` ON `events` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `measures` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `measures_challenged_idx` ON `measures` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `organizations_challenged_idx` ON `organizations` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `people` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `people` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `people` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `people_challenged_idx` ON `people` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `places` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `places` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `places` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `places_challenged_idx` ON `places` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `protests` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `protests` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `protests` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `protests_challenged_idx` ON `protests` (json_array_length("challenges"),`id`);--> statement-breakpoint
ALTER TABLE `statements` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `statements_challenged_idx` ON `statements` (json_array_length("challenges"),`id`);