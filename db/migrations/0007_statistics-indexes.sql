-- Indexes for the statistics (server/modules/statistics/statistics.repo.ts), so the figures of a
-- year with 100 000 referrals come back well under a second (npm run bench). They are on the
-- referrals table but serve only the statistics, and drizzle declares an index with its table,
-- so they are written here as SQL. Each covers the columns its query reads (no table lookups).
-- Persons assessed TRAFFICKED in a period, with the facts each one is counted by.
CREATE INDEX IF NOT EXISTS `referrals_stats_trafficked_idx` ON `referrals` (`assessed_on`, `region`, `subject_id`, `reference`, `primary_exploitation`, `gender`, `nationality`, `age_at_assessment`, `assessed_by_organisation_id`) WHERE `decision` = 'TRAFFICKED';
--> statement-breakpoint
-- A person's earliest submitted referral: who made first contact.
CREATE INDEX IF NOT EXISTS `referrals_stats_first_contact_idx` ON `referrals` (`subject_id`, `submitted_at`, `created_at`, `reference`, `referring_organisation_id`) WHERE `submitted_at` IS NOT NULL;
--> statement-breakpoint
-- Referrals submitted in a period, per referring organisation (one range per organisation: no sorting).
CREATE INDEX IF NOT EXISTS `referrals_stats_submitted_idx` ON `referrals` (`referring_organisation_id`, `submitted_at`, `region`, `decision`);
--> statement-breakpoint
-- Identification interviews held in a period.
CREATE INDEX IF NOT EXISTS `referrals_stats_interview_idx` ON `referrals` (`interview_at`, `region`, `decision`);
--> statement-breakpoint
-- Closures in a period, by outcome (one range per outcome).
CREATE INDEX IF NOT EXISTS `referrals_stats_closed_idx` ON `referrals` (`outcome`, `closed_at`, `region`);
