/* eslint-disable max-lines -- to be split into cases, notes, plan, referrals and outcomes, each with its repository */
import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/locales.js';
import { isLocale } from '../../../shared/locales.js';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { hasRole, organisationsWithRole } from '../../platform/policy.js';
import { account, user } from '../../platform/auth.tables.js';
import { audit, auditReads } from '../../platform/audit.js';
import { enqueueMail } from '../../platform/mail.js';
import { membership, organisation } from '../../platform/tenancy.tables.js';
import { loadProfile } from '../talents/index.js';
import { completenessOf, countsOf } from '../talents/index.js';
import { talentProfile } from '../talents/index.js';
import { loadSharing, openCase, recordServiceEvent, touchCases, type OpenedCase } from './guidance.access.js';
import { caseAccess, mayReferTo, noteVisible, stepVisible, type CaseAccess } from './guidance.policy.js';
import { presentCaseloadRow, presentNote, presentReferral, type ReferralRow } from './guidance.presenter.js';
import * as repo from './guidance.repo.js';
import type {
  TCaseloadQuery,
  TGoalRequest,
  TGoalUpdate,
  TNoteRequest,
  TOutcomeRequest,
  TReferralRequest,
  TReferralsQuery,
  TTaskRequest,
  TTaskUpdate,
  TUpdateCaseRequest,
  TCase,
} from './guidance.schema.js';
import { caseNote, caseNoteVersion, caseOutcome, clientCase, planGoal, planTask, referral } from './guidance.tables.js';

const isoDay = () => new Date().toISOString().slice(0, 10);

/** The counsellor's organisations in the hub; a counsellor always belongs to at least one. */
function myOrganisations(ctx: ActorCtx): string[] {
  const orgs = organisationsWithRole(ctx.actor, 'counsellor');
  if (orgs.length === 0) throw new AppError('auth.forbidden', 'the counsellor belongs to no organisation');
  return orgs;
}

async function organisationNames(ctx: ActorCtx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (unique.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.hubId, ctx.hubId), inArray(organisation.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function personNames(ctx: ActorCtx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (unique.length === 0) return new Map();
  const rows = await ctx.tx.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---------------------------------------------------------------- caseload and cases

export async function caseload(ctx: ActorCtx, q: TCaseloadQuery) {
  const hubId = ctx.hubId;
  const orgs = myOrganisations(ctx);
  const rows = await repo.findCaseload(ctx.tx, hubId, orgs, ctx.actor.userId, q);
  await auditReads(
    ctx,
    'case.list',
    rows.map((r) => r.user_id),
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(presentCaseloadRow),
  };
}

/** Counsellors of the actor's organisations, for assigning cases. */
export async function counsellors(ctx: ActorCtx) {
  const orgs = myOrganisations(ctx);
  const rows = await ctx.tx
    .selectDistinct({ id: user.id, name: user.name, organisationId: membership.organisationId })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.hubId, ctx.hubId), eq(membership.role, 'counsellor'), inArray(membership.organisationId, orgs)))
    .orderBy(asc(user.name));
  return { items: rows.map((r) => ({ id: r.id, name: r.name, organisationId: r.organisationId as string })) };
}

async function assertAssignable(ctx: ActorCtx, organisationId: string, userId: string) {
  const [m] = await ctx.tx
    .select({ id: membership.id })
    .from(membership)
    .where(
      and(
        eq(membership.hubId, ctx.hubId),
        eq(membership.userId, userId),
        eq(membership.role, 'counsellor'),
        eq(membership.organisationId, organisationId),
      ),
    );
  if (!m) throw new AppError('case.assignee_invalid');
}

async function casesOf(ctx: ActorCtx, clientUserId: string, access: CaseAccess | null): Promise<TCase[]> {
  const rows = await ctx.tx
    .select({
      id: clientCase.id,
      organisationId: clientCase.organisationId,
      organisationName: organisation.name,
      status: clientCase.status,
      assignedTo: clientCase.assignedTo,
      assigneeName: user.name,
      openedAt: clientCase.openedAt,
      closedAt: clientCase.closedAt,
      lastContactAt: clientCase.lastContactAt,
    })
    .from(clientCase)
    .innerJoin(organisation, eq(organisation.id, clientCase.organisationId))
    .leftJoin(user, eq(user.id, clientCase.assignedTo))
    .where(and(eq(clientCase.hubId, ctx.hubId), eq(clientCase.clientUserId, clientUserId)))
    .orderBy(desc(clientCase.openedAt));
  return rows
    .filter((r) => !access || stepVisible(access, r.organisationId))
    .map((r) => ({
      id: r.id,
      organisation: { id: r.organisationId, name: r.organisationName },
      status: r.status,
      assignee: r.assignedTo ? { id: r.assignedTo, name: r.assigneeName ?? '' } : null,
      openedAt: r.openedAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      lastContactAt: r.lastContactAt?.toISOString() ?? null,
      mine: access ? access.organisations.includes(r.organisationId) : false,
    }));
}

