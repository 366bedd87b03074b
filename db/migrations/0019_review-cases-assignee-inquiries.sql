CREATE TABLE `inquiries` (
	`id` text PRIMARY KEY NOT NULL,
	`received_at` text NOT NULL,
	`kind` text NOT NULL,
	`caller_kind` text NOT NULL,
	`caller_organisation_id` text,
	`led_to` text NOT NULL,
	`referral_id` text,
	`operation_id` text,
	`note` text,
	`recorded_by_user_id` text NOT NULL,
	`recording_organisation_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`caller_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recording_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inquiries_received_idx` ON `inquiries` (`received_at`,`id`);--> statement-breakpoint
ALTER TABLE `referrals` ADD `assignee_user_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `referrals` ADD `deputy_user_id` text REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `referrals_assignee_idx` ON `referrals` (`assignee_user_id`);--> statement-breakpoint
ALTER TABLE `review_notes` ADD `referral_id` text;--> statement-breakpoint
ALTER TABLE `review_notes` ADD `recommendation` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `review_notes_region_idx` ON `review_notes` (`region`,`period_from`);