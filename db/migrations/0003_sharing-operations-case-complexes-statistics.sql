CREATE TABLE `audit_checkpoints` (
	`seq` integer PRIMARY KEY NOT NULL,
	`head_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`key_id` text NOT NULL,
	`signature` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `access_grants` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text,
	`case_complex_id` text,
	`organisation_id` text NOT NULL,
	`user_id` text,
	`level` text NOT NULL,
	`purpose` text NOT NULL,
	`legal_basis` text NOT NULL,
	`consent_override` integer DEFAULT false NOT NULL,
	`break_glass` integer DEFAULT false NOT NULL,
	`justification` text,
	`expires_at` text NOT NULL,
	`granted_by_user_id` text,
	`granted_by_organisation_id` text,
	`created_at` text NOT NULL,
	`revoked_at` text,
	`revoked_by_user_id` text,
	`revoke_reason` text,
	`reviewed_at` text,
	`reviewed_by_user_id` text,
	`review_note` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`granted_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`granted_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `access_grants_referral_idx` ON `access_grants` (`referral_id`);--> statement-breakpoint
CREATE INDEX `access_grants_complex_idx` ON `access_grants` (`case_complex_id`);--> statement-breakpoint
CREATE INDEX `access_grants_organisation_idx` ON `access_grants` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `operation_invitations` (
	`operation_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`status` text NOT NULL,
	`invited_at` text NOT NULL,
	`responded_at` text,
	`responded_by_user_id` text,
	`attendee_user_ids` text NOT NULL,
	`note` text,
	PRIMARY KEY(`operation_id`, `organisation_id`),
	FOREIGN KEY (`operation_id`) REFERENCES `operations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `operation_invitations_org_idx` ON `operation_invitations` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `operation_notices` (
	`operation_id` text NOT NULL,
	`kind` text NOT NULL,
	`starts_at` text NOT NULL,
	`sent_at` text NOT NULL,
	PRIMARY KEY(`operation_id`, `kind`, `starts_at`),
	FOREIGN KEY (`operation_id`) REFERENCES `operations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `operation_outcomes` (
	`operation_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`persons_encountered` integer NOT NULL,
	`possible_victims_spoken_with` integer NOT NULL,
	`arrests` integer NOT NULL,
	`findings` text,
	`recorded_at` text NOT NULL,
	`recorded_by_user_id` text NOT NULL,
	PRIMARY KEY(`operation_id`, `organisation_id`),
	FOREIGN KEY (`operation_id`) REFERENCES `operations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `operation_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`operation_id` text NOT NULL,
	`position` integer NOT NULL,
	`address` text NOT NULL,
	`description` text,
	FOREIGN KEY (`operation_id`) REFERENCES `operations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `operation_targets_operation_idx` ON `operation_targets` (`operation_id`);--> statement-breakpoint
CREATE TABLE `operations` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`state` text NOT NULL,
	`codename` text NOT NULL,
	`objective` text NOT NULL,
	`sector` text,
	`region` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`briefing_point` text,
	`request_cmm_attendance` integer DEFAULT false NOT NULL,
	`interpreter_languages` text NOT NULL,
	`lead_organisation_id` text NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`cancelled_at` text,
	`cancel_reason` text,
	FOREIGN KEY (`lead_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `operations_lead_idx` ON `operations` (`lead_organisation_id`);--> statement-breakpoint
CREATE INDEX `operations_time_idx` ON `operations` (`starts_at`,`ends_at`);--> statement-breakpoint
CREATE TABLE `case_complex_operations` (
	`case_complex_id` text NOT NULL,
	`operation_id` text NOT NULL,
	`linked_at` text NOT NULL,
	`linked_by_user_id` text,
	PRIMARY KEY(`case_complex_id`, `operation_id`),
	FOREIGN KEY (`case_complex_id`) REFERENCES `case_complexes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operation_id`) REFERENCES `operations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `case_complex_referrals` (
	`case_complex_id` text NOT NULL,
	`referral_id` text NOT NULL,
	`linked_at` text NOT NULL,
	`linked_by_user_id` text,
	PRIMARY KEY(`case_complex_id`, `referral_id`),
	FOREIGN KEY (`case_complex_id`) REFERENCES `case_complexes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_complex_referrals_referral_idx` ON `case_complex_referrals` (`referral_id`);--> statement-breakpoint
CREATE TABLE `case_complexes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`lead_organisation_id` text NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`lead_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_complex_id` text NOT NULL,
	`suspect_id` text,
	`kind` text NOT NULL,
	`provision` text,
	`occurred_on` text NOT NULL,
	`note` text,
	`from_organisation_id` text,
	`to_organisation_id` text,
	`actor_user_id` text,
	`actor_organisation_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_complex_id`) REFERENCES `case_complexes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`suspect_id`) REFERENCES `suspects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_complex_idx` ON `case_events` (`case_complex_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `suspects` (
	`id` text PRIMARY KEY NOT NULL,
	`case_complex_id` text NOT NULL,
	`name` text NOT NULL,
	`date_of_birth` text,
	`nationality` text,
	`role_in_network` text,
	`notes` text,
	`created_at` text NOT NULL,
	`created_by_user_id` text,
	FOREIGN KEY (`case_complex_id`) REFERENCES `case_complexes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `suspects_complex_idx` ON `suspects` (`case_complex_id`);--> statement-breakpoint
CREATE TABLE `review_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`reference_group` text NOT NULL,
	`region` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`text` text NOT NULL,
	`author_user_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_notes_group_idx` ON `review_notes` (`reference_group`,`region`,`period_from`);--> statement-breakpoint
CREATE TABLE `historical_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`row_hash` text NOT NULL,
	`person_key` text NOT NULL,
	`assessed_on` text NOT NULL,
	`decision` text NOT NULL,
	`authority` text NOT NULL,
	`gender` text NOT NULL,
	`nationality` text NOT NULL,
	`age_at_assessment` integer,
	`primary_exploitation` text NOT NULL,
	`first_contact` text NOT NULL,
	`interview_held_on` text,
	`outcome` text,
	`region` text,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `historical_assessments_row_hash_unique` ON `historical_assessments` (`row_hash`);--> statement-breakpoint
CREATE INDEX `historical_assessments_assessed_idx` ON `historical_assessments` (`assessed_on`);--> statement-breakpoint
CREATE INDEX `historical_assessments_person_idx` ON `historical_assessments` (`person_key`);--> statement-breakpoint
ALTER TABLE `referrals` ADD `age_at_assessment` integer;--> statement-breakpoint
ALTER TABLE `referrals` ADD `consent_to_referral` text DEFAULT 'NOT_ASKED' NOT NULL;--> statement-breakpoint
ALTER TABLE `referrals` ADD `consent_to_disclosure` text DEFAULT 'NOT_ASKED' NOT NULL;--> statement-breakpoint
CREATE INDEX `referrals_assessed_idx` ON `referrals` (`assessed_on`);--> statement-breakpoint
CREATE INDEX `referrals_operation_idx` ON `referrals` (`operation_id`);