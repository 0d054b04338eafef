import type { TInvitation, TOrganisation } from './organisations.schema.js';
import type { findInvitations, findMembers, findOrganisations } from './organisations.repo.js';

type OrgRow = Omit<Awaited<ReturnType<typeof findOrganisations>>[number], 'total'>;
type MemberRow = Awaited<ReturnType<typeof findMembers>>[number];
type InvitationRow = Awaited<ReturnType<typeof findInvitations>>[number];

/** Organisations are not personal data; all fields are shown to hub staff. */
export function presentOrganisation(row: OrgRow): TOrganisation {
  return {
    id: row.id,
    kind: row.kind,
    partnerType: row.partnerType,
    name: row.name,
    businessId: row.businessId,
    municipalityCode: row.municipalityCode,
    industry: row.industry,
    size: row.size,
    memberCount: row.memberCount,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Staff members as their administrators see them: work identity only. */
export function presentMember(row: MemberRow) {
  return {
    membershipId: row.membershipId,
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    since: row.since.toISOString(),
  };
}

export function presentInvitation(row: InvitationRow, now = new Date()): TInvitation {
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
