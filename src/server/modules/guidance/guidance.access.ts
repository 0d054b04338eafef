import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import { membership } from '../../platform/tenancy.tables.js';
import { sharingsOf } from '../privacy/index.js';
import type { ServiceEventKind } from '../../../shared/guidance.js';
import { caseAccess, type CaseAccess, type ClientSharing } from './guidance.policy.js';
import { clientCase, serviceEvent } from './guidance.tables.js';

/**
 * The consents (read by privacy) and open cases of clients of the hub, in three queries however
 * many clients; people who are not talents of the hub are left out.
 */
export async function loadSharings(tx: Tx, hubId: string, clientUserIds: string[]): Promise<Map<string, ClientSharing>> {
  const out = new Map<string, ClientSharing>();
  const ids = [...new Set(clientUserIds)];
  if (ids.length === 0) return out;
  const members = await tx
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.hubId, hubId), inArray(membership.userId, ids), eq(membership.role, 'talent')));
  if (members.length === 0) return out;
  const sharings = await sharingsOf(
    tx,
    hubId,
    members.map((m) => m.userId),
  );
  for (const [userId, sharing] of sharings) out.set(userId, { ...sharing, caseOrganisations: [] });
  const found = [...out.keys()];
  const cases = await tx
    .select({ userId: clientCase.clientUserId, organisationId: clientCase.organisationId })
    .from(clientCase)
    .where(and(eq(clientCase.hubId, hubId), inArray(clientCase.clientUserId, found), ne(clientCase.status, 'closed')));
  for (const c of cases) out.get(c.userId)?.caseOrganisations.push(c.organisationId);
  return out;
}

/** The consents and open cases of one client of the hub, or null when no such client exists. */
export async function loadSharing(tx: Tx, hubId: string, clientUserId: string): Promise<ClientSharing | null> {
  return (await loadSharings(tx, hubId, [clientUserId])).get(clientUserId) ?? null;
}

export type OpenedCase = { hubId: string; clientUserId: string; access: CaseAccess; sharing: ClientSharing };

/**
 * Opens a client's case for a counsellor, or refuses with `case.not_found` (the same answer
 * whether the client does not exist or is not theirs to see). Audits the read as `action`.
 */
export async function openCase(ctx: ActorCtx, clientUserId: string, action: string): Promise<OpenedCase> {
  const hubId = ctx.hubId;
  const sharing = await loadSharing(ctx.tx, hubId, clientUserId);
  const access = caseAccess(ctx.actor, sharing);
  if (!sharing || !access) throw new AppError('case.not_found');
  await audit(ctx, { action, subjectUserId: clientUserId });
  return { hubId, clientUserId, access, sharing };
}

/** A step of the client's service path, written in the use case's transaction. */
export async function recordServiceEvent(
  ctx: ActorCtx,
  e: {
    clientUserId: string;
    kind: ServiceEventKind;
    organisationId: string | null;
    refId?: string | null;
    details?: Record<string, string | number | boolean | null>;
    at?: Date;
  },
): Promise<void> {
  await ctx.tx.insert(serviceEvent).values({
    hubId: ctx.hubId,
    clientUserId: e.clientUserId,
    organisationId: e.organisationId,
    kind: e.kind,
    actorUserId: ctx.actor.userId,
    refId: e.refId ?? null,
    details: e.details ?? {},
    ...(e.at ? { at: e.at } : {}),
  });
}

/** Marks contact with the client in the open cases of the given organisations. */
export async function touchCases(tx: Tx, clientUserId: string, organisationIds: string[], at = new Date()): Promise<void> {
  if (organisationIds.length === 0) return;
  await tx
    .update(clientCase)
    .set({ lastContactAt: sql`greatest(${clientCase.lastContactAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(eq(clientCase.clientUserId, clientUserId), inArray(clientCase.organisationId, organisationIds), ne(clientCase.status, 'closed')),
    );
}
