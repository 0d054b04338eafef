import type { findInvitations } from './invitations.repo.js';
import type { TInvitation } from './invitations.schema.js';

type InvitationRow = Awaited<ReturnType<typeof findInvitations>>[number];

/** An invitation as the hub's administrators (and the inviting employer user) see it: never the token. */
export function presentInvitation(row: Omit<InvitationRow, 'total'>, now = new Date()): TInvitation {
  const status = row.acceptedAt ? 'accepted' : row.revokedAt ? 'revoked' : row.expiresAt < now ? 'expired' : 'pending';
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