/** Opens a case in `organisationId` unless one is open; returns its id. */
async function ensureCase(ctx: ActorCtx, clientUserId: string, organisationId: string, assignedTo: string | null) {
  const [existing] = await ctx.tx
    .select({ id: clientCase.id })
    .from(clientCase)
    .where(and(eq(clientCase.clientUserId, clientUserId), eq(clientCase.organisationId, organisationId), ne(clientCase.status, 'closed')));
  if (existing) return { id: existing.id, created: false };
  const [row] = await ctx.tx
    .insert(clientCase)
    .values({ hubId: ctx.hubId, clientUserId, organisationId, assignedTo, lastContactAt: new Date() })
    .returning({ id: clientCase.id });
  if (!row) throw new Error('case insert returned nothing');
  await recordServiceEvent(ctx, { clientUserId, kind: 'case_opened', organisationId, refId: row.id });
  return { id: row.id, created: true };
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

async function accessFor(ctx: ActorCtx, clientUserId: string): Promise<CaseAccess> {
  const access = caseAccess(ctx.actor, await loadSharing(ctx.tx, ctx.hubId, clientUserId));
  if (!access) throw new AppError('case.not_found');
  return access;
}

/** Reassigns, pauses, reopens or closes a case of the counsellor's own organisation. */
export async function updateCase(ctx: ActorCtx, caseId: string, input: TUpdateCaseRequest) {
  const orgs = myOrganisations(ctx);
  const [c] = await ctx.tx
    .select()
    .from(clientCase)
    .where(and(eq(clientCase.id, caseId), eq(clientCase.hubId, ctx.hubId)));
  if (!c || !orgs.includes(c.organisationId)) throw new AppError('case.not_found');
  await audit(ctx, { action: 'case.update', subjectUserId: c.clientUserId, organisationId: c.organisationId, details: { caseId } });
  const set: Partial<typeof clientCase.$inferInsert> = {};
  if (input.assignedTo !== undefined && input.assignedTo !== c.assignedTo) {
    if (input.assignedTo) await assertAssignable(ctx, c.organisationId, input.assignedTo);
    set.assignedTo = input.assignedTo;
    await recordServiceEvent(ctx, {
      clientUserId: c.clientUserId,
      kind: 'case_assigned',
      organisationId: c.organisationId,
      refId: c.id,
      details: { assignee: input.assignedTo },
    });
  }
  if (input.status !== undefined && input.status !== c.status) {
    if (c.status === 'closed') {
      // Reopening: refused when another case of the organisation was opened since.
      const [open] = await ctx.tx
        .select({ id: clientCase.id })
        .from(clientCase)
        .where(
          and(
            eq(clientCase.clientUserId, c.clientUserId),
            eq(clientCase.organisationId, c.organisationId),
            ne(clientCase.status, 'closed'),
          ),
        );
      if (open) throw new AppError('case.exists');
    }
    set.status = input.status;
    set.closedAt = input.status === 'closed' ? new Date() : null;
    await recordServiceEvent(ctx, {
      clientUserId: c.clientUserId,
      kind: 'case_status',
      organisationId: c.organisationId,
      refId: c.id,
      details: { status: input.status },
    });
  }
  if (Object.keys(set).length) await ctx.tx.update(clientCase).set(set).where(eq(clientCase.id, caseId));
  return { cases: await casesOf(ctx, c.clientUserId, await accessFor(ctx, c.clientUserId)) };
}

// ---------------------------------------------------------------- overview and timeline

export async function overview(ctx: ActorCtx, clientUserId: string) {
  const { hubId, access, sharing } = await openCase(ctx, clientUserId, 'case.read');
  const [u] = await ctx.tx
    .select({ id: user.id, name: user.name, email: user.email, locale: user.locale, municipalityCode: user.municipalityCode })
    .from(user)
    .where(eq(user.id, clientUserId));
  if (!u) throw new AppError('case.not_found');
  const [cred] = await ctx.tx
    .select({ id: account.id })
    .from(account)
    .where(and(eq(account.userId, clientUserId), eq(account.providerId, 'credential')));
  const orgNames = await organisationNames(ctx, sharing.organisations);
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
    const [p] = await ctx.tx.select({ phone: talentProfile.phone }).from(talentProfile).where(eq(talentProfile.userId, clientUserId));
    phone = p?.phone ?? null;
  }
  const outcomes = await ctx.tx
    .select({
      id: caseOutcome.id,
      kind: caseOutcome.kind,
      occurredOn: caseOutcome.occurredOn,
      organisationId: caseOutcome.organisationId,
      employerOrganisationId: caseOutcome.employerOrganisationId,
      employerName: caseOutcome.employerName,
      createdAt: caseOutcome.createdAt,
    })
    .from(caseOutcome)
    .where(and(eq(caseOutcome.hubId, hubId), eq(caseOutcome.clientUserId, clientUserId)))
    .orderBy(desc(caseOutcome.occurredOn), desc(caseOutcome.createdAt));
  const visibleOutcomes = outcomes.filter((o) => stepVisible(access, o.organisationId));
  const names = await organisationNames(ctx, [
    ...visibleOutcomes.map((o) => o.organisationId),
    ...visibleOutcomes.map((o) => o.employerOrganisationId),
  ]);
  return {
    client: { userId: u.id, ...u, phone, hasAccount: Boolean(cred), municipalityCode: u.municipalityCode },
    consents: {
      hubCounsellors: sharing.hubCounsellors,
      employerVisibility: sharing.employerVisibility,
      organisations: sharing.organisations.map((id) => ({ id, name: orgNames.get(id) ?? '' })),
    },
    profile,
    cases: await casesOf(ctx, clientUserId, access),
    access: { partnerContent: access.partnerContent, holdsCase: access.holdsCase },
    outcomes: visibleOutcomes.map((o) => ({
      id: o.id,
      kind: o.kind,
      occurredOn: o.occurredOn,
      organisation: { id: o.organisationId, name: names.get(o.organisationId) ?? '' },
      employer: o.employerName ?? (o.employerOrganisationId ? (names.get(o.employerOrganisationId) ?? null) : null),
      recordedAt: o.createdAt.toISOString(),
    })),
  };
}

