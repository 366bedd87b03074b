CREATE TABLE `service_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`client_id` text NOT NULL,
	`secret_hash` text NOT NULL,
	`purpose` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`secret_rotated_at` text,
	`deactivated_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_accounts_user_id_unique` ON `service_accounts` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `service_accounts_client_id_unique` ON `service_accounts` (`client_id`);--> statement-breakpoint
CREATE INDEX `service_accounts_organisation_idx` ON `service_accounts` (`organisation_id`);