ALTER TABLE `claims` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `deployments` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `events` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `events` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `people` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `people` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `places` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `places` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `places` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `protests` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `protests` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `protests` ADD `challenges` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `challenges` text DEFAULT '[]' NOT NULL;