export async function timeline(ctx: ActorCtx, clientUserId: string, page: { before?: string | undefined; limit: number }) {
  const { hubId, access } = await openCase(ctx, clientUserId, 'case.timeline');
  const rows = await repo.findTimeline(ctx.tx, hubId, clientUserId, access.organisations, access.partnerContent, page);
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  // Steps name people by identifier; names are read now, so an erased counsellor is not kept in them.
  const people = await personNames(
    ctx,
    shown.map((r) => (typeof r.details.assignee === 'string' ? r.details.assignee : null)),
  );
  const last = shown.at(-1);
  return {
    more,
    next: more && last ? `${new Date(last.at).toISOString()}|${last.id}` : null,
    items: shown.map((r) => ({
      id: r.id,
      kind: r.kind as never,
      at: new Date(r.at).toISOString(),
      organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name ?? '' } : null,
      actor: r.actor_name,
      details: typeof r.details.assignee === 'string' ? { ...r.details, assignee: people.get(r.details.assignee) ?? null } : r.details,
    })),
  };
}

// ---------------------------------------------------------------- notes

export async function listNotes(ctx: ActorCtx, clientUserId: string) {
  const { hubId, access } = await openCase(ctx, clientUserId, 'case.notes.read');
  const rows = await ctx.tx
    .select()
    .from(caseNote)
    .where(
      and(
        eq(caseNote.hubId, hubId),
        eq(caseNote.clientUserId, clientUserId),
        access.partnerContent
          ? or(inArray(caseNote.organisationId, access.organisations), eq(caseNote.visibility, 'partners'))
          : inArray(caseNote.organisationId, access.organisations),
      ),
    )
    .orderBy(desc(caseNote.createdAt));
  const visible = rows.filter((n) => noteVisible(access, n.organisationId, n.visibility));
  const orgs = await organisationNames(
    ctx,
    visible.map((n) => n.organisationId),
  );
  const people = await personNames(
    ctx,
    visible.map((n) => n.authorId),
  );
  return {
    items: visible.map((n) =>
      presentNote(access, n, orgs.get(n.organisationId) ?? '', n.authorId ? (people.get(n.authorId) ?? null) : null),
    ),
  };
}

export async function addNote(ctx: ActorCtx, clientUserId: string, input: TNoteRequest) {
  const { hubId, access } = await openCase(ctx, clientUserId, 'case.notes.write');
  const organisationId = access.organisations[0] as string;
  const [n] = await ctx.tx
    .insert(caseNote)
    .values({ hubId, clientUserId, organisationId, authorId: ctx.actor.userId, visibility: input.visibility, body: input.body })
    .returning();
  if (!n) throw new Error('note insert returned nothing');
  await touchCases(ctx.tx, clientUserId, [organisationId]);
  const orgs = await organisationNames(ctx, [organisationId]);
  return presentNote(access, n, orgs.get(organisationId) ?? '', ctx.actor.name);
}

