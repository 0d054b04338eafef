import type { ActorCtx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { audit } from '../../../platform/audit.js';
import { touchCases } from '../cases/cases.service.js';
import { loadSharing, openCase, type OpenedCase } from '../guidance.access.js';
import { caseAccess, noteVisible } from '../guidance.policy.js';
import { presentNote } from '../guidance.presenter.js';
import { organisationNames, personNames } from '../guidance.repo.js';
import type { TNoteRequest } from '../guidance.schema.js';
import * as repo from './notes.repo.js';

/**
 * Case notes: written by a counsellor for their own organisation or for partners the client shares
 * with; an edit keeps the earlier text.
 */

export async function listNotes(ctx: ActorCtx, clientUserId: string) {
  return notesOf(ctx, await openCase(ctx, clientUserId, 'case.notes.read'));
}

/** The notes on a case already opened (and audited) by the caller that its counsellor may read. */
export async function notesOf(ctx: ActorCtx, opened: OpenedCase) {
  const { hubId, clientUserId, access } = opened;
  const rows = await repo.notesOfClient(ctx.tx, hubId, clientUserId, access.organisations, access.partnerContent);
  const visible = rows.filter((n) => noteVisible(access, n.organisationId, n.visibility));
  const orgs = await organisationNames(
    ctx.tx,
    hubId,
    visible.map((n) => n.organisationId),
  );
  const people = await personNames(
    ctx.tx,
    visible.map((n) => n.authorId),
  );
  return {
    items: visible.map((n) =>
      presentNote(access, n, orgs.get(n.organisationId) ?? '', n.authorId ? (people.get(n.authorId) ?? null) : null),
    ),
  };
}

export async function addNote(ctx: ActorCtx, clientUserId: string, input: TNoteRequest) {
  const { hubId, access } = await openCase(ctx, clientUserId, 'case.notes.write');
  const organisationId = access.organisations[0] as string;
  const n = await repo.insertNote(ctx.tx, hubId, {
    clientUserId,
    organisationId,
    authorId: ctx.actor.userId,
    visibility: input.visibility,
    body: input.body,
  });
  await touchCases(ctx, clientUserId, [organisationId]);
  const orgs = await organisationNames(ctx.tx, hubId, [organisationId]);
  return presentNote(access, n, orgs.get(organisationId) ?? '', ctx.actor.name);
}

/** Opens a note for editing or its history: counsellors of the note's organisation only. */
async function openNote(ctx: ActorCtx, noteId: string, action: string) {
  const hubId = ctx.hubId;
  const n = await repo.findNote(ctx.tx, hubId, noteId);
  if (!n) throw new AppError('note.not_found');
  const access = caseAccess(ctx.actor, await loadSharing(ctx.tx, hubId, n.clientUserId));
  if (!access || !noteVisible(access, n.organisationId, n.visibility)) throw new AppError('note.not_found');
  await audit(ctx, { action, subjectUserId: n.clientUserId, details: { noteId } });
  return { n, access };
}

export async function editNote(ctx: ActorCtx, noteId: string, input: TNoteRequest) {
  const { n, access } = await openNote(ctx, noteId, 'case.notes.write');
  if (!access.organisations.includes(n.organisationId)) throw new AppError('note.not_found');
  const updated = await repo.reviseNote(ctx.tx, ctx.hubId, n, {
    body: input.body,
    visibility: input.visibility,
    editedBy: ctx.actor.userId,
  });
  if (!updated) throw new AppError('note.not_found', 'the note changed meanwhile');
  const orgs = await organisationNames(ctx.tx, ctx.hubId, [n.organisationId]);
  const people = await personNames(ctx.tx, [n.authorId]);
  return presentNote(access, updated, orgs.get(n.organisationId) ?? '', n.authorId ? (people.get(n.authorId) ?? null) : null);
}

/** Earlier versions of a note, newest first: who changed it and what it said before. */
export async function noteHistory(ctx: ActorCtx, noteId: string) {
  await openNote(ctx, noteId, 'case.notes.read');
  const rows = await repo.noteVersions(ctx.tx, ctx.hubId, noteId);
  const people = await personNames(
    ctx.tx,
    rows.map((r) => r.editedBy),
  );
  return {
    items: rows.map((r) => ({
      version: r.version,
      body: r.body,
      visibility: r.visibility,
      editedBy: r.editedBy ? (people.get(r.editedBy) ?? null) : null,
      editedAt: r.editedAt.toISOString(),
    })),
  };
}
