CREATE TABLE `citations` (
	`entity_id` text NOT NULL,
	`position` integer NOT NULL,
	`source_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	PRIMARY KEY(`entity_id`, `position`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`,`entity_id`);--> statement-breakpoint
CREATE TABLE `claim_disputes` (
	`claim_id` text NOT NULL,
	`disputed_by_id` text NOT NULL,
	PRIMARY KEY(`claim_id`, `disputed_by_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`disputed_by_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL,
	`predicate` text NOT NULL,
	`object_id` text,
	`value` text,
	`status` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`object_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_subject_idx` ON `claims` (`subject_id`,`id`);--> statement-breakpoint
CREATE INDEX `claims_object_idx` ON `claims` (`object_id`,`id`);--> statement-breakpoint
CREATE INDEX `claims_predicate_idx` ON `claims` (`predicate`,`id`);--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `dataset_info` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deployment_places` (
	`deployment_id` text NOT NULL,
	`place_id` text NOT NULL,
	PRIMARY KEY(`deployment_id`, `place_id`),
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deployment_places_place_idx` ON `deployment_places` (`place_id`,`deployment_id`);--> statement-breakpoint
CREATE TABLE `deployments` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`personnel_value` integer,
	`personnel_qualifier` text,
	`role` text,
	`event_id` text,
	`part_of_id` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`part_of_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deployments_organization_idx` ON `deployments` (`organization_id`,`id`);--> statement-breakpoint
CREATE INDEX `deployments_event_idx` ON `deployments` (`event_id`,`id`);--> statement-breakpoint
CREATE INDEX `deployments_personnel_idx` ON `deployments` (`personnel_value`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `entities_type_idx` ON `entities` (`type`);--> statement-breakpoint
CREATE TABLE `event_figures` (
	`event_id` text NOT NULL,
	`position` integer NOT NULL,
	`metric` text NOT NULL,
	`value` real NOT NULL,
	`qualifier` text NOT NULL,
	PRIMARY KEY(`event_id`, `position`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `event_places` (
	`event_id` text NOT NULL,
	`place_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `place_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_places_place_idx` ON `event_places` (`place_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`start` text,
	`end` text,
	`date_precision` text,
	`derived` integer NOT NULL,
	`range_start` text,
	`range_end` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_kind_idx` ON `events` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `events_range_start_idx` ON `events` (`range_start`);--> statement-breakpoint
CREATE INDEX `events_range_end_idx` ON `events` (`range_end`);--> statement-breakpoint
CREATE INDEX `events_name_idx` ON `events` (`name`);--> statement-breakpoint
CREATE TABLE `measure_operators` (
	`measure_id` text NOT NULL,
	`organization_id` text NOT NULL,
	PRIMARY KEY(`measure_id`, `organization_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_operators_organization_idx` ON `measure_operators` (`organization_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `measure_places` (
	`measure_id` text NOT NULL,
	`place_id` text NOT NULL,
	PRIMARY KEY(`measure_id`, `place_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_places_place_idx` ON `measure_places` (`place_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`start` text,
	`end` text,
	`date_precision` text,
	`first_of_its_kind` integer,
	`range_start` text,
	`range_end` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measures_kind_idx` ON `measures` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `measures_range_start_idx` ON `measures` (`range_start`);--> statement-breakpoint
CREATE INDEX `measures_range_end_idx` ON `measures` (`range_end`);--> statement-breakpoint
CREATE INDEX `measures_name_idx` ON `measures` (`name`);--> statement-breakpoint
CREATE TABLE `organization_aliases` (
	`organization_id` text NOT NULL,
	`position` integer NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`organization_id`, `position`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`acronym` text,
	`kind` text NOT NULL,
	`country` text,
	`parent_id` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organizations_kind_idx` ON `organizations` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `organizations_country_idx` ON `organizations` (`country`,`id`);--> statement-breakpoint
CREATE INDEX `organizations_name_idx` ON `organizations` (`name`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`country` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_country_idx` ON `people` (`country`,`id`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);--> statement-breakpoint
CREATE TABLE `person_roles` (
	`person_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`organization_id` text,
	`country` text,
	PRIMARY KEY(`person_id`, `position`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_roles_organization_idx` ON `person_roles` (`organization_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `person_roles_title_idx` ON `person_roles` (`title`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`within_id` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`within_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `places_kind_idx` ON `places` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `places_country_idx` ON `places` (`country`,`id`);--> statement-breakpoint
CREATE INDEX `places_within_idx` ON `places` (`within_id`,`id`);--> statement-breakpoint
CREATE INDEX `places_name_idx` ON `places` (`name`);--> statement-breakpoint
CREATE TABLE `protest_organizers` (
	`protest_id` text NOT NULL,
	`organization_id` text NOT NULL,
	PRIMARY KEY(`protest_id`, `organization_id`),
	FOREIGN KEY (`protest_id`) REFERENCES `protests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protest_organizers_organization_idx` ON `protest_organizers` (`organization_id`,`protest_id`);--> statement-breakpoint
CREATE TABLE `protest_places` (
	`protest_id` text NOT NULL,
	`place_id` text NOT NULL,
	PRIMARY KEY(`protest_id`, `place_id`),
	FOREIGN KEY (`protest_id`) REFERENCES `protests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protest_places_place_idx` ON `protest_places` (`place_id`,`protest_id`);--> statement-breakpoint
CREATE TABLE `protests` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`date` text,
	`date_precision` text,
	`derived` integer NOT NULL,
	`target` text,
	`coincides_with_event_id` text,
	`range_start` text,
	`range_end` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coincides_with_event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protests_range_start_idx` ON `protests` (`range_start`);--> statement-breakpoint
CREATE INDEX `protests_range_end_idx` ON `protests` (`range_end`);--> statement-breakpoint
CREATE INDEX `protests_name_idx` ON `protests` (`name`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`headlines` text NOT NULL,
	`published` text,
	`sha256` text NOT NULL,
	`length` integer NOT NULL,
	`text` text NOT NULL,
	`file` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sources_title_idx` ON `sources` (`title`);--> statement-breakpoint
CREATE INDEX `sources_published_idx` ON `sources` (`published`);--> statement-breakpoint
CREATE TABLE `statement_about` (
	`statement_id` text NOT NULL,
	`entity_id` text NOT NULL,
	PRIMARY KEY(`statement_id`, `entity_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_about_entity_idx` ON `statement_about` (`entity_id`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`speaker_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`date` text,
	`date_precision` text,
	`range_start` text,
	`range_end` text,
	FOREIGN KEY (`id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`speaker_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`id`);--> statement-breakpoint
CREATE INDEX `statements_range_start_idx` ON `statements` (`range_start`);