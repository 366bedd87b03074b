-- Each language code the operation listed becomes an interpreter asked for (REQUESTED, no provider yet).
INSERT INTO `operation_interpreters` (`id`, `operation_id`, `language`, `provider`, `status`, `requested_at`, `updated_at`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  o.`id`, j.`value`, NULL, 'REQUESTED', o.`created_at`, o.`updated_at`
FROM `operations` o, json_each(o.`interpreter_languages`) j;--> statement-breakpoint
ALTER TABLE `operations` DROP COLUMN `interpreter_languages`;