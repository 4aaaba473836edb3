CREATE TABLE `report_baselines` (
	`year` integer PRIMARY KEY NOT NULL,
	`table_three` text,
	`table_four` text,
	`in_force` text,
	`source` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	`updated_by_name` text NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_drafts` (
	`year` integer PRIMARY KEY NOT NULL,
	`content` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_version_cases` (
	`version_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`case_no` text NOT NULL,
	`received_on` text NOT NULL,
	`replied_on` text,
	`applicant_type` text NOT NULL,
	`outcome` text,
	PRIMARY KEY(`version_id`, `case_id`),
	FOREIGN KEY (`version_id`) REFERENCES `report_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_version_reviews` (
	`version_id` integer NOT NULL,
	`review_id` integer NOT NULL,
	`kind` text NOT NULL,
	`filed_on` text NOT NULL,
	`result` text,
	`decided_on` text,
	PRIMARY KEY(`version_id`, `review_id`),
	FOREIGN KEY (`version_id`) REFERENCES `report_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`kind` text NOT NULL,
	`published_on` text NOT NULL,
	`published_at` text NOT NULL,
	`published_by` integer,
	`published_by_name` text NOT NULL,
	`reason` text,
	`acknowledgement` text,
	`content` text NOT NULL,
	`checks` text NOT NULL,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "report_versions_correction_reason" CHECK("report_versions"."kind" = 'publish' OR "report_versions"."reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_versions_year_number` ON `report_versions` (`year`,`number`);--> statement-breakpoint
CREATE INDEX `cases_received_channel` ON `cases` (`received_on`,`channel`);--> statement-breakpoint
CREATE INDEX `cases_replied_due` ON `cases` (`replied_on`,`reply_due_on`);