import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { user } from '../../platform/auth.tables.js';
import { jobOpening } from '../openings/index.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { visibleToEmployers } from '../privacy/index.js';
import { talentProfile } from '../talents/index.js';
import { contactRequest, type ContactOutcome, type ContactStatus } from './contacts.tables.js';

/** Whether the talent consents, now, to employers of the hub seeing them. */
const stillVisible = (hubId: string) => visibleToEmployers(hubId, contactRequest.talentUserId);

export async function findRequest(tx: Tx, hubId: string, id: string) {
  const [row] = await tx
    .select()
    .from(contactRequest)
    .where(and(eq(contactRequest.hubId, hubId), eq(contactRequest.id, id)));
  return row ?? null;
}

/** Inserts a request unless an open one exists for the opening and talent; null when one does. */
export async function insertRequest(tx: Tx, hubId: string, values: Omit<typeof contactRequest.$inferInsert, 'hubId'>) {
  const [row] = await tx
    .insert(contactRequest)
    .values({ ...values, hubId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Moves a request from one status to another; null when it was not in `from`. */
export async function changeStatus(tx: Tx, hubId: string, id: string, from: ContactStatus, to: ContactStatus) {
  const now = new Date();
  const [row] = await tx
    .update(contactRequest)
    .set({ status: to, respondedAt: now, updatedAt: now })
    .where(and(eq(contactRequest.hubId, hubId), eq(contactRequest.id, id), eq(contactRequest.status, from)))
    .returning();
  return row ?? null;
}

/** Records an outcome, provided the request and its outcome are still as the caller read them. */
export async function setOutcome(tx: Tx, hubId: string, id: string, previous: ContactOutcome | null, outcome: ContactOutcome, by: string) {
  const now = new Date();
  const [row] = await tx
    .update(contactRequest)
    .set({ outcome, outcomeAt: now, outcomeBy: by, updatedAt: now })
    .where(
      and(
        eq(contactRequest.hubId, hubId),
        eq(contactRequest.id, id),
        eq(contactRequest.status, 'accepted'),
        previous === null ? isNull(contactRequest.outcome) : eq(contactRequest.outcome, previous),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Requests about an opening, newest first, with the talent's public reference and contact
 * details. Requests to people who no longer consent to employer visibility are left out
 * (the rows stay). The presenter decides which of the details leave the server.
 */
export function requestsForOpening(tx: Tx, hubId: string, openingId: string) {
  return tx
    .select({
      request: contactRequest,
      publicRef: talentProfile.publicRef,
      name: user.name,
      email: user.email,
      phone: talentProfile.phone,
    })
    .from(contactRequest)
    .innerJoin(talentProfile, eq(talentProfile.userId, contactRequest.talentUserId))
    .innerJoin(user, eq(user.id, contactRequest.talentUserId))
    .where(and(eq(contactRequest.hubId, hubId), eq(contactRequest.openingId, openingId), stillVisible(hubId)))
    .orderBy(desc(contactRequest.createdAt), contactRequest.id);
}

export type OpeningRequestRow = Awaited<ReturnType<typeof requestsForOpening>>[number];

/** A visible request of the hub, for an employer recording an outcome; null when hidden or missing. */
export async function findVisibleRequest(tx: Tx, hubId: string, id: string) {
  const [row] = await tx
    .select()
    .from(contactRequest)
    .where(and(eq(contactRequest.hubId, hubId), eq(contactRequest.id, id), stillVisible(hubId)));
  return row ?? null;
}

/** Requests made to one talent, newest first, with the employer's name and the opening's title. */
export function requestsForTalent(tx: Tx, hubId: string, userId: string) {
  return tx
    .select({ request: contactRequest, employer: organisation.name, openingTitle: jobOpening.title })
    .from(contactRequest)
    .innerJoin(organisation, eq(organisation.id, contactRequest.organisationId))
    .innerJoin(jobOpening, eq(jobOpening.id, contactRequest.openingId))
    .where(and(eq(contactRequest.hubId, hubId), eq(contactRequest.talentUserId, userId)))
    .orderBy(desc(contactRequest.createdAt), contactRequest.id);
}

export type TalentRequestRow = Awaited<ReturnType<typeof requestsForTalent>>[number];