/** Opens a note for editing or its history: counsellors of the note's organisation only. */
async function openNote(ctx: ActorCtx, noteId: string, action: string) {
  const hubId = ctx.hubId;
  const [n] = await ctx.tx
    .select()
    .from(caseNote)
    .where(and(eq(caseNote.id, noteId), eq(caseNote.hubId, hubId)));
  if (!n) throw new AppError('note.not_found');
  const access = caseAccess(ctx.actor, await loadSharing(ctx.tx, hubId, n.clientUserId));
  if (!access || !noteVisible(access, n.organisationId, n.visibility)) throw new AppError('note.not_found');
  await audit(ctx, { action, subjectUserId: n.clientUserId, details: { noteId } });
  return { n, access };
}

export async function editNote(ctx: ActorCtx, noteId: string, input: TNoteRequest) {
  const { n, access } = await openNote(ctx, noteId, 'case.notes.write');
  if (!access.organisations.includes(n.organisationId)) throw new AppError('note.not_found');
  await ctx.tx.insert(caseNoteVersion).values({
    noteId,
    version: n.version,
    body: n.body,
    visibility: n.visibility,
    editedBy: ctx.actor.userId,
    editedAt: new Date(),
  });
  const [updated] = await ctx.tx
    .update(caseNote)
    .set({ body: input.body, visibility: input.visibility, version: n.version + 1, updatedAt: new Date() })
    .where(and(eq(caseNote.id, noteId), eq(caseNote.version, n.version)))
    .returning();
  if (!updated) throw new AppError('note.not_found', 'the note changed meanwhile');
  const orgs = await organisationNames(ctx, [n.organisationId]);
  const people = await personNames(ctx, [n.authorId]);
  return presentNote(access, updated, orgs.get(n.organisationId) ?? '', n.authorId ? (people.get(n.authorId) ?? null) : null);
}

/** Earlier versions of a note, newest first: who changed it and what it said before. */
export async function noteHistory(ctx: ActorCtx, noteId: string) {
  await openNote(ctx, noteId, 'case.notes.read');
  const rows = await ctx.tx.select().from(caseNoteVersion).where(eq(caseNoteVersion.noteId, noteId)).orderBy(desc(caseNoteVersion.version));
  const people = await personNames(
    ctx,
    rows.map((r) => r.editedBy),
  );
  return {
    items: rows.map((r) => ({
      version: r.version,
      body: r.body,
      visibility: r.visibility,
      editedBy: r.editedBy ? (people.get(r.editedBy) ?? null) : null,
      editedAt: r.editedAt.toISOString(),
    })),
  };
}

// ---------------------------------------------------------------- guidance plan

/**
 * Who works on a client's plan: the client themself, or a counsellor with access to the case
 * (who sees goals set by other organisations only when the client shares with them).
 */
type PlanViewer = { hubId: string; clientUserId: string; access: CaseAccess | null; organisationId: string | null };

async function openPlan(ctx: ActorCtx, clientUserId: string, action: string): Promise<PlanViewer> {
  if (clientUserId === ctx.actor.userId && hasRole(ctx.actor, 'talent')) {
    return { hubId: ctx.hubId, clientUserId, access: null, organisationId: null };
  }
  if (!hasRole(ctx.actor, 'counsellor')) throw new AppError('case.not_found');
  const opened: OpenedCase = await openCase(ctx, clientUserId, action);
  return { hubId: opened.hubId, clientUserId, access: opened.access, organisationId: opened.access.organisations[0] ?? null };
}

const goalVisible = (v: PlanViewer, organisationId: string | null) => !v.access || stepVisible(v.access, organisationId);

async function presentPlan(ctx: ActorCtx, v: PlanViewer) {
  const goals = (
    await ctx.tx
      .select()
      .from(planGoal)
      .where(and(eq(planGoal.hubId, v.hubId), eq(planGoal.clientUserId, v.clientUserId)))
      .orderBy(asc(planGoal.createdAt), asc(planGoal.id))
  ).filter((g) => goalVisible(v, g.organisationId));
  const tasks = goals.length
    ? await ctx.tx
        .select()
        .from(planTask)
        .where(
          inArray(
            planTask.goalId,
            goals.map((g) => g.id),
          ),
        )
        .orderBy(sql`${planTask.dueDate} ASC NULLS LAST`, asc(planTask.createdAt), asc(planTask.id))
    : [];
  const orgs = await organisationNames(
    ctx,
    goals.map((g) => g.organisationId),
  );
  return {
    goals: goals.map((g) => ({
      id: g.id,
      kind: g.kind,
      title: g.title,
      targetDate: g.targetDate,
      status: g.status,
      organisation: g.organisationId ? { id: g.organisationId, name: orgs.get(g.organisationId) ?? '' } : null,
      createdAt: g.createdAt.toISOString(),
      updatedAt: g.updatedAt.toISOString(),
      tasks: tasks
        .filter((t) => t.goalId === g.id)
        .map((t) => ({ id: t.id, title: t.title, dueDate: t.dueDate, done: t.doneAt !== null, doneAt: t.doneAt?.toISOString() ?? null })),
    })),
  };
}

