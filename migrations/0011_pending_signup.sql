CREATE TABLE "pending_signup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"payload" jsonb NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pending_signup_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "pending_signup_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE INDEX "pending_signup_expires_idx" ON "pending_signup" USING btree ("expires_at");