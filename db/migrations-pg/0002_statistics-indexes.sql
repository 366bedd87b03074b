-- The statistics' covering indexes of db/migrations 0007 and 0012, written as SQL there and so
-- here (drizzle declares an index with its table; these serve only statistics.repo.ts). Same
-- names, key columns and predicates as on SQLite, so the schema-equality test holds (ADR 0029).
CREATE INDEX IF NOT EXISTS "referrals_stats_trafficked_idx" ON "referrals" ("assessed_on", "region", "subject_id", "reference", "primary_exploitation", "gender", "nationality", "age_at_assessment", "assessed_by_organisation_id") WHERE "decision" = 'TRAFFICKED';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "referrals_stats_first_contact_idx" ON "referrals" ("subject_id", "submitted_at", "created_at", "reference", "referring_organisation_id") WHERE "submitted_at" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "referrals_stats_submitted_idx" ON "referrals" ("referring_organisation_id", "submitted_at", "region", "decision");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "referrals_stats_interview_idx" ON "referrals" ("interview_at", "region", "decision");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "referrals_stats_closed_idx" ON "referrals" ("outcome", "closed_at", "region");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "historical_stats_trafficked_idx" ON "historical_assessments" ("assessed_on", "region", "person_key", "row_hash", "primary_exploitation", "gender", "nationality", "age_at_assessment", "authority", "first_contact") WHERE "decision" = 'TRAFFICKED';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "historical_stats_interview_idx" ON "historical_assessments" ("interview_held_on", "region", "decision") WHERE "interview_held_on" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "historical_stats_outcome_idx" ON "historical_assessments" ("outcome", "assessed_on", "region") WHERE "outcome" IS NOT NULL;