export async function getPlan(ctx: ActorCtx, clientUserId: string) {
  const v = await openPlan(ctx, clientUserId, 'case.plan.read');
  return presentPlan(ctx, v);
}

export async function addGoal(ctx: ActorCtx, clientUserId: string, input: TGoalRequest) {
  const v = await openPlan(ctx, clientUserId, 'case.plan.write');
  const [g] = await ctx.tx
    .insert(planGoal)
    .values({ hubId: v.hubId, clientUserId, organisationId: v.organisationId, createdBy: ctx.actor.userId, ...input })
    .returning({ id: planGoal.id });
  await recordServiceEvent(ctx, {
    clientUserId,
    kind: 'plan_goal_added',
    organisationId: v.organisationId,
    refId: g?.id ?? null,
    details: { title: input.title, goalKind: input.kind },
  });
  return presentPlan(ctx, v);
}

async function openGoal(ctx: ActorCtx, goalId: string) {
  const [g] = await ctx.tx
    .select()
    .from(planGoal)
    .where(and(eq(planGoal.id, goalId), eq(planGoal.hubId, ctx.hubId)));
  if (!g) throw new AppError('plan.not_found');
  let v: PlanViewer;
  try {
    v = await openPlan(ctx, g.clientUserId, 'case.plan.write');
  } catch (e) {
    if (e instanceof AppError && e.code === 'case.not_found') throw new AppError('plan.not_found');
    throw e;
  }
  if (!goalVisible(v, g.organisationId)) throw new AppError('plan.not_found');
  return { g, v };
}

export async function updateGoal(ctx: ActorCtx, goalId: string, input: TGoalUpdate) {
  const { g, v } = await openGoal(ctx, goalId);
  await ctx.tx
    .update(planGoal)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(planGoal.id, goalId));
  await recordServiceEvent(ctx, {
    clientUserId: g.clientUserId,
    kind: 'plan_goal_changed',
    organisationId: v.organisationId,
    refId: goalId,
    details: { title: input.title ?? g.title, status: input.status ?? g.status },
  });
  return presentPlan(ctx, v);
}

export async function addTask(ctx: ActorCtx, goalId: string, input: TTaskRequest) {
  const { g, v } = await openGoal(ctx, goalId);
  await ctx.tx.insert(planTask).values({ goalId, title: input.title, dueDate: input.dueDate, createdBy: ctx.actor.userId });
  await ctx.tx.update(planGoal).set({ updatedAt: new Date() }).where(eq(planGoal.id, goalId));
  await recordServiceEvent(ctx, {
    clientUserId: g.clientUserId,
    kind: 'plan_task_added',
    organisationId: v.organisationId,
    refId: goalId,
    details: { title: input.title, goal: g.title },
  });
  return presentPlan(ctx, v);
}

export async function updateTask(ctx: ActorCtx, taskId: string, input: TTaskUpdate) {
  const [t] = await ctx.tx.select().from(planTask).where(eq(planTask.id, taskId));
  if (!t) throw new AppError('plan.not_found');
  const { g, v } = await openGoal(ctx, t.goalId);
  const set: Partial<typeof planTask.$inferInsert> = {};
  if (input.title !== undefined) set.title = input.title;
  if (input.dueDate !== undefined) set.dueDate = input.dueDate;
  if (input.done !== undefined) set.doneAt = input.done ? (t.doneAt ?? new Date()) : null;
  if (Object.keys(set).length) await ctx.tx.update(planTask).set(set).where(eq(planTask.id, taskId));
  if (input.done === true && !t.doneAt) {
    await recordServiceEvent(ctx, {
      clientUserId: g.clientUserId,
      kind: 'plan_task_done',
      organisationId: v.organisationId,
      refId: g.id,
      details: { title: input.title ?? t.title, goal: g.title },
    });
  }
  return presentPlan(ctx, v);
}

// ---------------------------------------------------------------- referrals

async function presentOneReferral(ctx: ActorCtx, row: ReferralRow, myOrgs: string[]) {
  const [one] = await presentReferrals(ctx, [row], myOrgs);
  if (!one) throw new Error('referral not presented');
  return one;
}

async function presentReferrals(ctx: ActorCtx, rows: ReferralRow[], myOrgs: string[]) {
  const orgs = await organisationNames(ctx, [...rows.map((r) => r.fromOrganisationId), ...rows.map((r) => r.toOrganisationId)]);
  const people = await personNames(ctx, [
    ...rows.map((r) => r.clientUserId),
    ...rows.map((r) => r.referredBy),
    ...rows.map((r) => r.decidedBy),
  ]);
  return rows.map((r) => presentReferral(r, orgs, people, myOrgs));
}

