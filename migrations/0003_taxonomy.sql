CREATE TYPE "public"."esco_concept_type" AS ENUM('skill', 'occupation', 'isco', 'skill_group');--> statement-breakpoint
CREATE TYPE "public"."esco_label_type" AS ENUM('preferred', 'alternative', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."esco_relation_type" AS ENUM('essential', 'optional');--> statement-breakpoint
CREATE TABLE "esco_broader" (
	"uri" text NOT NULL,
	"broader_uri" text NOT NULL,
	CONSTRAINT "esco_broader_uri_broader_uri_pk" PRIMARY KEY("uri","broader_uri")
);
--> statement-breakpoint
CREATE TABLE "esco_collection" (
	"name" text NOT NULL,
	"uri" text NOT NULL,
	CONSTRAINT "esco_collection_name_uri_pk" PRIMARY KEY("name","uri")
);
--> statement-breakpoint
CREATE TABLE "esco_concept" (
	"uri" text PRIMARY KEY NOT NULL,
	"type" "esco_concept_type" NOT NULL,
	"code" text,
	"isco_group" text,
	"skill_type" text,
	"reuse_level" text,
	"status" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" text NOT NULL,
	"import_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "esco_description" (
	"uri" text NOT NULL,
	"lang" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "esco_description_uri_lang_pk" PRIMARY KEY("uri","lang")
);
--> statement-breakpoint
CREATE TABLE "esco_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"languages" text[] NOT NULL,
	"files" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "esco_label" (
	"uri" text NOT NULL,
	"lang" text NOT NULL,
	"type" "esco_label_type" NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "esco_label_uri_lang_type_text_pk" PRIMARY KEY("uri","lang","type","text")
);
--> statement-breakpoint
CREATE TABLE "esco_occupation_skill" (
	"occupation_uri" text NOT NULL,
	"skill_uri" text NOT NULL,
	"relation" "esco_relation_type" NOT NULL,
	CONSTRAINT "esco_occupation_skill_occupation_uri_skill_uri_pk" PRIMARY KEY("occupation_uri","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "esco_skill_relation" (
	"skill_uri" text NOT NULL,
	"related_uri" text NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "esco_skill_relation_skill_uri_related_uri_pk" PRIMARY KEY("skill_uri","related_uri")
);
--> statement-breakpoint
CREATE INDEX "esco_broader_broader_idx" ON "esco_broader" USING btree ("broader_uri");--> statement-breakpoint
CREATE INDEX "esco_concept_type_idx" ON "esco_concept" USING btree ("type");--> statement-breakpoint
CREATE INDEX "esco_label_lang_idx" ON "esco_label" USING btree ("lang");--> statement-breakpoint
CREATE INDEX "esco_occupation_skill_skill_idx" ON "esco_occupation_skill" USING btree ("skill_uri");