CREATE TYPE "public"."cefr_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native');--> statement-breakpoint
CREATE TYPE "public"."permit_basis" AS ENUM('work', 'studies', 'family', 'temporary_protection', 'eu_citizen', 'permanent', 'other');--> statement-breakpoint
CREATE TYPE "public"."recognition_status" AS ENUM('not_needed', 'not_started', 'applied', 'recognised', 'partly_recognised');--> statement-breakpoint
CREATE TYPE "public"."remote_wish" AS ENUM('on_site', 'hybrid', 'remote');--> statement-breakpoint
CREATE TYPE "public"."skill_source" AS ENUM('manual', 'cv', 'work_history');--> statement-breakpoint
CREATE TYPE "public"."suggestion_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."working_time" AS ENUM('full_time', 'part_time', 'either');--> statement-breakpoint
CREATE TYPE "public"."consent_kind" AS ENUM('employer_visibility', 'hub_counsellors', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."consent_method" AS ENUM('self_service', 'in_person');--> statement-breakpoint
CREATE TABLE "talent_cv" (
	"user_id" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"text" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_education" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"position" smallint NOT NULL,
	"level" text NOT NULL,
	"field" text NOT NULL,
	"country" text NOT NULL,
	"institution" text,
	"start_year" smallint,
	"end_year" smallint,
	"recognition" "recognition_status" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_language" (
	"user_id" text NOT NULL,
	"language" text NOT NULL,
	"level" "cefr_level" NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "talent_language_user_id_language_pk" PRIMARY KEY("user_id","language")
);
--> statement-breakpoint
CREATE TABLE "talent_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"hub_id" uuid NOT NULL,
	"public_ref" text NOT NULL,
	"phone" text,
	"arrival_year" smallint,
	"permit_basis" "permit_basis",
	"available_from" date,
	"working_time" "working_time",
	"driving_licences" text[] DEFAULT '{}' NOT NULL,
	"wish_occupations" text[] DEFAULT '{}' NOT NULL,
	"wish_municipalities" text[] DEFAULT '{}' NOT NULL,
	"remote_wish" "remote_wish",
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_profile_public_ref_unique" UNIQUE("public_ref")
);
--> statement-breakpoint
CREATE TABLE "talent_skill" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"position" smallint NOT NULL,
	"skill_uri" text,
	"label" text NOT NULL,
	"years" smallint,
	"source" "skill_source" DEFAULT 'manual' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"uri" text NOT NULL,
	"evidence" text NOT NULL,
	"score" integer NOT NULL,
	"status" "suggestion_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_suggestion_kind_ck" CHECK ("talent_suggestion"."kind" in ('skill', 'occupation'))
);
--> statement-breakpoint
CREATE TABLE "talent_work" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"occupation_uri" text,
	"employer" text,
	"country" text NOT NULL,
	"start_year" smallint,
	"end_year" smallint,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"hub_id" uuid NOT NULL,
	"kind" "consent_kind" NOT NULL,
	"organisation_id" uuid,
	"purpose" text NOT NULL,
	"text_version" text NOT NULL,
	"locale" text NOT NULL,
	"method" "consent_method" NOT NULL,
	"recorded_by" text,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "consent_org_ck" CHECK (("consent"."kind" = 'organisation') = ("consent"."organisation_id" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "talent_cv" ADD CONSTRAINT "talent_cv_user_id_talent_profile_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."talent_profile"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_education" ADD CONSTRAINT "talent_education_user_id_talent_profile_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."talent_profile"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_language" ADD CONSTRAINT "talent_language_user_id_talent_profile_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."talent_profile"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profile" ADD CONSTRAINT "talent_profile_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profile" ADD CONSTRAINT "talent_profile_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profile" ADD CONSTRAINT "talent_profile_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_skill" ADD CONSTRAINT "talent_skill_user_id_talent_profile_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."talent_profile"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_suggestion" ADD CONSTRAINT "talent_suggestion_user_id_talent_profile_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."talent_profile"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_work" ADD CONSTRAINT "talent_work_user_id_talent_profile_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."talent_profile"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_recorded_by_auth_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_education_user_idx" ON "talent_education" USING btree ("user_id","position");--> statement-breakpoint
CREATE INDEX "talent_profile_hub_idx" ON "talent_profile" USING btree ("hub_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_skill_uq" ON "talent_skill" USING btree ("user_id",coalesce("skill_uri", lower("label")));--> statement-breakpoint
CREATE INDEX "talent_skill_uri_idx" ON "talent_skill" USING btree ("skill_uri");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_suggestion_uq" ON "talent_suggestion" USING btree ("user_id","uri");--> statement-breakpoint
CREATE INDEX "talent_work_user_idx" ON "talent_work" USING btree ("user_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_active_uq" ON "consent" USING btree ("user_id","kind",coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "consent"."withdrawn_at" IS NULL;--> statement-breakpoint
CREATE INDEX "consent_hub_kind_idx" ON "consent" USING btree ("hub_id","kind") WHERE "consent"."withdrawn_at" IS NULL;--> statement-breakpoint
CREATE INDEX "consent_org_idx" ON "consent" USING btree ("organisation_id") WHERE "consent"."withdrawn_at" IS NULL;