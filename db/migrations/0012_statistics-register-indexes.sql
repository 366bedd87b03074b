-- Covering indexes over the historical register for the statistics (statistics.repo.ts), as 0007
-- did for referrals: with a million register rows every per-year figure was a range over
-- assessed_on followed by a table lookup per row (closures: one per year and outcome), and
-- interviews scanned the table (interview_held_on had no index). Each index holds every column its
-- query reads, so a figure is an index range and nothing else (ADR 0022, docs/performance.md).
-- Persons assessed TRAFFICKED in a period, with the facts each is counted by (personBreakdowns, personsPerYear).
CREATE INDEX IF NOT EXISTS `historical_stats_trafficked_idx` ON `historical_assessments` (`assessed_on`, `region`, `person_key`, `row_hash`, `primary_exploitation`, `gender`, `nationality`, `age_at_assessment`, `authority`, `first_contact`) WHERE `decision` = 'TRAFFICKED';
--> statement-breakpoint
-- Identification interviews held in a period (interviewsPerYear).
CREATE INDEX IF NOT EXISTS `historical_stats_interview_idx` ON `historical_assessments` (`interview_held_on`, `region`, `decision`) WHERE `interview_held_on` IS NOT NULL;
--> statement-breakpoint
-- Closures by outcome in the year of their assessment (closuresPerYear: one range per outcome and year).
CREATE INDEX IF NOT EXISTS `historical_stats_outcome_idx` ON `historical_assessments` (`outcome`, `assessed_on`, `region`) WHERE `outcome` IS NOT NULL;
