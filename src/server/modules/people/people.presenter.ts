import { localeOr } from '../../../shared/locales.js';
import type { TMe } from './people.schema.js';
import type { findPeople, membershipsOf } from './people.repo.js';

type UserRow = { id: string; name: string; email: string; locale: string; municipalityCode: string; createdAt: Date };
type MembershipRow = Awaited<ReturnType<typeof membershipsOf>>[number];
type PersonRow = Awaited<ReturnType<typeof findPeople>>['people'][number];

/** The signed-in person's own account: everything about the account, nothing about credentials. */
export function presentMe(u: UserRow, memberships: MembershipRow[]): TMe {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    locale: localeOr(u.locale),
    municipalityCode: u.municipalityCode,
    memberships: memberships.map((m) => ({
      id: m.id,
      role: m.role,
      hub: { id: m.hubId, name: { fi: m.hubNameFi, sv: m.hubNameSv, en: m.hubNameEn } },
      organisation:
        m.organisationId && m.organisationName && m.organisationKind
          ? { id: m.organisationId, name: m.organisationName, kind: m.organisationKind }
          : null,
    })),
  };
}

/** A person as the hub administrator sees them in the user list: account and roles only. */
export function presentPersonForAdmin(p: PersonRow) {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    municipalityCode: p.municipalityCode,
    createdAt: p.createdAt.toISOString(),
    memberships: p.memberships.map((m) => ({
      id: m.id,
      role: m.role,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
    })),
  };
}
