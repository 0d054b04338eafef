-- Trigram index over taxonomy labels: the database-side fuzzy search (and the pg_trgm peer in the benchmarks).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS esco_label_text_trgm_idx ON esco_label USING gin (lower(text) gin_trgm_ops);
