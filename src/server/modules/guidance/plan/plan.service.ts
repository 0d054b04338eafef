import type { ActorCtx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { hasRole } from '../../../platform/policy.js';
import { openCase, type OpenedCase } from '../guidance.access.js';
import { stepVisible, type CaseAccess } from '../guidance.policy.js';
import { presentPlan } from '../guidance.presenter.js';
import { organisationNames } from '../guidance.repo.js';
import type { TGoalRequest, TGoalUpdate, TTaskRequest, TTaskUpdate } from '../guidance.schema.js';
import { recordServiceEvent } from '../path/path.service.js';
import * as repo from './plan.repo.js';

/**
 * The guidance plan: goals and their tasks, edited by the client and their counsellors together.
 * Who works on a plan is the client themself, or a counsellor with access to the case (who sees
 * goals set by other organisations only when the client shares with them).
 */
type PlanViewer = { hubId: string; clientUserId: string; access: CaseAccess | null; organisationId: string | null };

const viewerOf = (opened: OpenedCase): PlanViewer => ({
  hubId: opened.hubId,
  clientUserId: opened.clientUserId,
  access: opened.access,
  organisationId: opened.access.organisations[0] ?? null,
});

async function openPlan(ctx: ActorCtx, clientUserId: string, action: string): Promise<PlanViewer> {
  if (clientUserId === ctx.actor.userId && hasRole(ctx.actor, 'talent')) {
    return { hubId: ctx.hubId, clientUserId, access: null, organisationId: null };
  }
  if (!hasRole(ctx.actor, 'counsellor')) throw new AppError('case.not_found');
  return viewerOf(await openCase(ctx, clientUserId, action));
}

const goalVisible = (v: PlanViewer, organisationId: string | null) => !v.access || stepVisible(v.access, organisationId);

async function planFor(ctx: ActorCtx, v: PlanViewer) {
  const goals = (await repo.goalsOfClient(ctx.tx, v.hubId, v.clientUserId)).filter((g) => goalVisible(v, g.organisationId));
  const tasks = await repo.tasksOfGoals(
    ctx.tx,
    v.hubId,
    goals.map((g) => g.id),
  );
  const orgs = await organisationNames(
    ctx.tx,
    v.hubId,
    goals.map((g) => g.organisationId),
  );
  return presentPlan(goals, tasks, orgs);
}

export async function getPlan(ctx: ActorCtx, clientUserId: string) {
  return planFor(ctx, await openPlan(ctx, clientUserId, 'case.plan.read'));
}

/** The plan of a case already opened (and audited) by the caller, as its counsellor sees it. */
export async function planOf(ctx: ActorCtx, opened: OpenedCase) {
  return planFor(ctx, viewerOf(opened));
}

export async function addGoal(ctx: ActorCtx, clientUserId: string, input: TGoalRequest) {
  const v = await openPlan(ctx, clientUserId, 'case.plan.write');
  const id = await repo.insertGoal(ctx.tx, v.hubId, {
    clientUserId,
    organisationId: v.organisationId,
    createdBy: ctx.actor.userId,
    ...input,
  });
  await recordServiceEvent(ctx, {
    clientUserId,
    kind: 'plan_goal_added',
    organisationId: v.organisationId,
    refId: id,
    details: { title: input.title, goalKind: input.kind },
  });
  return planFor(ctx, v);
}

async function openGoal(ctx: ActorCtx, goalId: string) {
  const g = await repo.findGoal(ctx.tx, ctx.hubId, goalId);
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
  await repo.updateGoal(ctx.tx, v.hubId, goalId, input);
  await recordServiceEvent(ctx, {
    clientUserId: g.clientUserId,
    kind: 'plan_goal_changed',
    organisationId: v.organisationId,
    refId: goalId,
    details: { title: input.title ?? g.title, status: input.status ?? g.status },
  });
  return planFor(ctx, v);
}

export async function addTask(ctx: ActorCtx, goalId: string, input: TTaskRequest) {
  const { g, v } = await openGoal(ctx, goalId);
  await repo.insertTask(ctx.tx, { goalId, title: input.title, dueDate: input.dueDate, createdBy: ctx.actor.userId });
  await repo.updateGoal(ctx.tx, v.hubId, goalId);
  await recordServiceEvent(ctx, {
    clientUserId: g.clientUserId,
    kind: 'plan_task_added',
    organisationId: v.organisationId,
    refId: goalId,
    details: { title: input.title, goal: g.title },
  });
  return planFor(ctx, v);
}

export async function updateTask(ctx: ActorCtx, taskId: string, input: TTaskUpdate) {
  const t = await repo.findTask(ctx.tx, ctx.hubId, taskId);
  if (!t) throw new AppError('plan.not_found');
  const { g, v } = await openGoal(ctx, t.goalId);
  const set: Parameters<typeof repo.updateTask>[3] = {};
  if (input.title !== undefined) set.title = input.title;
  if (input.dueDate !== undefined) set.dueDate = input.dueDate;
  if (input.done !== undefined) set.doneAt = input.done ? (t.doneAt ?? new Date()) : null;
  if (Object.keys(set).length) await repo.updateTask(ctx.tx, v.hubId, taskId, set);
  if (input.done === true && !t.doneAt) {
    await recordServiceEvent(ctx, {
      clientUserId: g.clientUserId,
      kind: 'plan_task_done',
      organisationId: v.organisationId,
      refId: g.id,
      details: { title: input.title ?? t.title, goal: g.title },
    });
  }
  return planFor(ctx, v);
}