/** Partner organisations a client can be referred to, and whether the client shares with each. */
export async function referralTargets(ctx: ActorCtx, clientUserId: string) {
  const { hubId, access, sharing } = await openCase(ctx, clientUserId, 'case.read');
  const rows = await ctx.tx
    .select({ id: organisation.id, name: organisation.name, partnerType: organisation.partnerType })
    .from(organisation)
    .where(and(eq(organisation.hubId, hubId), eq(organisation.kind, 'partner')))
    .orderBy(asc(organisation.name));
  return {
    items: rows
      .filter((o) => !access.organisations.includes(o.id))
      .map((o) => ({ id: o.id, name: o.name, partnerType: o.partnerType, shared: mayReferTo(sharing, o.id) })),
  };
}

export async function clientReferrals(ctx: ActorCtx, clientUserId: string) {
  const { hubId, access } = await openCase(ctx, clientUserId, 'case.read');
  const rows = await ctx.tx
    .select()
    .from(referral)
    .where(and(eq(referral.hubId, hubId), eq(referral.clientUserId, clientUserId)))
    .orderBy(desc(referral.createdAt));
  const visible = rows.filter(
    (r) =>
      access.partnerContent || access.organisations.includes(r.fromOrganisationId) || access.organisations.includes(r.toOrganisationId),
  );
  return { items: await presentReferrals(ctx, visible, access.organisations) };
}

export async function refer(ctx: ActorCtx, clientUserId: string, input: TReferralRequest) {
  const { hubId, access, sharing } = await openCase(ctx, clientUserId, 'case.referral');
  const fromOrganisationId = access.organisations[0] as string;
  const [to] = await ctx.tx
    .select({ id: organisation.id, kind: organisation.kind, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.id, input.toOrganisationId), eq(organisation.hubId, hubId)));
  if (!to || to.kind !== 'partner' || access.organisations.includes(to.id)) throw new AppError('consent.not_partner');
  if (!mayReferTo(sharing, to.id)) throw new AppError('referral.not_shared');
  const inserted = await ctx.tx
    .insert(referral)
    .values({
      hubId,
      clientUserId,
      fromOrganisationId,
      toOrganisationId: to.id,
      referredBy: ctx.actor.userId,
      service: input.service,
      message: input.message,
    })
    .onConflictDoNothing()
    .returning();
  const row = inserted[0];
  if (!row) throw new AppError('referral.exists');
  await recordServiceEvent(ctx, {
    clientUserId,
    kind: 'referral_sent',
    organisationId: fromOrganisationId,
    refId: row.id,
    details: { to: to.name, service: input.service },
  });
  await touchCases(ctx.tx, clientUserId, [fromOrganisationId]);
  // The receiving organisation's counsellors hear of it in their own language.
  const receivers = await ctx.tx
    .selectDistinct({ email: user.email, locale: user.locale })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.hubId, hubId), eq(membership.role, 'counsellor'), eq(membership.organisationId, to.id)));
  const [from] = await ctx.tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, fromOrganisationId));
  for (const r of receivers) {
    const locale: Locale = isLocale(r.locale) ? r.locale : 'fi';
    await enqueueMail(
      ctx.tx,
      {
        to: r.email,
        template: 'referralReceived',
        locale,
        hubId,
        values: { from: from?.name ?? '', service: input.service, url: `${ctx.config.baseUrl}/referrals` },
      },
      ctx.log,
    );
  }
  return presentOneReferral(ctx, row, access.organisations);
}

export async function listReferrals(ctx: ActorCtx, q: TReferralsQuery) {
  const orgs = myOrganisations(ctx);
  const hubId = ctx.hubId;
  const side = q.direction === 'incoming' ? inArray(referral.toOrganisationId, orgs) : inArray(referral.fromOrganisationId, orgs);
  const rows = await ctx.tx
    .select()
    .from(referral)
    .where(and(eq(referral.hubId, hubId), side, q.status ? eq(referral.status, q.status) : undefined))
    .orderBy(desc(referral.createdAt))
    .limit(q.limit)
    .offset(q.offset);
  const [count] = await ctx.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(referral)
    .where(and(eq(referral.hubId, hubId), side, q.status ? eq(referral.status, q.status) : undefined));
  await auditReads(
    ctx,
    'case.referral.list',
    rows.map((r) => r.clientUserId),
  );
  return { total: count?.n ?? 0, items: await presentReferrals(ctx, rows, orgs) };
}

