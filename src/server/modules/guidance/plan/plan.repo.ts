import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connection.js';
import { planGoal, planTask } from '../guidance.tables.js';

export type GoalRow = typeof planGoal.$inferSelect;
export type TaskRow = typeof planTask.$inferSelect;

/** The goals of a client's plan in the hub, oldest first. */
export function goalsOfClient(tx: Tx, hubId: string, clientUserId: string): Promise<GoalRow[]> {
  return tx
    .select()
    .from(planGoal)
    .where(and(eq(planGoal.hubId, hubId), eq(planGoal.clientUserId, clientUserId)))
    .orderBy(asc(planGoal.createdAt), asc(planGoal.id));
}

/** The tasks of these goals of the hub: by due date (undated last), then as added. */
export async function tasksOfGoals(tx: Tx, hubId: string, goalIds: string[]): Promise<TaskRow[]> {
  if (goalIds.length === 0) return [];
  const rows = await tx
    .select({ task: planTask })
    .from(planTask)
    .innerJoin(planGoal, eq(planGoal.id, planTask.goalId))
    .where(and(eq(planGoal.hubId, hubId), inArray(planTask.goalId, goalIds)))
    .orderBy(sql`${planTask.dueDate} ASC NULLS LAST`, asc(planTask.createdAt), asc(planTask.id));
  return rows.map((r) => r.task);
}

export async function insertGoal(tx: Tx, hubId: string, g: Omit<typeof planGoal.$inferInsert, 'hubId' | 'id'>): Promise<string | null> {
  const [row] = await tx
    .insert(planGoal)
    .values({ hubId, ...g })
    .returning({ id: planGoal.id });
  return row?.id ?? null;
}

export async function findGoal(tx: Tx, hubId: string, goalId: string): Promise<GoalRow | null> {
  const [row] = await tx
    .select()
    .from(planGoal)
    .where(and(eq(planGoal.id, goalId), eq(planGoal.hubId, hubId)));
  return row ?? null;
}

/** Changes a goal; every change, a task's included, marks the goal updated. */
export async function updateGoal(tx: Tx, hubId: string, goalId: string, set: Partial<typeof planGoal.$inferInsert> = {}): Promise<void> {
  await tx
    .update(planGoal)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(planGoal.id, goalId), eq(planGoal.hubId, hubId)));
}

/** Adds a task to a goal the caller has opened in its hub. */
export async function insertTask(tx: Tx, t: Omit<typeof planTask.$inferInsert, 'id'>): Promise<void> {
  await tx.insert(planTask).values(t);
}

/** A task of a goal in the hub. */
export async function findTask(tx: Tx, hubId: string, taskId: string): Promise<TaskRow | null> {
  const [row] = await tx
    .select({ task: planTask })
    .from(planTask)
    .innerJoin(planGoal, eq(planGoal.id, planTask.goalId))
    .where(and(eq(planTask.id, taskId), eq(planGoal.hubId, hubId)));
  return row?.task ?? null;
}

export async function updateTask(tx: Tx, hubId: string, taskId: string, set: Partial<typeof planTask.$inferInsert>): Promise<void> {
  const goalsOfHub = tx.select({ id: planGoal.id }).from(planGoal).where(eq(planGoal.hubId, hubId));
  await tx
    .update(planTask)
    .set(set)
    .where(and(eq(planTask.id, taskId), inArray(planTask.goalId, goalsOfHub)));
}
