import { sql, type SQL } from 'drizzle-orm';
import type { EscoDataset } from '../../../core/taxonomy/esco-csv.js';
import { queryRows, type Db, type Tx } from '../../db/connection.js';

export type ImportOptions = {
  version: string;
  /** The demo taxonomy shipped with the product; a real import replaces it. */
  demo?: boolean;
  onProgress?: (message: string) => void;
};

export type ImportResult = { importId: number | null; version: string; changes: Record<string, number>; unchanged: boolean };

const chunk = 20_000;
const typeOf: Record<string, string> = { skill: 'skill', occupation: 'occupation', isco: 'isco', skillGroup: 'skill_group' };

type Columns = Record<string, { type: string; values: (string | null)[] }>;

/** Stages rows into a temporary table with one `unnest` statement per 20,000 rows. */
async function stage(tx: Tx, table: string, columns: Columns, progress?: (m: string) => void): Promise<void> {
  const names = Object.keys(columns);
  const defs = names.map((n) => `${n} ${columns[n]!.type}`).join(', ');
  await tx.execute(sql.raw(`CREATE TEMP TABLE ${table} (${defs}) ON COMMIT DROP`));
  const total = columns[names[0]!]!.values.length;
  for (let i = 0; i < total; i += chunk) {
    const arrays: SQL[] = names.map((n) => sql`${sql.param(columns[n]!.values.slice(i, i + chunk))}::${sql.raw(columns[n]!.type)}[]`);
    await tx.execute(sql`INSERT INTO ${sql.raw(table)} (${sql.raw(names.join(', '))}) SELECT * FROM unnest(${sql.join(arrays, sql`, `)})`);
    progress?.(`  ${table.replace('stage_', '')}: ${Math.min(i + chunk, total)} / ${total}`);
  }
}

async function count(tx: Tx, query: SQL): Promise<number> {
  const rows = await queryRows<{ n: number }>(tx, sql`WITH changed AS (${query} RETURNING 1) SELECT count(*)::int AS n FROM changed`);
  return rows[0]?.n ?? 0;
}

type Relation = { table: string; stage: string; keys: [string, string]; value?: string; cast?: string };

/**
 * Makes a relation table equal to its staged rows: removes pairs the import no longer has,
 * adds new pairs, and changes the value (e.g. essential/optional) where it differs.
 */
async function replaceRelation(tx: Tx, name: string, r: Relation): Promise<Record<string, number>> {
  const [a, b] = r.keys;
  const t = sql.raw(r.table);
  const s = sql.raw(r.stage);
  const keys = sql.raw(`${a}, ${b}`);
  const removed = await count(
    tx,
    sql`DELETE FROM ${t} r WHERE NOT EXISTS (SELECT 1 FROM ${s} s WHERE s.${sql.raw(a)} = r.${sql.raw(a)} AND s.${sql.raw(b)} = r.${sql.raw(b)})`,
  );
  if (!r.value) {
    const added = await count(tx, sql`INSERT INTO ${t} (${keys}) SELECT DISTINCT ${keys} FROM ${s} ON CONFLICT DO NOTHING`);
    return { [`${name}Removed`]: removed, [`${name}Added`]: added };
  }
  const v = sql.raw(r.value);
  const value = r.cast ? sql`${v}::${sql.raw(r.cast)}` : v;
  const changed = await count(
    tx,
    sql`INSERT INTO ${t} (${keys}, ${v})
        SELECT DISTINCT ON (${keys}) ${keys}, ${value} FROM ${s} ORDER BY ${keys}, ${v}
        ON CONFLICT (${keys}) DO UPDATE SET ${v} = excluded.${v} WHERE ${t}.${v} <> excluded.${v}`,
  );
  return { [`${name}Removed`]: removed, [`${name}Changed`]: changed };
}

/**
 * Imports an ESCO dataset in one transaction, merging it into what is there: new and changed
 * rows are written, rows of the imported languages and relation files that the new data no
 * longer has are removed, everything else is left alone. A re-import of the same data changes
 * nothing and records nothing.
 */
