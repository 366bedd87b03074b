-- SQLite adds a NOT NULL column only with a default; rows already there take their family's first
-- token time (the best record left of when those sign-ins began).
ALTER TABLE `refresh_tokens` ADD `session_started_at` text NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE `refresh_tokens` SET `session_started_at` = (SELECT min(r2.`created_at`) FROM `refresh_tokens` r2 WHERE r2.`family_id` = `refresh_tokens`.`family_id`);
