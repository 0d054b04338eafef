import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const escoConceptType = pgEnum('esco_concept_type', ['skill', 'occupation', 'isco', 'skill_group']);
export const escoLabelType = pgEnum('esco_label_type', ['preferred', 'alternative', 'hidden']);
export const escoRelationType = pgEnum('esco_relation_type', ['essential', 'optional']);

/** One row per import: what was read, which version, and what changed. */
export const escoImport = pgTable('esco_import', {
  id: serial('id').primaryKey(),
  version: text('version').notNull(),
  demo: boolean('demo').notNull().default(false),
  languages: text('languages').array().notNull(),
  files: jsonb('files').$type<string[]>().notNull(),
  changes: jsonb('changes').$type<Record<string, number>>().notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Skills, occupations, ISCO groups and skill groups, keyed by their ESCO URI. */
export const escoConcept = pgTable(
  'esco_concept',
  {
    uri: text('uri').primaryKey(),
    type: escoConceptType('type').notNull(),
    code: text('code'),
    iscoGroup: text('isco_group'),
    skillType: text('skill_type'),
    reuseLevel: text('reuse_level'),
    status: text('status'),
    demo: boolean('demo').notNull().default(false),
    version: text('version').notNull(),
    importId: integer('import_id').notNull(),
  },
  (t) => [index('esco_concept_type_idx').on(t.type)],
);

export const escoLabel = pgTable(
  'esco_label',
  {
    uri: text('uri').notNull(),
    lang: text('lang').notNull(),
    type: escoLabelType('type').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uri, t.lang, t.type, t.text] }), index('esco_label_lang_idx').on(t.lang)],
);

export const escoDescription = pgTable(
  'esco_description',
  {
    uri: text('uri').notNull(),
    lang: text('lang').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uri, t.lang] })],
);

export const escoOccupationSkill = pgTable(
  'esco_occupation_skill',
  {
    occupationUri: text('occupation_uri').notNull(),
    skillUri: text('skill_uri').notNull(),
    relation: escoRelationType('relation').notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationUri, t.skillUri] }), index('esco_occupation_skill_skill_idx').on(t.skillUri)],
);

/** Broader-narrower hierarchy of both pillars. */
export const escoBroader = pgTable(
  'esco_broader',
  {
    uri: text('uri').notNull(),
    broaderUri: text('broader_uri').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uri, t.broaderUri] }), index('esco_broader_broader_idx').on(t.broaderUri)],
);

export const escoSkillRelation = pgTable(
  'esco_skill_relation',
  {
    skillUri: text('skill_uri').notNull(),
    relatedUri: text('related_uri').notNull(),
    relation: text('relation').notNull(),
  },
  (t) => [primaryKey({ columns: [t.skillUri, t.relatedUri] })],
);

/** Collections such as digital, green, language and transversal skills. */
export const escoCollection = pgTable(
  'esco_collection',
  {
    name: text('name').notNull(),
    uri: text('uri').notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.uri] })],
);
