import type { TOrganisation } from './organisations.schema.js';
import type { findMembers, findOrganisations } from './organisations.repo.js';

type OrgRow = Omit<Awaited<ReturnType<typeof findOrganisations>>[number], 'total'>;
type MemberRow = Awaited<ReturnType<typeof findMembers>>[number];

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
