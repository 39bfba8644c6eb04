CREATE TABLE `stored_rows` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`json` text NOT NULL
);
