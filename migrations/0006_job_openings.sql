CREATE TYPE "public"."industry" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U');--> statement-breakpoint
CREATE TYPE "public"."organisation_size" AS ENUM('micro', 'small', 'medium', 'large');--> statement-breakpoint
CREATE TYPE "public"."opening_kind" AS ENUM('opening', 'talent_need');--> statement-breakpoint
CREATE TYPE "public"."opening_status" AS ENUM('draft', 'published', 'closed');--> statement-breakpoint
CREATE TABLE "employer_service" (
	"hub_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_service_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "job_opening" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "opening_kind" NOT NULL,
	"title" text NOT NULL,
	"occupation_uri" text NOT NULL,
	"description" text NOT NULL,
	"description_lang" text,
	"remote" "remote_wish" NOT NULL,
	"working_time" "working_time" NOT NULL,
	"start_date" date,
	"salary_min" integer,
	"salary_max" integer,
	"status" "opening_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_opening_salary_ck" CHECK ("job_opening"."salary_min" IS NULL OR "job_opening"."salary_max" IS NULL OR "job_opening"."salary_min" <= "job_opening"."salary_max"),
	CONSTRAINT "job_opening_status_ck" CHECK (("job_opening"."status" <> 'published' OR ("job_opening"."published_at" IS NOT NULL AND "job_opening"."closed_at" IS NULL)) AND ("job_opening"."status" <> 'closed' OR "job_opening"."closed_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "job_opening_language" (
	"opening_id" uuid NOT NULL,
	"language" text NOT NULL,
	"level" "cefr_level" NOT NULL,
	"must" boolean NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "job_opening_language_opening_id_language_pk" PRIMARY KEY("opening_id","language")
);
--> statement-breakpoint
CREATE TABLE "job_opening_municipality" (
	"opening_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "job_opening_municipality_opening_id_municipality_code_pk" PRIMARY KEY("opening_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "job_opening_skill" (
	"opening_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"essential" boolean NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "job_opening_skill_opening_id_skill_uri_pk" PRIMARY KEY("opening_id","skill_uri")
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "industry" "industry";--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "size" "organisation_size";--> statement-breakpoint
ALTER TABLE "employer_service" ADD CONSTRAINT "employer_service_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_service" ADD CONSTRAINT "employer_service_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_service" ADD CONSTRAINT "employer_service_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_service" ADD CONSTRAINT "employer_service_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_opening" ADD CONSTRAINT "job_opening_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_opening" ADD CONSTRAINT "job_opening_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_opening" ADD CONSTRAINT "job_opening_created_by_auth_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_opening_language" ADD CONSTRAINT "job_opening_language_opening_id_job_opening_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."job_opening"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_opening_municipality" ADD CONSTRAINT "job_opening_municipality_opening_id_job_opening_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."job_opening"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_opening_municipality" ADD CONSTRAINT "job_opening_municipality_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_opening_skill" ADD CONSTRAINT "job_opening_skill_opening_id_job_opening_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."job_opening"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_service_user_idx" ON "employer_service" USING btree ("hub_id","user_id");--> statement-breakpoint
CREATE INDEX "job_opening_org_idx" ON "job_opening" USING btree ("organisation_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "job_opening_hub_status_idx" ON "job_opening" USING btree ("hub_id","status","published_at");--> statement-breakpoint
CREATE INDEX "job_opening_occupation_idx" ON "job_opening" USING btree ("occupation_uri");--> statement-breakpoint
CREATE INDEX "job_opening_municipality_idx" ON "job_opening_municipality" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "job_opening_skill_uri_idx" ON "job_opening_skill" USING btree ("skill_uri");--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_employer_details_ck" CHECK ("organisation"."kind" = 'employer' OR ("organisation"."industry" IS NULL AND "organisation"."size" IS NULL));