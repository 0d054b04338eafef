import type { CaseAccess } from './guidance.policy.js';
import type { CaseloadRow } from './guidance.repo.js';
import type { caseNote, referral } from './guidance.tables.js';

export type ReferralRow = typeof referral.$inferSelect;

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** One caseload row: the client's contact and language, my organisation's case, the next appointment. */
export function presentCaseloadRow(r: CaseloadRow) {
  return {
    userId: r.user_id,
    name: r.name,
    email: r.email,
    locale: r.locale,
    municipalityCode: r.municipality_code,
    case:
      r.case_id && r.case_org_id && r.case_status && r.opened_at
        ? {
            id: r.case_id,
            organisation: { id: r.case_org_id, name: r.case_org_name ?? '' },
            status: r.case_status,
            assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
            openedAt: new Date(r.opened_at).toISOString(),
            closedAt: iso(r.closed_at),
            lastContactAt: iso(r.last_contact_at),
            mine: true,
          }
        : null,
    nextAppointmentAt: iso(r.next_appointment_at),
    sharedWith: [...new Set((r.shared_kinds ?? []).map((k) => (k === 'hub_counsellors' ? 'hub' : 'organisation')))] as (
      'hub' | 'organisation'
    )[],
  };
}

/** A note as a counsellor sees it; editable by the organisation that wrote it. */
export function presentNote(access: CaseAccess, n: typeof caseNote.$inferSelect, orgName: string, author: string | null) {
  return {
    id: n.id,
    organisation: { id: n.organisationId, name: orgName },
    author,
    visibility: n.visibility,
    body: n.body,
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    editable: access.organisations.includes(n.organisationId),
  };
}

/** A referral as the sending and receiving organisations see it, with what each may do next. */
export function presentReferral(r: ReferralRow, orgs: Map<string, string>, people: Map<string, string>, myOrgs: string[]) {
  return {
    id: r.id,
    client: { id: r.clientUserId, name: people.get(r.clientUserId) ?? '' },
    from: { id: r.fromOrganisationId, name: orgs.get(r.fromOrganisationId) ?? '' },
    to: { id: r.toOrganisationId, name: orgs.get(r.toOrganisationId) ?? '' },
    referredBy: r.referredBy ? (people.get(r.referredBy) ?? null) : null,
    service: r.service,
    message: r.message,
    status: r.status,
    decidedBy: r.decidedBy ? (people.get(r.decidedBy) ?? null) : null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionReason: r.decisionReason,
    createdAt: r.createdAt.toISOString(),
    canDecide: r.status === 'pending' && myOrgs.includes(r.toOrganisationId),
    canWithdraw: r.status === 'pending' && myOrgs.includes(r.fromOrganisationId),
  };
}
