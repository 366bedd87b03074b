CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region" text,
	CONSTRAINT "organisations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" text NOT NULL,
	"locked_until" text
);
--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"requested_by" text NOT NULL,
	CONSTRAINT "password_reset_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"family_id" text NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"second_factor" boolean DEFAULT false NOT NULL,
	"session_started_at" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"rotated_at" text,
	"revoked_at" text,
	CONSTRAINT "refresh_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"organisation_id" text NOT NULL,
	"roles" jsonb NOT NULL,
	"reference_group" text,
	"password_hash" text NOT NULL,
	"totp_secret" text,
	"totp_enabled" boolean DEFAULT false NOT NULL,
	"totp_last_step" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" text NOT NULL,
	"deactivated_at" text,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "audit_checkpoints" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"head_hash" text NOT NULL,
	"created_at" text NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"actor_user_id" text,
	"actor_organisation_id" text,
	"actor_roles" text,
	"action" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"subject_id" text,
	"data_category" text,
	"purpose" text,
	"outcome" text NOT NULL,
	"request_id" text,
	"details" text,
	"hit_count" integer,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_search_hits" (
	"seq" bigint NOT NULL,
	"position" integer NOT NULL,
	"object_id" text NOT NULL,
	"subject_id" text,
	"purpose" text,
	"data_category" text,
	"details" text,
	CONSTRAINT "audit_search_hits_seq_position_pk" PRIMARY KEY("seq","position")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"link" text NOT NULL,
	"created_at" text NOT NULL,
	"read_at" text
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"recipient_user_id" text NOT NULL,
	"link" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" text NOT NULL,
	"last_error" text,
	"created_at" text NOT NULL,
	"sent_at" text
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"trigger" text NOT NULL,
	"at" text NOT NULL,
	"started_at" text NOT NULL,
	"finished_at" text,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"summary" text,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "deadline_notices" (
	"referral_id" text NOT NULL,
	"kind" text NOT NULL,
	"due_at" text NOT NULL,
	"sent_at" text NOT NULL,
	CONSTRAINT "deadline_notices_referral_id_kind_due_at_pk" PRIMARY KEY("referral_id","kind","due_at")
);
--> statement-breakpoint
CREATE TABLE "reference_sequences" (
	"scope" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" text,
	"actor_organisation_id" text,
	"at" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "referral_personal_data" (
	"referral_id" text PRIMARY KEY NOT NULL,
	"name" text,
	"alias" text,
	"date_of_birth" text,
	"estimated_age" integer,
	"contact" text,
	"whereabouts" text,
	"location" text,
	"indicators" text,
	"narrative" text,
	"assessment_grounds" text,
	"representative_name" text,
	"representative_appointed_by" text,
	"sealed_fields" text
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"urgency" text NOT NULL,
	"minor" boolean NOT NULL,
	"subject_id" text NOT NULL,
	"referred_subject_id" text,
	"referring_organisation_id" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"receiving_organisation_id" text,
	"competent_authority_id" text,
	"gender" text NOT NULL,
	"nationality" text,
	"age_band" text NOT NULL,
	"residence_status" text NOT NULL,
	"languages" jsonb NOT NULL,
	"suspected_exploitation" jsonb NOT NULL,
	"indicator_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sector" text,
	"region" text NOT NULL,
	"operation_id" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"submitted_at" text,
	"acknowledged_at" text,
	"acknowledge_by" text,
	"interview_by" text,
	"interview_at" text,
	"decision" text,
	"primary_exploitation" text,
	"assessed_on" text,
	"assessed_by_organisation_id" text,
	"age_at_assessment" integer,
	"consent_to_referral" text DEFAULT 'NOT_ASKED' NOT NULL,
	"consent_to_disclosure" text DEFAULT 'NOT_ASKED' NOT NULL,
	"reflection_starts_on" text,
	"reflection_days" integer,
	"representative_recorded_at" text,
	"outcome" text,
	"closed_at" text,
	"erased_at" text,
	"assignee_user_id" text,
	"deputy_user_id" text,
	CONSTRAINT "referrals_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" text PRIMARY KEY NOT NULL,
	"pseudonym" text NOT NULL,
	"created_at" text NOT NULL,
	"merged_into_id" text,
	"merged_at" text,
	CONSTRAINT "subjects_pseudonym_unique" UNIQUE("pseudonym")
);
--> statement-breakpoint
CREATE TABLE "access_grants" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text,
	"case_complex_id" text,
	"organisation_id" text NOT NULL,
	"user_id" text,
	"level" text NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"consent_override" boolean DEFAULT false NOT NULL,
	"break_glass" boolean DEFAULT false NOT NULL,
	"justification" text,
	"expires_at" text NOT NULL,
	"granted_by_user_id" text,
	"granted_by_organisation_id" text,
	"created_at" text NOT NULL,
	"revoked_at" text,
	"revoked_by_user_id" text,
	"revoke_reason" text,
	"reviewed_at" text,
	"reviewed_by_user_id" text,
	"review_note" text,
	"expiry_notice_sent_at" text,
	"consent_override_reason" text,
	"capped_from_level" text,
	"capped_at" text,
	"cap_reason" text,
	"review_overdue_notice_sent_at" text
);
--> statement-breakpoint
CREATE TABLE "access_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text NOT NULL,
	"case_complex_id" text,
	"organisation_id" text NOT NULL,
	"requested_by_user_id" text,
	"level" text NOT NULL,
	"purpose" text,
	"legal_basis" text,
	"reason" text,
	"origin" text NOT NULL,
	"state" text NOT NULL,
	"created_at" text NOT NULL,
	"confirmed_at" text,
	"decided_at" text,
	"decided_by_user_id" text,
	"decided_by_organisation_id" text,
	"refusal_reason" text,
	"grant_id" text,
	"capped_grant_id" text
);
--> statement-breakpoint
CREATE TABLE "referral_consents" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text NOT NULL,
	"version" integer NOT NULL,
	"to_referral" text NOT NULL,
	"to_disclosure" text NOT NULL,
	"recorded_by_user_id" text,
	"recorded_by_organisation_id" text,
	"recorded_at" text NOT NULL,
	"event_id" text
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" text NOT NULL,
	CONSTRAINT "calendar_feeds_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "calendar_feeds_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "operation_double_bookings" (
	"id" text PRIMARY KEY NOT NULL,
	"operation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"other_operation_id" text NOT NULL,
	"reason" text NOT NULL,
	"confirmed_at" text NOT NULL,
	"confirmed_by_user_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_interpreters" (
	"id" text PRIMARY KEY NOT NULL,
	"operation_id" text NOT NULL,
	"language" text NOT NULL,
	"provider" text,
	"status" text NOT NULL,
	"requested_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_invitations" (
	"operation_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"status" text NOT NULL,
	"invited_at" text NOT NULL,
	"responded_at" text,
	"responded_by_user_id" text,
	"attendee_user_ids" jsonb NOT NULL,
	"note" text,
	CONSTRAINT "operation_invitations_operation_id_organisation_id_pk" PRIMARY KEY("operation_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "operation_notices" (
	"operation_id" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" text NOT NULL,
	"sent_at" text NOT NULL,
	CONSTRAINT "operation_notices_operation_id_kind_starts_at_pk" PRIMARY KEY("operation_id","kind","starts_at")
);
--> statement-breakpoint
CREATE TABLE "operation_outcomes" (
	"operation_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"persons_encountered" integer NOT NULL,
	"possible_victims_spoken_with" integer NOT NULL,
	"arrests" integer NOT NULL,
	"findings" text,
	"recorded_at" text NOT NULL,
	"recorded_by_user_id" text NOT NULL,
	CONSTRAINT "operation_outcomes_operation_id_organisation_id_pk" PRIMARY KEY("operation_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "operation_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"operation_id" text NOT NULL,
	"position" integer NOT NULL,
	"address" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "operations" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"codename" text NOT NULL,
	"objective" text NOT NULL,
	"sector" text,
	"region" text NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	"briefing_point" text,
	"request_cmm_attendance" boolean DEFAULT false NOT NULL,
	"lead_attendee_user_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lead_organisation_id" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"cancelled_at" text,
	"cancel_reason" text,
	"erased_at" text
);
--> statement-breakpoint
CREATE TABLE "case_complex_operations" (
	"case_complex_id" text NOT NULL,
	"operation_id" text NOT NULL,
	"linked_at" text NOT NULL,
	"linked_by_user_id" text,
	CONSTRAINT "case_complex_operations_case_complex_id_operation_id_pk" PRIMARY KEY("case_complex_id","operation_id")
);
--> statement-breakpoint
CREATE TABLE "case_complex_referrals" (
	"case_complex_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"linked_at" text NOT NULL,
	"linked_by_user_id" text,
	CONSTRAINT "case_complex_referrals_case_complex_id_referral_id_pk" PRIMARY KEY("case_complex_id","referral_id")
);
--> statement-breakpoint
CREATE TABLE "case_complexes" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"police_journal_numbers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"prosecution_case_number" text,
	"partner_countries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"joint_investigation_team" boolean DEFAULT false NOT NULL,
	"joint_investigation_team_name" text,
	"lead_organisation_id" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"erased_at" text
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" text PRIMARY KEY NOT NULL,
	"case_complex_id" text NOT NULL,
	"suspect_id" text,
	"kind" text NOT NULL,
	"provision" text,
	"provision_text" text,
	"occurred_on" text NOT NULL,
	"note" text,
	"from_organisation_id" text,
	"to_organisation_id" text,
	"actor_user_id" text,
	"actor_organisation_id" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suspects" (
	"id" text PRIMARY KEY NOT NULL,
	"case_complex_id" text NOT NULL,
	"name" text NOT NULL,
	"date_of_birth" text,
	"nationality" text,
	"role_in_network" text,
	"notes" text,
	"created_at" text NOT NULL,
	"created_by_user_id" text,
	"erased_at" text
);
--> statement-breakpoint
CREATE TABLE "review_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"reference_group" text NOT NULL,
	"region" text NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"text" text NOT NULL,
	"referral_id" text,
	"recommendation" boolean DEFAULT false NOT NULL,
	"author_user_id" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "historical_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"row_hash" text NOT NULL,
	"person_key" text NOT NULL,
	"assessed_on" text NOT NULL,
	"decision" text NOT NULL,
	"authority" text NOT NULL,
	"gender" text NOT NULL,
	"nationality" text NOT NULL,
	"age_at_assessment" integer,
	"primary_exploitation" text NOT NULL,
	"first_contact" text NOT NULL,
	"interview_held_on" text,
	"outcome" text,
	"region" text,
	"imported_at" text NOT NULL,
	CONSTRAINT "historical_assessments_row_hash_unique" UNIQUE("row_hash")
);
--> statement-breakpoint
CREATE TABLE "subject_corrections" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text NOT NULL,
	"event_id" text NOT NULL,
	"field" text NOT NULL,
	"data_class" text NOT NULL,
	"previous" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_match_dismissals" (
	"subject_id" text NOT NULL,
	"other_subject_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"dismissed_by_user_id" text,
	"dismissed_by_organisation_id" text,
	"dismissed_at" text NOT NULL,
	CONSTRAINT "subject_match_dismissals_subject_id_other_subject_id_pk" PRIMARY KEY("subject_id","other_subject_id")
);
--> statement-breakpoint
CREATE TABLE "subject_match_indexed" (
	"referral_id" text PRIMARY KEY NOT NULL,
	"key_id" text NOT NULL,
	"indexed_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_match_tokens" (
	"referral_id" text NOT NULL,
	"token" text NOT NULL,
	"field" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "subject_match_tokens_referral_id_token_field_pk" PRIMARY KEY("referral_id","token","field")
);
--> statement-breakpoint
CREATE TABLE "subject_merges" (
	"id" text PRIMARY KEY NOT NULL,
	"surviving_subject_id" text NOT NULL,
	"merged_subject_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"moved" jsonb NOT NULL,
	"merged_by_user_id" text,
	"merged_by_organisation_id" text,
	"merged_at" text NOT NULL,
	"unmerged_by_user_id" text,
	"unmerged_by_organisation_id" text,
	"unmerged_at" text
);
--> statement-breakpoint
CREATE TABLE "inquiries" (
	"id" text PRIMARY KEY NOT NULL,
	"received_at" text NOT NULL,
	"kind" text NOT NULL,
	"caller_kind" text NOT NULL,
	"caller_organisation_id" text,
	"led_to" text NOT NULL,
	"referral_id" text,
	"operation_id" text,
	"note" text,
	"recorded_by_user_id" text NOT NULL,
	"recording_organisation_id" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_definitions" (
	"code" text PRIMARY KEY NOT NULL,
	"exploitation_form" text NOT NULL,
	"label_da" text NOT NULL,
	"label_en" text NOT NULL,
	"sort_order" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_addenda" (
	"id" text PRIMARY KEY NOT NULL,
	"referral_id" text NOT NULL,
	"indicator_codes" jsonb NOT NULL,
	"indicator_text" text,
	"narrative" text,
	"author_user_id" text,
	"organisation_id" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_complex_contributions" (
	"id" text PRIMARY KEY NOT NULL,
	"case_complex_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"author_user_id" text,
	"category" text NOT NULL,
	"noted_on" text NOT NULL,
	"note" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_complex_contributors" (
	"case_complex_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"invited_at" text NOT NULL,
	"invited_by_user_id" text,
	"removed_at" text,
	CONSTRAINT "case_complex_contributors_case_complex_id_organisation_id_pk" PRIMARY KEY("case_complex_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "historical_criminal_justice" (
	"year" integer NOT NULL,
	"provision_group" text NOT NULL,
	"charged" integer NOT NULL,
	"indicted" integer NOT NULL,
	"convicted" integer NOT NULL,
	"acquitted" integer NOT NULL,
	"imported_at" text NOT NULL,
	CONSTRAINT "historical_criminal_justice_year_provision_group_pk" PRIMARY KEY("year","provision_group")
);
--> statement-breakpoint
CREATE TABLE "service_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"client_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" text NOT NULL,
	"created_by" text NOT NULL,
	"secret_rotated_at" text,
	"deactivated_at" text,
	CONSTRAINT "service_accounts_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "service_accounts_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
CREATE TABLE "identity_providers" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret" text NOT NULL,
	"require_mfa_from_idp" boolean NOT NULL,
	"password_sign_in_allowed" boolean NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "identity_providers_organisation_id_unique" UNIQUE("organisation_id")
);
--> statement-breakpoint
CREATE TABLE "oidc_flows" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_identities" (
	"user_id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"subject" text NOT NULL,
	"linked_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_sessions" (
	"family_id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"ends_at" text NOT NULL,
	"sign_out_url" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_search_hits" ADD CONSTRAINT "audit_search_hits_seq_audit_events_seq_fk" FOREIGN KEY ("seq") REFERENCES "public"."audit_events"("seq") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_notices" ADD CONSTRAINT "deadline_notices_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_organisation_id_organisations_id_fk" FOREIGN KEY ("actor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_personal_data" ADD CONSTRAINT "referral_personal_data_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_subject_id_subjects_id_fk" FOREIGN KEY ("referred_subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referring_organisation_id_organisations_id_fk" FOREIGN KEY ("referring_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_receiving_organisation_id_organisations_id_fk" FOREIGN KEY ("receiving_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_competent_authority_id_organisations_id_fk" FOREIGN KEY ("competent_authority_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_assessed_by_organisation_id_organisations_id_fk" FOREIGN KEY ("assessed_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_deputy_user_id_users_id_fk" FOREIGN KEY ("deputy_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_merged_into_id_subjects_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_granted_by_user_id_users_id_fk" FOREIGN KEY ("granted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_granted_by_organisation_id_organisations_id_fk" FOREIGN KEY ("granted_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_revoked_by_user_id_users_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_decided_by_organisation_id_organisations_id_fk" FOREIGN KEY ("decided_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consents" ADD CONSTRAINT "referral_consents_recorded_by_organisation_id_organisations_id_fk" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_double_bookings" ADD CONSTRAINT "operation_double_bookings_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_double_bookings" ADD CONSTRAINT "operation_double_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_double_bookings" ADD CONSTRAINT "operation_double_bookings_other_operation_id_operations_id_fk" FOREIGN KEY ("other_operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_double_bookings" ADD CONSTRAINT "operation_double_bookings_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_interpreters" ADD CONSTRAINT "operation_interpreters_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_invitations" ADD CONSTRAINT "operation_invitations_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_invitations" ADD CONSTRAINT "operation_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_invitations" ADD CONSTRAINT "operation_invitations_responded_by_user_id_users_id_fk" FOREIGN KEY ("responded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_notices" ADD CONSTRAINT "operation_notices_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_outcomes" ADD CONSTRAINT "operation_outcomes_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_outcomes" ADD CONSTRAINT "operation_outcomes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_outcomes" ADD CONSTRAINT "operation_outcomes_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_targets" ADD CONSTRAINT "operation_targets_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_operations" ADD CONSTRAINT "case_complex_operations_case_complex_id_case_complexes_id_fk" FOREIGN KEY ("case_complex_id") REFERENCES "public"."case_complexes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_operations" ADD CONSTRAINT "case_complex_operations_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_operations" ADD CONSTRAINT "case_complex_operations_linked_by_user_id_users_id_fk" FOREIGN KEY ("linked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_referrals" ADD CONSTRAINT "case_complex_referrals_case_complex_id_case_complexes_id_fk" FOREIGN KEY ("case_complex_id") REFERENCES "public"."case_complexes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_referrals" ADD CONSTRAINT "case_complex_referrals_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_referrals" ADD CONSTRAINT "case_complex_referrals_linked_by_user_id_users_id_fk" FOREIGN KEY ("linked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complexes" ADD CONSTRAINT "case_complexes_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complexes" ADD CONSTRAINT "case_complexes_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_complex_id_case_complexes_id_fk" FOREIGN KEY ("case_complex_id") REFERENCES "public"."case_complexes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_suspect_id_suspects_id_fk" FOREIGN KEY ("suspect_id") REFERENCES "public"."suspects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_organisation_id_organisations_id_fk" FOREIGN KEY ("actor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspects" ADD CONSTRAINT "suspects_case_complex_id_case_complexes_id_fk" FOREIGN KEY ("case_complex_id") REFERENCES "public"."case_complexes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspects" ADD CONSTRAINT "suspects_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_corrections" ADD CONSTRAINT "subject_corrections_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_corrections" ADD CONSTRAINT "subject_corrections_event_id_referral_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."referral_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_match_dismissals" ADD CONSTRAINT "subject_match_dismissals_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_match_dismissals" ADD CONSTRAINT "subject_match_dismissals_other_subject_id_subjects_id_fk" FOREIGN KEY ("other_subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_match_dismissals" ADD CONSTRAINT "subject_match_dismissals_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_match_dismissals" ADD CONSTRAINT "subject_match_dismissals_dismissed_by_user_id_users_id_fk" FOREIGN KEY ("dismissed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_match_dismissals" ADD CONSTRAINT "subject_match_dismissals_dismissed_by_organisation_id_organisations_id_fk" FOREIGN KEY ("dismissed_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_match_indexed" ADD CONSTRAINT "subject_match_indexed_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_match_tokens" ADD CONSTRAINT "subject_match_tokens_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_merges" ADD CONSTRAINT "subject_merges_surviving_subject_id_subjects_id_fk" FOREIGN KEY ("surviving_subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_merges" ADD CONSTRAINT "subject_merges_merged_subject_id_subjects_id_fk" FOREIGN KEY ("merged_subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_merges" ADD CONSTRAINT "subject_merges_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_merges" ADD CONSTRAINT "subject_merges_merged_by_user_id_users_id_fk" FOREIGN KEY ("merged_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_merges" ADD CONSTRAINT "subject_merges_merged_by_organisation_id_organisations_id_fk" FOREIGN KEY ("merged_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_merges" ADD CONSTRAINT "subject_merges_unmerged_by_user_id_users_id_fk" FOREIGN KEY ("unmerged_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_merges" ADD CONSTRAINT "subject_merges_unmerged_by_organisation_id_organisations_id_fk" FOREIGN KEY ("unmerged_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_caller_organisation_id_organisations_id_fk" FOREIGN KEY ("caller_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_recording_organisation_id_organisations_id_fk" FOREIGN KEY ("recording_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_addenda" ADD CONSTRAINT "referral_addenda_id_referral_events_id_fk" FOREIGN KEY ("id") REFERENCES "public"."referral_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_addenda" ADD CONSTRAINT "referral_addenda_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_addenda" ADD CONSTRAINT "referral_addenda_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_addenda" ADD CONSTRAINT "referral_addenda_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_contributions" ADD CONSTRAINT "case_complex_contributions_case_complex_id_case_complexes_id_fk" FOREIGN KEY ("case_complex_id") REFERENCES "public"."case_complexes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_contributions" ADD CONSTRAINT "case_complex_contributions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_contributions" ADD CONSTRAINT "case_complex_contributions_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_contributors" ADD CONSTRAINT "case_complex_contributors_case_complex_id_case_complexes_id_fk" FOREIGN KEY ("case_complex_id") REFERENCES "public"."case_complexes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_contributors" ADD CONSTRAINT "case_complex_contributors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_complex_contributors" ADD CONSTRAINT "case_complex_contributors_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_providers" ADD CONSTRAINT "identity_providers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_providers" ADD CONSTRAINT "identity_providers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_flows" ADD CONSTRAINT "oidc_flows_provider_id_identity_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."identity_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_identities" ADD CONSTRAINT "oidc_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_identities" ADD CONSTRAINT "oidc_identities_provider_id_identity_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."identity_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_sessions" ADD CONSTRAINT "oidc_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_sessions" ADD CONSTRAINT "oidc_sessions_provider_id_identity_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."identity_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_idx" ON "refresh_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_events_object_idx" ON "audit_events" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "audit_search_hits_subject_idx" ON "audit_search_hits" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "audit_search_hits_object_idx" ON "audit_search_hits" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "job_runs_name_idx" ON "job_runs" USING btree ("name","started_at");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_created_idx" ON "referrals" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "referrals_referring_idx" ON "referrals" USING btree ("referring_organisation_id");--> statement-breakpoint
CREATE INDEX "referrals_receiving_idx" ON "referrals" USING btree ("receiving_organisation_id");--> statement-breakpoint
CREATE INDEX "referrals_competent_idx" ON "referrals" USING btree ("competent_authority_id");--> statement-breakpoint
CREATE INDEX "referrals_subject_idx" ON "referrals" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "referrals_state_idx" ON "referrals" USING btree ("state");--> statement-breakpoint
CREATE INDEX "referrals_assessed_idx" ON "referrals" USING btree ("assessed_on");--> statement-breakpoint
CREATE INDEX "referrals_operation_idx" ON "referrals" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "referrals_assignee_idx" ON "referrals" USING btree ("assignee_user_id");--> statement-breakpoint
CREATE INDEX "subjects_merged_into_idx" ON "subjects" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "access_grants_referral_idx" ON "access_grants" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "access_grants_complex_idx" ON "access_grants" USING btree ("case_complex_id");--> statement-breakpoint
CREATE INDEX "access_grants_organisation_idx" ON "access_grants" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "access_requests_referral_idx" ON "access_requests" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "access_requests_organisation_idx" ON "access_requests" USING btree ("organisation_id","state");--> statement-breakpoint
CREATE INDEX "access_requests_state_idx" ON "access_requests" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "access_requests_open_idx" ON "access_requests" USING btree ("referral_id","organisation_id") WHERE "access_requests"."state" in ('AWAITING_CONFIRMATION', 'PENDING');--> statement-breakpoint
CREATE UNIQUE INDEX "referral_consents_version_idx" ON "referral_consents" USING btree ("referral_id","version");--> statement-breakpoint
CREATE INDEX "operation_double_bookings_operation_idx" ON "operation_double_bookings" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "operation_interpreters_operation_idx" ON "operation_interpreters" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "operation_invitations_org_idx" ON "operation_invitations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "operation_targets_operation_idx" ON "operation_targets" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "operations_lead_idx" ON "operations" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "operations_time_idx" ON "operations" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "case_complex_referrals_referral_idx" ON "case_complex_referrals" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "case_events_complex_idx" ON "case_events" USING btree ("case_complex_id","created_at");--> statement-breakpoint
CREATE INDEX "suspects_complex_idx" ON "suspects" USING btree ("case_complex_id");--> statement-breakpoint
CREATE INDEX "review_notes_group_idx" ON "review_notes" USING btree ("reference_group","region","period_from");--> statement-breakpoint
CREATE INDEX "review_notes_region_idx" ON "review_notes" USING btree ("region","period_from");--> statement-breakpoint
CREATE INDEX "historical_assessments_assessed_idx" ON "historical_assessments" USING btree ("assessed_on");--> statement-breakpoint
CREATE INDEX "historical_assessments_person_idx" ON "historical_assessments" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "subject_corrections_referral_idx" ON "subject_corrections" USING btree ("referral_id","position");--> statement-breakpoint
CREATE INDEX "subject_match_tokens_token_idx" ON "subject_match_tokens" USING btree ("token","kind","referral_id","field");--> statement-breakpoint
CREATE INDEX "subject_merges_surviving_idx" ON "subject_merges" USING btree ("surviving_subject_id");--> statement-breakpoint
CREATE INDEX "subject_merges_merged_idx" ON "subject_merges" USING btree ("merged_subject_id");--> statement-breakpoint
CREATE INDEX "inquiries_received_idx" ON "inquiries" USING btree ("received_at","id");--> statement-breakpoint
CREATE INDEX "indicator_definitions_form_idx" ON "indicator_definitions" USING btree ("exploitation_form","sort_order");--> statement-breakpoint
CREATE INDEX "referral_addenda_referral_idx" ON "referral_addenda" USING btree ("referral_id","created_at");--> statement-breakpoint
CREATE INDEX "case_complex_contributions_complex_idx" ON "case_complex_contributions" USING btree ("case_complex_id","noted_on");--> statement-breakpoint
CREATE INDEX "case_complex_contributors_org_idx" ON "case_complex_contributors" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "service_accounts_organisation_idx" ON "service_accounts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "oidc_flows_expires_idx" ON "oidc_flows" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "oidc_identities_subject_idx" ON "oidc_identities" USING btree ("provider_id","subject");--> statement-breakpoint
CREATE INDEX "oidc_sessions_ends_idx" ON "oidc_sessions" USING btree ("ends_at");