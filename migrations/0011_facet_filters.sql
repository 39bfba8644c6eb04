CREATE INDEX `events_date_precision_idx` ON `events` (`date_precision`,`id`);--> statement-breakpoint
CREATE INDEX `measures_date_precision_idx` ON `measures` (`date_precision`,`id`);--> statement-breakpoint
CREATE INDEX `protests_date_precision_idx` ON `protests` (`date_precision`,`id`);--> statement-breakpoint
CREATE INDEX `statements_date_precision_idx` ON `statements` (`date_precision`,`id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,`id`);