export async function importEscoDataset(db: Db, ds: EscoDataset, opts: ImportOptions): Promise<ImportResult> {
  const log = opts.onProgress ?? (() => {});
  const demo = opts.demo ?? false;
  const concepts = [...ds.concepts.values()];
  const labels: Columns = {
    uri: { type: 'text', values: [] },
    lang: { type: 'text', values: [] },
    type: { type: 'text', values: [] },
    text: { type: 'text', values: [] },
  };
  const descriptions: Columns = {
    uri: { type: 'text', values: [] },
    lang: { type: 'text', values: [] },
    text: { type: 'text', values: [] },
  };
  for (const c of concepts) {
    for (const [lang, l] of Object.entries(c.labels)) {
      const seen = new Set<string>();
      const add = (type: string, text: string | undefined) => {
        const t = text?.trim();
        if (!t || seen.has(`${type}\u0000${t}`)) return;
        seen.add(`${type}\u0000${t}`);
        labels.uri!.values.push(c.uri);
        labels.lang!.values.push(lang);
        labels.type!.values.push(type);
        labels.text!.values.push(t);
      };
      add('preferred', l.preferred);
      for (const a of l.alternative) add('alternative', a);
      for (const h of l.hidden) add('hidden', h);
      if (l.description?.trim()) {
        descriptions.uri!.values.push(c.uri);
        descriptions.lang!.values.push(lang);
        descriptions.text!.values.push(l.description.trim());
      }
    }
  }

  return db.transaction(async (tx) => {
    log(`staging ${concepts.length} concepts, ${labels.uri!.values.length} labels`);
    await stage(
      tx,
      'stage_concept',
      {
        uri: { type: 'text', values: concepts.map((c) => c.uri) },
        type: { type: 'text', values: concepts.map((c) => typeOf[c.type] ?? c.type) },
        code: { type: 'text', values: concepts.map((c) => c.code ?? null) },
        isco_group: { type: 'text', values: concepts.map((c) => c.iscoGroup ?? null) },
        skill_type: { type: 'text', values: concepts.map((c) => c.skillType ?? null) },
        reuse_level: { type: 'text', values: concepts.map((c) => c.reuseLevel ?? null) },
        status: { type: 'text', values: concepts.map((c) => c.status ?? null) },
      },
      log,
    );
    await stage(tx, 'stage_label', labels, log);
    await stage(tx, 'stage_description', descriptions, log);
    const hasOccSkill = ds.occupationSkills.length > 0;
    const hasBroader = ds.broader.length > 0;
    const hasSkillSkill = ds.skillSkill.length > 0;
    if (hasOccSkill)
      await stage(
        tx,
        'stage_occ_skill',
        {
          occupation_uri: { type: 'text', values: ds.occupationSkills.map((r) => r.occupationUri) },
          skill_uri: { type: 'text', values: ds.occupationSkills.map((r) => r.skillUri) },
          relation: { type: 'text', values: ds.occupationSkills.map((r) => (r.relationType === 'essential' ? 'essential' : 'optional')) },
        },
        log,
      );
    if (hasBroader)
      await stage(
        tx,
        'stage_broader',
        {
          uri: { type: 'text', values: ds.broader.map((r) => r.uri) },
          broader_uri: { type: 'text', values: ds.broader.map((r) => r.broaderUri) },
        },
        log,
      );
    if (hasSkillSkill)
      await stage(
        tx,
        'stage_skill_rel',
        {
          skill_uri: { type: 'text', values: ds.skillSkill.map((r) => r.originalSkillUri) },
          related_uri: { type: 'text', values: ds.skillSkill.map((r) => r.relatedSkillUri) },
          relation: { type: 'text', values: ds.skillSkill.map((r) => r.relationType) },
        },
        log,
      );
    const members = [...ds.collections].flatMap(([name, uris]) => [...uris].map((uri) => ({ name, uri })));
    await stage(
      tx,
      'stage_collection',
      { name: { type: 'text', values: members.map((m) => m.name) }, uri: { type: 'text', values: members.map((m) => m.uri) } },
      log,
    );

    log('merging');
    const [next] = await queryRows<{ id: number }>(tx, sql`SELECT nextval(pg_get_serial_sequence('esco_import', 'id'))::int AS id`);
    const importId = next!.id;
    const changes: Record<string, number> = {};
    if (!demo) {
      // A real classification replaces the demo taxonomy entirely.
      const demoUris = sql`(SELECT uri FROM esco_concept WHERE demo)`;
      changes.demoRemoved = await count(tx, sql`DELETE FROM esco_label WHERE uri IN ${demoUris}`);
      await tx.execute(sql`DELETE FROM esco_description WHERE uri IN ${demoUris}`);
      await tx.execute(sql`DELETE FROM esco_occupation_skill WHERE occupation_uri IN ${demoUris} OR skill_uri IN ${demoUris}`);
      await tx.execute(sql`DELETE FROM esco_broader WHERE uri IN ${demoUris}`);
      await tx.execute(sql`DELETE FROM esco_skill_relation WHERE skill_uri IN ${demoUris}`);
      await tx.execute(sql`DELETE FROM esco_collection WHERE uri IN ${demoUris}`);
      await tx.execute(sql`DELETE FROM esco_concept WHERE demo`);
    }
    const conceptFields = sql.raw('type, code, isco_group, skill_type, reuse_level, status');
    changes.conceptsAdded = await count(
      tx,
      sql`INSERT INTO esco_concept (uri, ${conceptFields}, demo, version, import_id)
          SELECT s.uri, s.type::esco_concept_type, s.code, s.isco_group, s.skill_type, s.reuse_level, s.status, ${demo}, ${opts.version}, ${importId}
          FROM stage_concept s WHERE NOT EXISTS (SELECT 1 FROM esco_concept c WHERE c.uri = s.uri)`,
    );
    changes.conceptsChanged = await count(
      tx,
      sql`UPDATE esco_concept c SET type = s.type::esco_concept_type, code = s.code, isco_group = s.isco_group, skill_type = s.skill_type,
            reuse_level = s.reuse_level, status = s.status, version = ${opts.version}, import_id = ${importId}
          FROM stage_concept s
          WHERE c.uri = s.uri AND (c.type::text, c.code, c.isco_group, c.skill_type, c.reuse_level, c.status)
            IS DISTINCT FROM (s.type, s.code, s.isco_group, s.skill_type, s.reuse_level, s.status)`,
    );
    // Labels and descriptions: replaced per (concept, language) present in the import.
    changes.labelsRemoved = await count(
      tx,
      sql`DELETE FROM esco_label l USING (SELECT DISTINCT uri, lang FROM stage_label) k
          WHERE l.uri = k.uri AND l.lang = k.lang
            AND NOT EXISTS (SELECT 1 FROM stage_label s WHERE s.uri = l.uri AND s.lang = l.lang AND s.type = l.type::text AND s.text = l.text)`,
    );
    changes.labelsAdded = await count(
      tx,
      sql`INSERT INTO esco_label (uri, lang, type, text) SELECT uri, lang, type::esco_label_type, text FROM stage_label ON CONFLICT DO NOTHING`,
    );
    changes.descriptionsChanged = await count(
      tx,
      sql`INSERT INTO esco_description (uri, lang, text) SELECT uri, lang, text FROM stage_description
          ON CONFLICT (uri, lang) DO UPDATE SET text = excluded.text WHERE esco_description.text IS DISTINCT FROM excluded.text`,
    );
    // Relation files are complete by nature: when one is imported, it replaces what was there.
    if (hasOccSkill)
      Object.assign(
        changes,
        await replaceRelation(tx, 'occupationSkills', {
          table: 'esco_occupation_skill',
          stage: 'stage_occ_skill',
          keys: ['occupation_uri', 'skill_uri'],
          value: 'relation',
          cast: 'esco_relation_type',
        }),
      );
    if (hasBroader)
      Object.assign(
        changes,
        await replaceRelation(tx, 'broader', { table: 'esco_broader', stage: 'stage_broader', keys: ['uri', 'broader_uri'] }),
      );
    if (hasSkillSkill)
      Object.assign(
        changes,
        await replaceRelation(tx, 'skillRelations', {
          table: 'esco_skill_relation',
          stage: 'stage_skill_rel',
          keys: ['skill_uri', 'related_uri'],
          value: 'relation',
        }),
      );
    changes.collectionsRemoved = await count(
      tx,
      sql`DELETE FROM esco_collection c USING (SELECT DISTINCT name FROM stage_collection) k
          WHERE c.name = k.name AND NOT EXISTS (SELECT 1 FROM stage_collection s WHERE s.name = c.name AND s.uri = c.uri)`,
    );
    changes.collectionsAdded = await count(
      tx,
      sql`INSERT INTO esco_collection (name, uri) SELECT DISTINCT name, uri FROM stage_collection ON CONFLICT DO NOTHING`,
    );

    const unchanged = Object.values(changes).every((n) => n === 0);
    if (unchanged) {
      log('nothing changed');
      return { importId: null, version: opts.version, changes, unchanged };
    }
    await tx.execute(
      sql`INSERT INTO esco_import (id, version, demo, languages, files, changes)
          VALUES (${importId}, ${opts.version}, ${demo}, ${sql.param(ds.languages)}::text[], ${JSON.stringify(ds.files)}::jsonb, ${JSON.stringify(changes)}::jsonb)`,
    );
    return { importId, version: opts.version, changes, unchanged };
  });
}

/** A version read from the sources' paths (e.g. `esco-v1.1.1-…zip` or `…/v1.2.0/…`), if any. */
export function versionFromPaths(paths: string[]): string | null {
  for (const p of paths) {
    const m = /v(\d+\.\d+(?:\.\d+)?)/.exec(p);
    if (m) return m[1]!;
  }
  return null;
}
