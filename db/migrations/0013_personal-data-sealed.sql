ALTER TABLE `operations` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `case_complexes` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `suspects` ADD `erased_at` text;