CREATE TABLE `indicator_definitions` (
	`code` text PRIMARY KEY NOT NULL,
	`exploitation_form` text NOT NULL,
	`label_da` text NOT NULL,
	`label_en` text NOT NULL,
	`sort_order` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `indicator_definitions_form_idx` ON `indicator_definitions` (`exploitation_form`,`sort_order`);--> statement-breakpoint
CREATE TABLE `referral_addenda` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`indicator_codes` text NOT NULL,
	`indicator_text` text,
	`narrative` text,
	`author_user_id` text,
	`organisation_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `referral_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_addenda_referral_idx` ON `referral_addenda` (`referral_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `case_complex_contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_complex_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`author_user_id` text,
	`category` text NOT NULL,
	`noted_on` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_complex_id`) REFERENCES `case_complexes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_complex_contributions_complex_idx` ON `case_complex_contributions` (`case_complex_id`,`noted_on`);--> statement-breakpoint
CREATE TABLE `case_complex_contributors` (
	`case_complex_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`invited_at` text NOT NULL,
	`invited_by_user_id` text,
	`removed_at` text,
	PRIMARY KEY(`case_complex_id`, `organisation_id`),
	FOREIGN KEY (`case_complex_id`) REFERENCES `case_complexes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invited_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_complex_contributors_org_idx` ON `case_complex_contributors` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `historical_criminal_justice` (
	`year` integer NOT NULL,
	`provision_group` text NOT NULL,
	`charged` integer NOT NULL,
	`indicted` integer NOT NULL,
	`convicted` integer NOT NULL,
	`acquitted` integer NOT NULL,
	`imported_at` text NOT NULL,
	PRIMARY KEY(`year`, `provision_group`)
);
--> statement-breakpoint
ALTER TABLE `referrals` ADD `indicator_codes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_complexes` ADD `police_journal_numbers` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_complexes` ADD `prosecution_case_number` text;--> statement-breakpoint
ALTER TABLE `case_complexes` ADD `partner_countries` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_complexes` ADD `joint_investigation_team` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `case_complexes` ADD `joint_investigation_team_name` text;