CREATE TABLE "hub_match_weights" (
	"hub_id" uuid PRIMARY KEY NOT NULL,
	"essential_skills" real NOT NULL,
	"optional_skills" real NOT NULL,
	"occupation" real NOT NULL,
	"languages" real NOT NULL,
	"location" real NOT NULL,
	"availability" real NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hub_match_weights" ADD CONSTRAINT "hub_match_weights_hub_id_hub_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hub"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_match_weights" ADD CONSTRAINT "hub_match_weights_updated_by_auth_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;