async function openReferral(ctx: ActorCtx, id: string, side: 'to' | 'from') {
  const orgs = myOrganisations(ctx);
  const [r] = await ctx.tx
    .select()
    .from(referral)
    .where(and(eq(referral.id, id), eq(referral.hubId, ctx.hubId)));
  if (!r || !orgs.includes(side === 'to' ? r.toOrganisationId : r.fromOrganisationId)) throw new AppError('referral.not_found');
  if (r.status !== 'pending') throw new AppError('referral.wrong_status');
  await audit(ctx, { action: 'case.referral', subjectUserId: r.clientUserId, details: { referralId: id } });
  return { r, orgs };
}

async function mailReferrer(ctx: ActorCtx, r: ReferralRow, status: 'accepted' | 'declined') {
  if (!r.referredBy) return;
  const [to] = await ctx.tx.select({ email: user.email, locale: user.locale }).from(user).where(eq(user.id, r.referredBy));
  const [org] = await ctx.tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, r.toOrganisationId));
  if (!to) return;
  const locale: Locale = isLocale(to.locale) ? to.locale : 'fi';
  await enqueueMail(
    ctx.tx,
    {
      to: to.email,
      template: 'referralDecided',
      locale,
      hubId: r.hubId,
      values: { organisation: org?.name ?? '', service: r.service, status, url: `${ctx.config.baseUrl}/referrals?direction=outgoing` },
    },
    ctx.log,
  );
}

/** The receiving organisation accepts: it opens its case for the client, assigned to the accepter. */
export async function acceptReferral(ctx: ActorCtx, id: string) {
  const { r, orgs } = await openReferral(ctx, id, 'to');
  // Consent may have been withdrawn since the referral was made.
  const sharing = await loadSharing(ctx.tx, r.hubId, r.clientUserId);
  if (!sharing || !mayReferTo(sharing, r.toOrganisationId)) throw new AppError('referral.not_shared');
  const [updated] = await ctx.tx
    .update(referral)
    .set({ status: 'accepted', decidedBy: ctx.actor.userId, decidedAt: new Date() })
    .where(and(eq(referral.id, id), eq(referral.status, 'pending')))
    .returning();
  if (!updated) throw new AppError('referral.wrong_status');
  await ensureCase(ctx, r.clientUserId, r.toOrganisationId, ctx.actor.userId);
  await recordServiceEvent(ctx, {
    clientUserId: r.clientUserId,
    kind: 'referral_accepted',
    organisationId: r.toOrganisationId,
    refId: id,
    details: { service: r.service },
  });
  await touchCases(ctx.tx, r.clientUserId, [r.toOrganisationId, r.fromOrganisationId]);
  await mailReferrer(ctx, r, 'accepted');
  return presentOneReferral(ctx, updated, orgs);
}

export async function declineReferral(ctx: ActorCtx, id: string, reason: string) {
  const { r, orgs } = await openReferral(ctx, id, 'to');
  const [updated] = await ctx.tx
    .update(referral)
    .set({ status: 'declined', decidedBy: ctx.actor.userId, decidedAt: new Date(), decisionReason: reason })
    .where(and(eq(referral.id, id), eq(referral.status, 'pending')))
    .returning();
  if (!updated) throw new AppError('referral.wrong_status');
  await recordServiceEvent(ctx, {
    clientUserId: r.clientUserId,
    kind: 'referral_declined',
    organisationId: r.toOrganisationId,
    refId: id,
    details: { service: r.service },
  });
  await mailReferrer(ctx, r, 'declined');
  return presentOneReferral(ctx, updated, orgs);
}

export async function withdrawReferral(ctx: ActorCtx, id: string) {
  const { r, orgs } = await openReferral(ctx, id, 'from');
  const [updated] = await ctx.tx
    .update(referral)
    .set({ status: 'withdrawn', decidedBy: ctx.actor.userId, decidedAt: new Date() })
    .where(and(eq(referral.id, id), eq(referral.status, 'pending')))
    .returning();
  if (!updated) throw new AppError('referral.wrong_status');
  await recordServiceEvent(ctx, {
    clientUserId: r.clientUserId,
    kind: 'referral_withdrawn',
    organisationId: r.fromOrganisationId,
    refId: id,
    details: { service: r.service },
  });
  return presentOneReferral(ctx, updated, orgs);
}

// ---------------------------------------------------------------- outcomes

