ALTER TABLE `protests` ADD `size_value` integer;--> statement-breakpoint
ALTER TABLE `protests` ADD `size_qualifier` text;