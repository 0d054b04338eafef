CREATE TYPE "public"."employer_service_kind" AS ENUM('support_request', 'contact_request', 'opening_published', 'event_hosted', 'showcase_meeting', 'voucher_decided', 'guidance_contact');--> statement-breakpoint
CREATE TABLE "employer_service_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hub_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" "employer_service_kind" NOT NULL,
	"ref_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employer_service_event" ADD CONSTRAINT "employer_service_event_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_service_event" ADD CONSTRAINT "employer_service_event_employer_id_organisation_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_service_event" ADD CONSTRAINT "employer_service_event_recorded_by_auth_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employer_service_event_uq" ON "employer_service_event" USING btree ("kind","ref_id","employer_id");--> statement-breakpoint
CREATE INDEX "employer_service_event_hub_idx" ON "employer_service_event" USING btree ("hub_id","occurred_at");--> statement-breakpoint
CREATE INDEX "employer_service_event_employer_idx" ON "employer_service_event" USING btree ("employer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "employer_service_event_recorded_by_idx" ON "employer_service_event" USING btree ("recorded_by") WHERE "employer_service_event"."recorded_by" IS NOT NULL;