export async function recordOutcome(ctx: ActorCtx, clientUserId: string, input: TOutcomeRequest) {
  const { hubId, access } = await openCase(ctx, clientUserId, 'case.outcome');
  const organisationId = access.organisations[0] as string;
  if (input.occurredOn > isoDay())
    throw new AppError('request.invalid', 'the outcome date is in the future', [
      { path: 'occurredOn', code: 'custom', message: 'date_in_future' },
    ]);
  let employerName = input.employerName;
  if (input.employerOrganisationId) {
    const [emp] = await ctx.tx
      .select({ name: organisation.name, kind: organisation.kind })
      .from(organisation)
      .where(and(eq(organisation.id, input.employerOrganisationId), eq(organisation.hubId, hubId)));
    if (!emp || emp.kind !== 'employer') throw new AppError('organisation.wrong_kind');
    employerName = employerName ?? null;
  }
  const [row] = await ctx.tx
    .insert(caseOutcome)
    .values({
      hubId,
      clientUserId,
      organisationId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      employerOrganisationId: input.employerOrganisationId ?? null,
      employerName,
      recordedBy: ctx.actor.userId,
    })
    .returning({ id: caseOutcome.id });
  await recordServiceEvent(ctx, {
    clientUserId,
    kind: 'outcome_recorded',
    organisationId,
    refId: row?.id ?? null,
    details: { outcome: input.kind, occurredOn: input.occurredOn },
  });
  await touchCases(ctx.tx, clientUserId, [organisationId]);
  return overview(ctx, clientUserId);
}

/** Employer organisations of the hub, for recording where a client found work. */
export async function employers(ctx: ActorCtx) {
  const rows = await ctx.tx
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.hubId, ctx.hubId), eq(organisation.kind, 'employer')))
    .orderBy(asc(organisation.name));
  return { items: rows };
}

// ---------------------------------------------------------------- the client's own view

export async function myServicePath(ctx: ActorCtx) {
  const hubId = ctx.hubId;
  const me = ctx.actor.userId;
  const cases = await ctx.tx
    .select({
      organisation: organisation.name,
      counsellor: user.name,
      status: clientCase.status,
      openedAt: clientCase.openedAt,
    })
    .from(clientCase)
    .innerJoin(organisation, eq(organisation.id, clientCase.organisationId))
    .leftJoin(user, eq(user.id, clientCase.assignedTo))
    .where(and(eq(clientCase.hubId, hubId), eq(clientCase.clientUserId, me)))
    .orderBy(asc(clientCase.status), desc(clientCase.openedAt));
  const referrals = await ctx.tx
    .select()
    .from(referral)
    .where(and(eq(referral.hubId, hubId), eq(referral.clientUserId, me), ne(referral.status, 'withdrawn')))
    .orderBy(desc(referral.createdAt));
  const outcomes = await ctx.tx
    .select({ kind: caseOutcome.kind, occurredOn: caseOutcome.occurredOn, organisationId: caseOutcome.organisationId })
    .from(caseOutcome)
    .where(and(eq(caseOutcome.hubId, hubId), eq(caseOutcome.clientUserId, me)))
    .orderBy(desc(caseOutcome.occurredOn));
  const orgs = await organisationNames(ctx, [
    ...referrals.map((r) => r.fromOrganisationId),
    ...referrals.map((r) => r.toOrganisationId),
    ...outcomes.map((o) => o.organisationId),
  ]);
  return {
    cases: cases.map((c) => ({ ...c, openedAt: c.openedAt.toISOString() })),
    referrals: referrals.map((r) => ({
      id: r.id,
      from: orgs.get(r.fromOrganisationId) ?? '',
      to: orgs.get(r.toOrganisationId) ?? '',
      service: r.service,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
    outcomes: outcomes.map((o) => ({ kind: o.kind, occurredOn: o.occurredOn, organisation: orgs.get(o.organisationId) ?? '' })),
  };
}

// ---------------------------------------------------------------- figures

/** Counts for the hub: what hub administrators see instead of case contents. */
export async function figures(ctx: ActorCtx, q: { from?: string | undefined; to?: string | undefined }) {
  const hubId = ctx.hubId;
  const to = q.to ?? isoDay();
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw new AppError('request.invalid', 'from is after to', [{ path: 'from', code: 'custom', message: 'date_order' }]);
  const rows = await repo.figuresByOrganisation(ctx.tx, hubId, from, to);
  const outcomes = await repo.outcomeCounts(ctx.tx, hubId, from, to);
  return {
    from,
    to,
    organisations: rows.map((r) => ({
      id: r.id,
      name: r.name,
      openCases: r.open_cases,
      newCases: r.new_cases,
      referralsSent: r.referrals_sent,
      referralsReceived: r.referrals_received,
      referralsAccepted: r.referrals_accepted,
      referralsDeclined: r.referrals_declined,
      appointmentsBooked: r.appointments_booked,
      appointmentsAttended: r.appointments_attended,
    })),
    outcomes: outcomes.map((o) => ({ kind: o.kind as TOutcomeRequest['kind'], count: o.count })),
  };
}

/** Opens the case of a counsellor-created client in the counsellor's organisation. */
export async function openCaseForNewClient(ctx: ActorCtx, clientUserId: string, organisationId: string) {
  await ensureCase(ctx, clientUserId, organisationId, ctx.actor.userId);
}
