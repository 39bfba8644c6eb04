ALTER TABLE `claims` ADD `derived` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `note` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `derived` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `deployments` ADD `note` text;--> statement-breakpoint
ALTER TABLE `events` ADD `note` text;--> statement-breakpoint
ALTER TABLE `measures` ADD `derived` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `note` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `note` text;--> statement-breakpoint
ALTER TABLE `people` ADD `note` text;--> statement-breakpoint
ALTER TABLE `places` ADD `note` text;--> statement-breakpoint
ALTER TABLE `protests` ADD `note` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `note` text;