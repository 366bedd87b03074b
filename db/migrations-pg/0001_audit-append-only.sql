-- The audit trail, its search and read hits and its signed checkpoints are append-only: the
-- database refuses to change or remove a row, whoever asks (the owner too; ADR 0029). The
-- application's role is, besides, granted only INSERT and SELECT on them (db/schema-pg/roles.ts).
CREATE FUNCTION samvirke_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_search_hits_no_update BEFORE UPDATE ON audit_search_hits FOR EACH ROW EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_search_hits_no_delete BEFORE DELETE ON audit_search_hits FOR EACH ROW EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_search_hits_no_truncate BEFORE TRUNCATE ON audit_search_hits FOR EACH STATEMENT EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION samvirke_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION samvirke_append_only();
