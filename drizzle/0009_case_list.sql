CREATE TABLE `saved_filters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_filters_user_name` ON `saved_filters` (`user_id`,`name`);--> statement-breakpoint
CREATE INDEX `cases_received` ON `cases` (`received_on`);--> statement-breakpoint
CREATE INDEX `cases_due_key` ON `cases` ((CASE WHEN "reply_due_on" IS NULL THEN '9999-12-31' ELSE "reply_due_on" END));--> statement-breakpoint
CREATE INDEX `cases_replied_key` ON `cases` ((CASE WHEN "replied_on" IS NULL THEN '' ELSE "replied_on" END));--> statement-breakpoint
CREATE INDEX `cases_updated` ON `cases` (`updated_at`);--> statement-breakpoint
CREATE INDEX `cases_open_clock` ON `cases` (`clock_state`,(CASE WHEN "reply_due_on" IS NULL THEN '9999-12-31' ELSE "reply_due_on" END),`reply_due_on`,`handler_id`) WHERE "cases"."replied_on" IS NULL;