ALTER TABLE `audit_search_hits` ADD `data_category` text;--> statement-breakpoint
ALTER TABLE `audit_search_hits` ADD `details` text;