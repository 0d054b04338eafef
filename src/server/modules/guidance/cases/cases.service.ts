import type { ActorCtx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { audit, auditReads } from '../../../platform/audit.js';
import { completenessOf, countsOf, loadProfile } from '../../talents/index.js';
import { accessFor, myOrganisations, openCase, type OpenedCase } from '../guidance.access.js';
import { stepVisible, type CaseAccess } from '../guidance.policy.js';
import { presentCase, presentCaseloadRow, presentOutcome } from '../guidance.presenter.js';
import { organisationNames } from '../guidance.repo.js';
import type { TCase, TCaseloadQuery, TUpdateCaseRequest } from '../guidance.schema.js';
import { outcomesOfClient } from '../outcomes/outcomes.repo.js';
import { recordServiceEvent } from '../path/path.service.js';
import * as repo from './cases.repo.js';

/**
 * Cases: which partner organisation holds a client, who in it is responsible, the caseload and
 * the overview of one client.
 */

export async function caseload(ctx: ActorCtx, q: TCaseloadQuery) {
  const orgs = myOrganisations(ctx);
  const rows = await repo.findCaseload(ctx.tx, ctx.hubId, orgs, ctx.actor.userId, q);
  await auditReads(
    ctx,
    'case.list',
    rows.map((r) => r.user_id),
  );
  return { total: rows[0]?.total ?? 0, items: rows.map(presentCaseloadRow) };
}

/** Counsellors of the actor's organisations, for assigning cases. */
export async function counsellors(ctx: ActorCtx) {
  return { items: await repo.counsellorsOf(ctx.tx, ctx.hubId, myOrganisations(ctx)) };
}

async function assertAssignable(ctx: ActorCtx, organisationId: string, userId: string) {
  if (!(await repo.isCounsellorOf(ctx.tx, ctx.hubId, organisationId, userId))) throw new AppError('case.assignee_invalid');
}

/** The client's cases the counsellor may see (of other organisations only with partner content). */
async function casesOf(ctx: ActorCtx, clientUserId: string, access: CaseAccess): Promise<TCase[]> {
  const rows = await repo.casesOfClient(ctx.tx, ctx.hubId, clientUserId);
  return rows.filter((r) => stepVisible(access, r.organisationId)).map((r) => presentCase(r, access));
}

/** Opens a case in `organisationId` unless one is open; returns its id. */
export async function ensureCase(ctx: ActorCtx, clientUserId: string, organisationId: string, assignedTo: string | null) {
  const existing = await repo.findOpenCase(ctx.tx, ctx.hubId, clientUserId, organisationId);
  if (existing) return { id: existing.id, created: false };
  const id = await repo.insertCase(ctx.tx, ctx.hubId, { clientUserId, organisationId, assignedTo, lastContactAt: new Date() });
  await recordServiceEvent(ctx, { clientUserId, kind: 'case_opened', organisationId, refId: id });
  return { id, created: true };
}

/** Marks contact with the client in the open cases of the given organisations. */
export async function touchCases(ctx: ActorCtx, clientUserId: string, organisationIds: string[], at = new Date()): Promise<void> {
  if (organisationIds.length === 0) return;
  await repo.touchCases(ctx.tx, ctx.hubId, clientUserId, organisationIds, at);
}

/**
 * A counsellor takes on a client who shares their case with the hub or the counsellor's
 * organisation: the organisation opens its own case, assigned to the counsellor by default.
 */
export async function openClientCase(ctx: ActorCtx, clientUserId: string, assignedTo: string | null | undefined) {
  const { access } = await openCase(ctx, clientUserId, 'case.open');
  const organisationId = access.organisations[0] as string;
  const assignee = assignedTo === undefined ? ctx.actor.userId : assignedTo;
  if (assignee) await assertAssignable(ctx, organisationId, assignee);
  const { created } = await ensureCase(ctx, clientUserId, organisationId, assignee);
  if (!created) throw new AppError('case.exists');
  // Opening a case changes neither the counsellor's organisations nor the consents: the access holds.
  return { cases: await casesOf(ctx, clientUserId, access) };
}

/** Opens the case of a counsellor-created client in the counsellor's organisation. */
export async function openCaseForNewClient(ctx: ActorCtx, clientUserId: string, organisationId: string) {
  await ensureCase(ctx, clientUserId, organisationId, ctx.actor.userId);
}

/** Reassigns, pauses, reopens or closes a case of the counsellor's own organisation. */
export async function updateCase(ctx: ActorCtx, caseId: string, input: TUpdateCaseRequest) {
  const orgs = myOrganisations(ctx);
  const c = await repo.findCase(ctx.tx, ctx.hubId, caseId);
  if (!c || !orgs.includes(c.organisationId)) throw new AppError('case.not_found');
  await audit(ctx, { action: 'case.update', subjectUserId: c.clientUserId, organisationId: c.organisationId, details: { caseId } });
  const set: Parameters<typeof repo.updateCase>[3] = {};
  const step = { clientUserId: c.clientUserId, organisationId: c.organisationId, refId: c.id };
  if (input.assignedTo !== undefined && input.assignedTo !== c.assignedTo) {
    if (input.assignedTo) await assertAssignable(ctx, c.organisationId, input.assignedTo);
    set.assignedTo = input.assignedTo;
    await recordServiceEvent(ctx, { ...step, kind: 'case_assigned', details: { assignee: input.assignedTo } });
  }
  if (input.status !== undefined && input.status !== c.status) {
    // Reopening: refused when another case of the organisation was opened since.
    if (c.status === 'closed' && (await repo.findOpenCase(ctx.tx, ctx.hubId, c.clientUserId, c.organisationId))) {
      throw new AppError('case.exists');
    }
    set.status = input.status;
    set.closedAt = input.status === 'closed' ? new Date() : null;
    await recordServiceEvent(ctx, { ...step, kind: 'case_status', details: { status: input.status } });
  }
  if (Object.keys(set).length) await repo.updateCase(ctx.tx, ctx.hubId, caseId, set);
  return { cases: await casesOf(ctx, c.clientUserId, await accessFor(ctx, c.clientUserId)) };
}

/** The overview of one client: contact, consents, profile summary, cases and outcomes. Audited as `case.read`. */
export async function overview(ctx: ActorCtx, clientUserId: string) {
  return overviewOf(ctx, await openCase(ctx, clientUserId, 'case.read'));
}

/** The overview of a case already opened (and audited) by the caller. */
export async function overviewOf(ctx: ActorCtx, opened: OpenedCase) {
  const { hubId, clientUserId, access, sharing } = opened;
  const u = await repo.clientContact(ctx.tx, clientUserId);
  if (!u) throw new AppError('case.not_found');
  const orgNames = await organisationNames(ctx.tx, hubId, sharing.organisations);
  // The profile itself only with consent to share it with the viewer's organisation.
  let profile = null;
  let phone: string | null = null;
  if (access.partnerContent) {
    const p = await loadProfile(ctx.tx, hubId, clientUserId);
    if (p) {
      phone = p.profile.phone ?? null;
      profile = {
        completeness: completenessOf(countsOf(p)).percent,
        occupations: p.work.map((w) => w.title).slice(0, 5),
        skills: p.skills.length,
        languages: p.languages.map((l) => ({ language: l.language, level: l.level })),
        availableFrom: p.profile.availableFrom ?? null,
      };
    }
  } else {
    phone = await repo.clientPhone(ctx.tx, clientUserId);
  }
  const outcomes = (await outcomesOfClient(ctx.tx, hubId, clientUserId)).filter((o) => stepVisible(access, o.organisationId));
  const names = await organisationNames(ctx.tx, hubId, [
    ...outcomes.map((o) => o.organisationId),
    ...outcomes.map((o) => o.employerOrganisationId),
  ]);
  const { hasAccount, ...contact } = u;
  return {
    client: { userId: u.id, ...contact, phone, hasAccount, municipalityCode: u.municipalityCode },
    consents: {
      hubCounsellors: sharing.hubCounsellors,
      employerVisibility: sharing.employerVisibility,
      organisations: sharing.organisations.map((id) => ({ id, name: orgNames.get(id) ?? '' })),
    },
    profile,
    cases: await casesOf(ctx, clientUserId, access),
    access: { partnerContent: access.partnerContent, holdsCase: access.holdsCase },
    outcomes: outcomes.map((o) => presentOutcome(o, names)),
  };
}
