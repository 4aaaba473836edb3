CREATE TABLE `password_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`password_hash` text NOT NULL,
	`set_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `password_history_user` ON `password_history` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`signed_in_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`revoked_at` text,
	`client_address` text NOT NULL,
	`demo` integer DEFAULT false NOT NULL,
	`second_factor_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`,`signed_in_at`);--> statement-breakpoint
CREATE INDEX `sessions_signed_in` ON `sessions` (`signed_in_at`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `client_address` text;--> statement-breakpoint
CREATE INDEX `audit_actor` ON `audit_log` (`actor_id`,`id`);--> statement-breakpoint
ALTER TABLE `login_attempts` ADD `client_address` text;--> statement-breakpoint
CREATE INDEX `login_attempts_address_at` ON `login_attempts` (`client_address`,`attempted_at`);--> statement-breakpoint
CREATE INDEX `login_attempts_at` ON `login_attempts` (`attempted_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_enabled_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_last_step` integer;