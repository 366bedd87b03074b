CREATE TABLE `audit_search_hits` (
	`seq` integer NOT NULL,
	`position` integer NOT NULL,
	`object_id` text NOT NULL,
	`subject_id` text,
	`purpose` text,
	PRIMARY KEY(`seq`, `position`),
	FOREIGN KEY (`seq`) REFERENCES `audit_events`(`seq`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_search_hits_subject_idx` ON `audit_search_hits` (`subject_id`);--> statement-breakpoint
CREATE INDEX `audit_search_hits_object_idx` ON `audit_search_hits` (`object_id`);--> statement-breakpoint
ALTER TABLE `audit_events` ADD `hit_count` integer;--> statement-breakpoint
-- The hits are part of their search record: append-only like the trail itself.
CREATE TRIGGER audit_search_hits_no_update BEFORE UPDATE ON audit_search_hits
BEGIN
  SELECT RAISE(ABORT, 'audit_search_hits is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_search_hits_no_delete BEFORE DELETE ON audit_search_hits
BEGIN
  SELECT RAISE(ABORT, 'audit_search_hits is append-only');
END;
