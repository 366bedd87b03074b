CREATE TABLE `access_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`case_complex_id` text,
	`organisation_id` text NOT NULL,
	`requested_by_user_id` text,
	`level` text NOT NULL,
	`purpose` text,
	`legal_basis` text,
	`reason` text,
	`origin` text NOT NULL,
	`state` text NOT NULL,
	`created_at` text NOT NULL,
	`confirmed_at` text,
	`decided_at` text,
	`decided_by_user_id` text,
	`decided_by_organisation_id` text,
	`refusal_reason` text,
	`grant_id` text,
	`capped_grant_id` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `access_requests_referral_idx` ON `access_requests` (`referral_id`);--> statement-breakpoint
CREATE INDEX `access_requests_organisation_idx` ON `access_requests` (`organisation_id`,`state`);--> statement-breakpoint
CREATE INDEX `access_requests_state_idx` ON `access_requests` (`state`);--> statement-breakpoint
CREATE UNIQUE INDEX `access_requests_open_idx` ON `access_requests` (`referral_id`,`organisation_id`) WHERE "access_requests"."state" in ('AWAITING_CONFIRMATION', 'PENDING');--> statement-breakpoint
CREATE TABLE `referral_consents` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`version` integer NOT NULL,
	`to_referral` text NOT NULL,
	`to_disclosure` text NOT NULL,
	`recorded_by_user_id` text,
	`recorded_by_organisation_id` text,
	`recorded_at` text NOT NULL,
	`event_id` text,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referral_consents_version_idx` ON `referral_consents` (`referral_id`,`version`);--> statement-breakpoint
ALTER TABLE `access_grants` ADD `consent_override_reason` text;--> statement-breakpoint
ALTER TABLE `access_grants` ADD `capped_from_level` text;--> statement-breakpoint
ALTER TABLE `access_grants` ADD `capped_at` text;--> statement-breakpoint
ALTER TABLE `access_grants` ADD `cap_reason` text;--> statement-breakpoint
ALTER TABLE `access_grants` ADD `review_overdue_notice_sent_at` text;