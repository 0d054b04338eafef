CREATE TYPE "public"."contact_outcome" AS ENUM('interviewed', 'hired', 'not_proceeding');--> statement-breakpoint
CREATE TYPE "public"."contact_status" AS ENUM('requested', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TABLE "contact_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"opening_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"talent_user_id" text NOT NULL,
	"requested_by" text,
	"message" text,
	"status" "contact_status" DEFAULT 'requested' NOT NULL,
	"responded_at" timestamp with time zone,
	"outcome" "contact_outcome",
	"outcome_at" timestamp with time zone,
	"outcome_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_request_message_len" CHECK (char_length("contact_request"."message") <= 1000),
	CONSTRAINT "contact_request_outcome_accepted" CHECK ("contact_request"."outcome" IS NULL OR "contact_request"."status" = 'accepted')
);
--> statement-breakpoint
CREATE TABLE "employer_served" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"served_on" date NOT NULL,
	"source" text NOT NULL,
	"contact_request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_employment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employed_on" date NOT NULL,
	"contact_request_id" uuid,
	"matches_skills" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_opening_id_job_opening_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."job_opening"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_talent_user_id_auth_user_id_fk" FOREIGN KEY ("talent_user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_requested_by_auth_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_outcome_by_auth_user_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_served" ADD CONSTRAINT "employer_served_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_served" ADD CONSTRAINT "employer_served_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_served" ADD CONSTRAINT "employer_served_contact_request_id_contact_request_id_fk" FOREIGN KEY ("contact_request_id") REFERENCES "public"."contact_request"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_employment" ADD CONSTRAINT "talent_employment_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_employment" ADD CONSTRAINT "talent_employment_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_employment" ADD CONSTRAINT "talent_employment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_employment" ADD CONSTRAINT "talent_employment_contact_request_id_contact_request_id_fk" FOREIGN KEY ("contact_request_id") REFERENCES "public"."contact_request"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_request_open_idx" ON "contact_request" USING btree ("opening_id","talent_user_id") WHERE "contact_request"."status" IN ('requested', 'accepted');--> statement-breakpoint
CREATE INDEX "contact_request_talent_idx" ON "contact_request" USING btree ("talent_user_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_request_org_idx" ON "contact_request" USING btree ("hub_id","organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "employer_served_hub_idx" ON "employer_served" USING btree ("hub_id","served_on");--> statement-breakpoint
CREATE UNIQUE INDEX "employer_served_request_idx" ON "employer_served" USING btree ("contact_request_id");--> statement-breakpoint
CREATE INDEX "talent_employment_user_idx" ON "talent_employment" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_employment_request_idx" ON "talent_employment" USING btree ("contact_request_id");