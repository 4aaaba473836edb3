CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`note` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `calendar_days` (
	`date` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE INDEX `calendar_days_year` ON `calendar_days` (`year`);--> statement-breakpoint
CREATE TABLE `calendar_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case` ON `case_events` (`case_id`,`id`);--> statement-breakpoint
CREATE INDEX `case_events_kind` ON `case_events` (`kind`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_no` text NOT NULL,
	`received_on` text NOT NULL,
	`registered_on` text NOT NULL,
	`channel` text NOT NULL,
	`applicant_type` text NOT NULL,
	`applicant_name` text NOT NULL,
	`id_type` text,
	`id_number` text,
	`phone` text,
	`email` text,
	`address` text,
	`content` text DEFAULT '' NOT NULL,
	`delivery_method` text,
	`handler_id` integer,
	`related_case_id` integer,
	`notes` text,
	`outcome` text,
	`replied_on` text,
	`reply_doc_no` text,
	`clock_start_on` text NOT NULL,
	`reply_due_on` text,
	`due_provisional` integer DEFAULT false NOT NULL,
	`clock_state` text DEFAULT 'running' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	FOREIGN KEY (`handler_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`related_case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cases_reply_not_before_receipt" CHECK("cases"."replied_on" IS NULL OR "cases"."replied_on" >= "cases"."received_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_case_no` ON `cases` (`case_no`);--> statement-breakpoint
CREATE INDEX `cases_received_type` ON `cases` (`received_on`,`applicant_type`);--> statement-breakpoint
CREATE INDEX `cases_replied_type_outcome` ON `cases` (`replied_on`,`applicant_type`,`outcome`);--> statement-breakpoint
CREATE INDEX `cases_handler_replied` ON `cases` (`handler_id`,`replied_on`);--> statement-breakpoint
CREATE INDEX `cases_state_due` ON `cases` (`clock_state`,`reply_due_on`);--> statement-breakpoint
CREATE INDEX `cases_applicant_name` ON `cases` (`applicant_name`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`attempted_at` text NOT NULL,
	`succeeded` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_username_at` ON `login_attempts` (`username`,`attempted_at`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer,
	`kind` text NOT NULL,
	`filed_on` text NOT NULL,
	`result` text,
	`decided_on` text,
	`notes` text,
	`import_key` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_filed` ON `reviews` (`filed_on`,`kind`);--> statement-breakpoint
CREATE INDEX `reviews_case` ON `reviews` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_import_key` ON `reviews` (`import_key`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);