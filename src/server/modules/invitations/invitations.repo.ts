import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import type { Role } from '../../platform/policy.js';
import { hub, organisation } from '../../platform/tenancy.tables.js';
import { hashToken } from '../../platform/tokens.js';
import { invitation } from './invitations.tables.js';

/** Invitations of the hub are read and written by the hub first; only a link's token finds one across hubs. */

export type InvitationRow = typeof invitation.$inferSelect;

/**
 * The invitation a link's token names, with its hub and organisation, while it is open (neither
 * accepted, revoked nor expired); locked until the transaction ends, so it is used once.
 */
export async function openByToken(tx: Tx, token: string) {
  const [row] = await tx
    .select({ inv: invitation, hub, organisationName: organisation.name })
    .from(invitation)
    .innerJoin(hub, eq(hub.id, invitation.hubId))
    .leftJoin(organisation, eq(organisation.id, invitation.organisationId))
    .where(
      and(
        eq(invitation.tokenHash, hashToken(token)),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, new Date()),
      ),
    )
    .for('update', { of: invitation });
  return row ?? null;
}

export async function insertInvitation(
  tx: Tx,
  hubId: string,
  i: Omit<typeof invitation.$inferInsert, 'hubId' | 'id'>,
): Promise<InvitationRow> {
  const [row] = await tx
    .insert(invitation)
    .values({ hubId, ...i })
    .returning();
  if (!row) throw new Error('invitation insert returned nothing');
  return row;
}

export async function markAccepted(tx: Tx, hubId: string, id: string): Promise<void> {
  await tx
    .update(invitation)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitation.hubId, hubId), eq(invitation.id, id)));
}

/** Revokes an open invitation of the hub; false when there is none by that id. */
export async function revoke(tx: Tx, hubId: string, id: string): Promise<boolean> {
  const [row] = await tx
    .update(invitation)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitation.hubId, hubId), eq(invitation.id, id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
    .returning({ id: invitation.id });
  return Boolean(row);
}

/** Revokes every open invitation of the hub to this address in this role. */
export async function revokeOpen(tx: Tx, hubId: string, email: string, role: Role): Promise<void> {
  await tx
    .update(invitation)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitation.hubId, hubId),
        eq(invitation.email, email),
        eq(invitation.role, role),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
      ),
    );
}

/** A page of the hub's invitations, newest first, with the organisation named and the total. */
export function findInvitations(tx: Tx, hubId: string, limit: number, offset: number) {
  return tx
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      organisationId: invitation.organisationId,
      organisationName: organisation.name,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      revokedAt: invitation.revokedAt,
      createdAt: invitation.createdAt,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(invitation)
    .leftJoin(organisation, eq(organisation.id, invitation.organisationId))
    .where(eq(invitation.hubId, hubId))
    .orderBy(sql`${invitation.createdAt} desc`)
    .limit(limit)
    .offset(offset);
}

/** Invitations of the hub still open (neither accepted, revoked nor expired). */
export async function countPending(tx: Tx, hubId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(invitation)
    .where(
      and(eq(invitation.hubId, hubId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, new Date())),
    );
  return row?.n ?? 0;
}
