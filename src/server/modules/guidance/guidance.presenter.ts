import type { CaseloadRow, CaseRow } from './cases/cases.repo.js';
import type { CaseAccess } from './guidance.policy.js';
import type { TCase, TPlan } from './guidance.schema.js';
import type { caseNote } from './guidance.tables.js';
import type { OutcomeRow } from './outcomes/outcomes.repo.js';
import type { GoalRow, TaskRow } from './plan/plan.repo.js';
import type { ReferralRow } from './referrals/referrals.repo.js';

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

/** A case as a counsellor sees it; `mine` when their organisation holds it. */
export function presentCase(r: CaseRow, access: CaseAccess): TCase {
  return {
    id: r.id,
    organisation: { id: r.organisationId, name: r.organisationName },
    status: r.status,
    assignee: r.assignedTo ? { id: r.assignedTo, name: r.assigneeName ?? '' } : null,
    openedAt: r.openedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    lastContactAt: r.lastContactAt?.toISOString() ?? null,
    mine: access.organisations.includes(r.organisationId),
  };
}

/** An outcome as a counsellor sees it: the employer by the name given, else by the employer organisation's. */
export function presentOutcome(o: OutcomeRow, orgNames: Map<string, string>) {
  return {
    id: o.id,
    kind: o.kind,
    occurredOn: o.occurredOn,
    organisation: { id: o.organisationId, name: orgNames.get(o.organisationId) ?? '' },
    employer: o.employerName ?? (o.employerOrganisationId ? (orgNames.get(o.employerOrganisationId) ?? null) : null),
    recordedAt: o.createdAt.toISOString(),
  };
}

/** The plan's goals, each with its tasks, as the client and their counsellors see them. */
export function presentPlan(goals: GoalRow[], tasks: TaskRow[], orgNames: Map<string, string>): TPlan {
  return {
    goals: goals.map((g) => ({
      id: g.id,
      kind: g.kind,
      title: g.title,
      targetDate: g.targetDate,
      status: g.status,
      organisation: g.organisationId ? { id: g.organisationId, name: orgNames.get(g.organisationId) ?? '' } : null,
      createdAt: g.createdAt.toISOString(),
      updatedAt: g.updatedAt.toISOString(),
      tasks: tasks
        .filter((t) => t.goalId === g.id)
        .map((t) => ({ id: t.id, title: t.title, dueDate: t.dueDate, done: t.doneAt !== null, doneAt: t.doneAt?.toISOString() ?? null })),
    })),
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
