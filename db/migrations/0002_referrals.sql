CREATE TABLE `deadline_notices` (
	`referral_id` text NOT NULL,
	`kind` text NOT NULL,
	`due_at` text NOT NULL,
	`sent_at` text NOT NULL,
	PRIMARY KEY(`referral_id`, `kind`, `due_at`),
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reference_sequences` (
	`scope` text PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `referral_events` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`action` text NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`actor_user_id` text,
	`actor_organisation_id` text,
	`at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_events_referral_idx` ON `referral_events` (`referral_id`,`at`);--> statement-breakpoint
CREATE TABLE `referral_personal_data` (
	`referral_id` text PRIMARY KEY NOT NULL,
	`name` text,
	`alias` text,
	`date_of_birth` text,
	`estimated_age` integer,
	`contact` text,
	`whereabouts` text,
	`location` text,
	`indicators` text,
	`narrative` text,
	`assessment_grounds` text,
	`representative_name` text,
	`representative_appointed_by` text,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`version` integer NOT NULL,
	`state` text NOT NULL,
	`urgency` text NOT NULL,
	`minor` integer NOT NULL,
	`subject_id` text NOT NULL,
	`referring_organisation_id` text NOT NULL,
	`created_by_user_id` text NOT NULL,
	`receiving_organisation_id` text,
	`competent_authority_id` text,
	`gender` text NOT NULL,
	`nationality` text,
	`age_band` text NOT NULL,
	`residence_status` text NOT NULL,
	`languages` text NOT NULL,
	`suspected_exploitation` text NOT NULL,
	`sector` text,
	`region` text NOT NULL,
	`operation_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`submitted_at` text,
	`acknowledged_at` text,
	`acknowledge_by` text,
	`interview_by` text,
	`interview_at` text,
	`decision` text,
	`primary_exploitation` text,
	`assessed_on` text,
	`assessed_by_organisation_id` text,
	`reflection_starts_on` text,
	`reflection_days` integer,
	`representative_recorded_at` text,
	`outcome` text,
	`closed_at` text,
	`erased_at` text,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referring_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receiving_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`competent_authority_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessed_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_reference_unique` ON `referrals` (`reference`);--> statement-breakpoint
CREATE INDEX `referrals_created_idx` ON `referrals` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `referrals_referring_idx` ON `referrals` (`referring_organisation_id`);--> statement-breakpoint
CREATE INDEX `referrals_receiving_idx` ON `referrals` (`receiving_organisation_id`);--> statement-breakpoint
CREATE INDEX `referrals_competent_idx` ON `referrals` (`competent_authority_id`);--> statement-breakpoint
CREATE INDEX `referrals_subject_idx` ON `referrals` (`subject_id`);--> statement-breakpoint
CREATE INDEX `referrals_state_idx` ON `referrals` (`state`);--> statement-breakpoint
CREATE TABLE `subjects` (
	`id` text PRIMARY KEY NOT NULL,
	`pseudonym` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subjects_pseudonym_unique` ON `subjects` (`pseudonym`);