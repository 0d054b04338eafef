import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Concept, ConceptKind, Label } from '../../../core/taxonomy/index.js';
import type { Tx } from '../../db/connection.js';
import { escoBroader, escoConcept, escoDescription, escoImport, escoLabel, escoOccupationSkill } from './taxonomy.tables.js';

const kindOf: Record<string, ConceptKind | undefined> = { skill: 'skill', occupation: 'occupation', isco: 'isco' };

/** Every skill, occupation and ISCO group with all labels and broader links, for the in-memory index. */
export async function loadConcepts(tx: Tx): Promise<Concept[]> {
  const concepts = await tx
    .select({ uri: escoConcept.uri, type: escoConcept.type, code: escoConcept.code, iscoGroup: escoConcept.iscoGroup })
    .from(escoConcept)
    .where(inArray(escoConcept.type, ['skill', 'occupation', 'isco']));
  const byUri = new Map<string, Concept>();
  for (const c of concepts) {
    const kind = kindOf[c.type]!;
    const iscoCode = c.type === 'isco' ? c.code : c.iscoGroup;
    byUri.set(c.uri, { id: c.uri, kind, labels: [], ...(iscoCode ? { iscoCode } : {}) });
  }
  const labels = await tx.select().from(escoLabel);
  for (const l of labels) byUri.get(l.uri)?.labels.push({ text: l.text, lang: l.lang, type: l.type } satisfies Label);
  const broader = await tx.select().from(escoBroader);
  for (const b of broader) {
    const c = byUri.get(b.uri);
    if (c) (c.broader ??= []).push(b.broaderUri);
  }
  return [...byUri.values()].filter((c) => c.labels.length > 0);
}

export async function latestImport(tx: Tx) {
  const [row] = await tx.select().from(escoImport).orderBy(desc(escoImport.id)).limit(1);
  return row ?? null;
}

export async function conceptCounts(tx: Tx) {
  const rows = await tx
    .select({ type: escoConcept.type, n: sql<number>`count(*)::int` })
    .from(escoConcept)
    .groupBy(escoConcept.type);
  return Object.fromEntries(rows.map((r) => [r.type, r.n])) as Partial<Record<'skill' | 'occupation' | 'isco' | 'skill_group', number>>;
}

export async function findConcept(tx: Tx, uri: string) {
  const [row] = await tx.select().from(escoConcept).where(eq(escoConcept.uri, uri));
  if (!row) return null;
  const labels = await tx
    .select()
    .from(escoLabel)
    .where(eq(escoLabel.uri, uri))
    .orderBy(asc(escoLabel.lang), asc(escoLabel.type), asc(escoLabel.text));
  const descriptions = await tx.select().from(escoDescription).where(eq(escoDescription.uri, uri));
  const broader = await tx.select({ uri: escoBroader.broaderUri }).from(escoBroader).where(eq(escoBroader.uri, uri));
  const skills =
    row.type === 'occupation'
      ? await tx
          .select({ uri: escoOccupationSkill.skillUri, relation: escoOccupationSkill.relation })
          .from(escoOccupationSkill)
          .where(eq(escoOccupationSkill.occupationUri, uri))
      : [];
  return { concept: row, labels, descriptions, broader: broader.map((b) => b.uri), skills };
}

/** Preferred labels of several concepts in every language, for naming related concepts. */
export async function preferredLabels(tx: Tx, uris: string[]) {
  if (uris.length === 0) return [];
  return tx
    .select({ uri: escoLabel.uri, lang: escoLabel.lang, text: escoLabel.text })
    .from(escoLabel)
    .where(and(inArray(escoLabel.uri, uris), eq(escoLabel.type, 'preferred')));
}
