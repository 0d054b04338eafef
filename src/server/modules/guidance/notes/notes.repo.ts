import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../../db/connection.js';
import { caseNote, caseNoteVersion } from '../guidance.tables.js';

export type NoteRow = typeof caseNote.$inferSelect;

/**
 * Notes on a client in the hub that may be shown: those of the given organisations, and with
 * `partnerContent` also notes other organisations wrote for partners. Newest first.
 */
export function notesOfClient(tx: Tx, hubId: string, clientUserId: string, organisationIds: string[], partnerContent: boolean) {
  return tx
    .select()
    .from(caseNote)
    .where(
      and(
        eq(caseNote.hubId, hubId),
        eq(caseNote.clientUserId, clientUserId),
        partnerContent
          ? or(inArray(caseNote.organisationId, organisationIds), eq(caseNote.visibility, 'partners'))
          : inArray(caseNote.organisationId, organisationIds),
      ),
    )
    .orderBy(desc(caseNote.createdAt));
}

export async function insertNote(tx: Tx, hubId: string, n: Omit<typeof caseNote.$inferInsert, 'hubId' | 'id'>): Promise<NoteRow> {
  const [row] = await tx
    .insert(caseNote)
    .values({ hubId, ...n })
    .returning();
  if (!row) throw new Error('note insert returned nothing');
  return row;
}

export async function findNote(tx: Tx, hubId: string, noteId: string): Promise<NoteRow | null> {
  const [row] = await tx
    .select()
    .from(caseNote)
    .where(and(eq(caseNote.id, noteId), eq(caseNote.hubId, hubId)));
  return row ?? null;
}

/**
 * Replaces a note's text, keeping the earlier one as a version. Null when the note changed
 * meanwhile (its version moved on): the caller refuses the edit.
 */
export async function reviseNote(
  tx: Tx,
  hubId: string,
  before: NoteRow,
  next: { body: string; visibility: NoteRow['visibility']; editedBy: string },
): Promise<NoteRow | null> {
  await tx.insert(caseNoteVersion).values({
    noteId: before.id,
    version: before.version,
    body: before.body,
    visibility: before.visibility,
    editedBy: next.editedBy,
    editedAt: new Date(),
  });
  const [updated] = await tx
    .update(caseNote)
    .set({ body: next.body, visibility: next.visibility, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(caseNote.id, before.id), eq(caseNote.hubId, hubId), eq(caseNote.version, before.version)))
    .returning();
  return updated ?? null;
}

/** Earlier versions of a note of the hub, newest first. */
export async function noteVersions(tx: Tx, hubId: string, noteId: string) {
  const rows = await tx
    .select({ version: caseNoteVersion })
    .from(caseNoteVersion)
    .innerJoin(caseNote, eq(caseNote.id, caseNoteVersion.noteId))
    .where(and(eq(caseNoteVersion.noteId, noteId), eq(caseNote.hubId, hubId)))
    .orderBy(desc(caseNoteVersion.version));
  return rows.map((r) => r.version);
}
