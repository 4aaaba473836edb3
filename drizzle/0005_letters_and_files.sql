CREATE TABLE `case_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`letter_id` integer,
	`category` text NOT NULL,
	`file_name` text NOT NULL,
	`stored_name` text NOT NULL,
	`file_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_at` text NOT NULL,
	`uploaded_by` integer,
	`deleted_at` text,
	`deleted_by` integer,
	`delete_reason` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`letter_id`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_files_case` ON `case_files` (`case_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `case_files_stored_name` ON `case_files` (`stored_name`);--> statement-breakpoint
CREATE TABLE `letter_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`letter_id` integer NOT NULL,
	`method` text NOT NULL,
	`tracking_no` text,
	`sent_on` text NOT NULL,
	`received_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`letter_id`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "letter_deliveries_post_tracked" CHECK("letter_deliveries"."method" <> 'post' OR "letter_deliveries"."tracking_no" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `letter_deliveries_letter` ON `letter_deliveries` (`letter_id`);--> statement-breakpoint
CREATE TABLE `letter_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type_key` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letter_templates_key_version` ON `letter_templates` (`type_key`,`version`);--> statement-breakpoint
CREATE TABLE `letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`type_key` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`fields` text DEFAULT '{}' NOT NULL,
	`template_version` integer DEFAULT 0 NOT NULL,
	`doc_no` text,
	`doc_year` integer,
	`doc_seq` integer,
	`issued_on` text,
	`issued_by` integer,
	`submitted_by` integer,
	`submitted_at` text,
	`approved_by` integer,
	`approved_on` text,
	`review_comment` text,
	`cancelled_by` integer,
	`cancelled_on` text,
	`cancel_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "letters_numbered_when_issued" CHECK(("letters"."status" IN ('issued', 'cancelled')) = ("letters"."doc_no" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `letters_case` ON `letters` (`case_id`,`id`);--> statement-breakpoint
CREATE INDEX `letters_status` ON `letters` (`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `letters_doc_seq` ON `letters` (`kind`,`doc_year`,`doc_seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `letters_doc_no` ON `letters` (`doc_no`);