CREATE TYPE "public"."case_status" AS ENUM('active', 'paused', 'closed');--> statement-breakpoint
CREATE TYPE "public"."goal_kind" AS ENUM('language', 'recognition', 'employment', 'education', 'entrepreneurship', 'other');--> statement-breakpoint
CREATE TYPE "public"."goal_status" AS ENUM('open', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."note_visibility" AS ENUM('organisation', 'partners');--> statement-breakpoint
CREATE TYPE "public"."outcome_kind" AS ENUM('employed_matching', 'employed_other', 'studies', 'entrepreneur', 'moved_away', 'other');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."service_event_kind" AS ENUM('case_opened', 'case_assigned', 'case_status', 'appointment_booked', 'appointment_cancelled', 'appointment_attended', 'appointment_missed', 'group_session_attended', 'referral_sent', 'referral_accepted', 'referral_declined', 'referral_withdrawn', 'plan_goal_added', 'plan_goal_changed', 'plan_task_added', 'plan_task_done', 'outcome_recorded');--> statement-breakpoint
CREATE TYPE "public"."appointment_kind" AS ENUM('individual', 'group');--> statement-breakpoint
CREATE TYPE "public"."appointment_mode" AS ENUM('in_person', 'phone', 'video');--> statement-breakpoint
CREATE TYPE "public"."attendance" AS ENUM('attended', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."age_band" AS ENUM('under_25', '25_34', '35_44', '45_54', '55_plus', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."walk_in_language" AS ENUM('fi', 'sv', 'en', 'ru', 'uk', 'ar', 'so', 'fa', 'other');--> statement-breakpoint
CREATE TYPE "public"."walk_in_topic" AS ENUM('job_search', 'cv_and_applications', 'language_studies', 'degree_recognition', 'residence_permit', 'entrepreneurship', 'education', 'housing', 'family_services', 'other');--> statement-breakpoint
CREATE TABLE "case_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"client_user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" text,
	"visibility" "note_visibility" NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_note_body_len" CHECK (char_length("case_note"."body") BETWEEN 1 AND 5000)
);
--> statement-breakpoint
CREATE TABLE "case_note_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"visibility" "note_visibility" NOT NULL,
	"edited_by" text,
	"edited_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_outcome" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"client_user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "outcome_kind" NOT NULL,
	"occurred_on" date NOT NULL,
	"employer_organisation_id" uuid,
	"employer_name" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_outcome_employer_len" CHECK (char_length("case_outcome"."employer_name") <= 200)
);
--> statement-breakpoint
CREATE TABLE "client_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"client_user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assigned_to" text,
	"status" "case_status" DEFAULT 'active' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"last_contact_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"client_user_id" text NOT NULL,
	"organisation_id" uuid,
	"kind" "goal_kind" NOT NULL,
	"title" text NOT NULL,
	"target_date" date,
	"status" "goal_status" DEFAULT 'open' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_goal_title_len" CHECK (char_length("plan_goal"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "plan_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_date" date,
	"done_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_task_title_len" CHECK (char_length("plan_task"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"client_user_id" text NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"referred_by" text,
	"service" text NOT NULL,
	"message" text,
	"status" "referral_status" DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_service_len" CHECK (char_length("referral"."service") BETWEEN 1 AND 200),
	CONSTRAINT "referral_message_len" CHECK (char_length("referral"."message") <= 2000),
	CONSTRAINT "referral_reason_len" CHECK (char_length("referral"."decision_reason") <= 1000),
	CONSTRAINT "referral_other_org" CHECK ("referral"."from_organisation_id" <> "referral"."to_organisation_id"),
	CONSTRAINT "referral_decline_reason" CHECK ("referral"."status" <> 'declined' OR "referral"."decision_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "service_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"client_user_id" text NOT NULL,
	"organisation_id" uuid,
	"kind" "service_event_kind" NOT NULL,
	"actor_user_id" text,
	"ref_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_booking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"client_user_id" text NOT NULL,
	"booked_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"attendance" "attendance"
);
--> statement-breakpoint
CREATE TABLE "appointment_slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"host_user_id" text,
	"kind" "appointment_kind" NOT NULL,
	"mode" "appointment_mode" NOT NULL,
	"title" text,
	"place" text,
	"link" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_slot_time" CHECK ("appointment_slot"."ends_at" > "appointment_slot"."starts_at"),
	CONSTRAINT "appointment_slot_capacity" CHECK ("appointment_slot"."capacity" BETWEEN 1 AND 500),
	CONSTRAINT "appointment_slot_individual" CHECK ("appointment_slot"."kind" = 'group' OR "appointment_slot"."capacity" = 1),
	CONSTRAINT "appointment_slot_title_len" CHECK (char_length("appointment_slot"."title") <= 200),
	CONSTRAINT "appointment_slot_place_len" CHECK (char_length("appointment_slot"."place") <= 300),
	CONSTRAINT "appointment_slot_link_len" CHECK (char_length("appointment_slot"."link") <= 500)
);
--> statement-breakpoint
CREATE TABLE "service_point" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"municipality_code" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_point_name_len" CHECK (char_length("service_point"."name") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "walk_in" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"recorded_by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"topics" "walk_in_topic"[] NOT NULL,
	"language" "walk_in_language" NOT NULL,
	"age_band" "age_band" NOT NULL,
	"referral_given" boolean DEFAULT false NOT NULL,
	"next_step_given" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "walk_in_topics" CHECK (cardinality("walk_in"."topics") BETWEEN 1 AND 10)
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "send_after" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "calendar" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "ref_id" uuid;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_client_user_id_auth_user_id_fk" FOREIGN KEY ("client_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_id_auth_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note_version" ADD CONSTRAINT "case_note_version_note_id_case_note_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."case_note"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note_version" ADD CONSTRAINT "case_note_version_edited_by_auth_user_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcome" ADD CONSTRAINT "case_outcome_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcome" ADD CONSTRAINT "case_outcome_client_user_id_auth_user_id_fk" FOREIGN KEY ("client_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcome" ADD CONSTRAINT "case_outcome_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcome" ADD CONSTRAINT "case_outcome_employer_organisation_id_organisation_id_fk" FOREIGN KEY ("employer_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcome" ADD CONSTRAINT "case_outcome_recorded_by_auth_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_case" ADD CONSTRAINT "client_case_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_case" ADD CONSTRAINT "client_case_client_user_id_auth_user_id_fk" FOREIGN KEY ("client_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_case" ADD CONSTRAINT "client_case_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_case" ADD CONSTRAINT "client_case_assigned_to_auth_user_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_client_user_id_auth_user_id_fk" FOREIGN KEY ("client_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_goal_id_plan_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_client_user_id_auth_user_id_fk" FOREIGN KEY ("client_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_organisation_id_organisation_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_to_organisation_id_organisation_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_referred_by_auth_user_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_decided_by_auth_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_event" ADD CONSTRAINT "service_event_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_event" ADD CONSTRAINT "service_event_client_user_id_auth_user_id_fk" FOREIGN KEY ("client_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_event" ADD CONSTRAINT "service_event_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_event" ADD CONSTRAINT "service_event_actor_user_id_auth_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_booking" ADD CONSTRAINT "appointment_booking_slot_id_appointment_slot_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."appointment_slot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_booking" ADD CONSTRAINT "appointment_booking_client_user_id_auth_user_id_fk" FOREIGN KEY ("client_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_booking" ADD CONSTRAINT "appointment_booking_booked_by_auth_user_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slot" ADD CONSTRAINT "appointment_slot_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slot" ADD CONSTRAINT "appointment_slot_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slot" ADD CONSTRAINT "appointment_slot_host_user_id_auth_user_id_fk" FOREIGN KEY ("host_user_id") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_point" ADD CONSTRAINT "service_point_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_point" ADD CONSTRAINT "service_point_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_in" ADD CONSTRAINT "walk_in_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_in" ADD CONSTRAINT "walk_in_service_point_id_service_point_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_point"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_in" ADD CONSTRAINT "walk_in_recorded_by_auth_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_note_client_idx" ON "case_note" USING btree ("client_user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_note_version_uq" ON "case_note_version" USING btree ("note_id","version");--> statement-breakpoint
CREATE INDEX "case_outcome_client_idx" ON "case_outcome" USING btree ("client_user_id");--> statement-breakpoint
CREATE INDEX "case_outcome_hub_idx" ON "case_outcome" USING btree ("hub_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "client_case_open_uq" ON "client_case" USING btree ("client_user_id","organisation_id") WHERE "client_case"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "client_case_org_idx" ON "client_case" USING btree ("hub_id","organisation_id","status");--> statement-breakpoint
CREATE INDEX "client_case_assignee_idx" ON "client_case" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "client_case_client_idx" ON "client_case" USING btree ("client_user_id");--> statement-breakpoint
CREATE INDEX "plan_goal_client_idx" ON "plan_goal" USING btree ("client_user_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_task_goal_idx" ON "plan_task" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "referral_client_idx" ON "referral" USING btree ("client_user_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_to_idx" ON "referral" USING btree ("hub_id","to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referral_from_idx" ON "referral" USING btree ("hub_id","from_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_pending_uq" ON "referral" USING btree ("client_user_id","to_organisation_id") WHERE "referral"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "service_event_client_idx" ON "service_event" USING btree ("client_user_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_booking_active_uq" ON "appointment_booking" USING btree ("slot_id","client_user_id") WHERE "appointment_booking"."cancelled_at" IS NULL;--> statement-breakpoint
CREATE INDEX "appointment_booking_client_idx" ON "appointment_booking" USING btree ("client_user_id");--> statement-breakpoint
CREATE INDEX "appointment_slot_org_idx" ON "appointment_slot" USING btree ("hub_id","organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointment_slot_host_idx" ON "appointment_slot" USING btree ("host_user_id","starts_at");--> statement-breakpoint
CREATE INDEX "service_point_hub_idx" ON "service_point" USING btree ("hub_id");--> statement-breakpoint
CREATE INDEX "walk_in_point_at_idx" ON "walk_in" USING btree ("service_point_id","at");--> statement-breakpoint
CREATE INDEX "walk_in_hub_at_idx" ON "walk_in" USING btree ("hub_id","at");