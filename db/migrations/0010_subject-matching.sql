CREATE TABLE `subject_corrections` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`event_id` text NOT NULL,
	`field` text NOT NULL,
	`data_class` text NOT NULL,
	`previous` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `referral_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subject_corrections_referral_idx` ON `subject_corrections` (`referral_id`,`position`);--> statement-breakpoint
CREATE TABLE `subject_match_dismissals` (
	`subject_id` text NOT NULL,
	`other_subject_id` text NOT NULL,
	`referral_id` text NOT NULL,
	`dismissed_by_user_id` text,
	`dismissed_by_organisation_id` text,
	`dismissed_at` text NOT NULL,
	PRIMARY KEY(`subject_id`, `other_subject_id`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `subject_match_indexed` (
	`referral_id` text PRIMARY KEY NOT NULL,
	`key_id` text NOT NULL,
	`indexed_at` text NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `subject_match_tokens` (
	`referral_id` text NOT NULL,
	`token` text NOT NULL,
	`field` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`referral_id`, `token`, `field`),
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subject_match_tokens_token_idx` ON `subject_match_tokens` (`token`,`kind`,`referral_id`,`field`);--> statement-breakpoint
CREATE TABLE `subject_merges` (
	`id` text PRIMARY KEY NOT NULL,
	`surviving_subject_id` text NOT NULL,
	`merged_subject_id` text NOT NULL,
	`referral_id` text NOT NULL,
	`moved` text NOT NULL,
	`merged_by_user_id` text,
	`merged_by_organisation_id` text,
	`merged_at` text NOT NULL,
	`unmerged_by_user_id` text,
	`unmerged_by_organisation_id` text,
	`unmerged_at` text,
	FOREIGN KEY (`surviving_subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unmerged_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unmerged_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subject_merges_surviving_idx` ON `subject_merges` (`surviving_subject_id`);--> statement-breakpoint
CREATE INDEX `subject_merges_merged_idx` ON `subject_merges` (`merged_subject_id`);--> statement-breakpoint
ALTER TABLE `referrals` ADD `referred_subject_id` text REFERENCES subjects(id);--> statement-breakpoint
ALTER TABLE `subjects` ADD `merged_into_id` text REFERENCES subjects(id);--> statement-breakpoint
ALTER TABLE `subjects` ADD `merged_at` text;--> statement-breakpoint
CREATE INDEX `subjects_merged_into_idx` ON `subjects` (`merged_into_id`);