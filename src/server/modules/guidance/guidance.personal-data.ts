import { eq, or } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { clientCase, caseNote, caseNoteVersion, planGoal, planTask, referral, caseOutcome, serviceEvent } from './guidance.tables.js';

/** guidance: the tables with data about a person in the GDPR export and erasure, and those without. */
export const guidancePersonalData: PersonalData = {
  exporters: {
    // The person's service path: the cases partner organisations hold, notes about the person
    // (their right of access covers them), the plan, referrals and outcomes. Counsellors who wrote
    // or decided appear by their identifier; clients they served stay unnamed in their export.
    client_case: (tx, p) => tx.select().from(clientCase).where(eq(clientCase.clientUserId, p.userId)),
    case_note: async (tx, p) => {
      const rows = await tx
        .select()
        .from(caseNote)
        .where(or(eq(caseNote.clientUserId, p.userId), eq(caseNote.authorId, p.userId)));
      return rows.map((r) => (r.clientUserId === p.userId ? r : { id: r.id, clientUserId: '(another person)', createdAt: r.createdAt }));
    },
    case_note_version: (tx, p) =>
      tx
        .select({
          noteId: caseNoteVersion.noteId,
          version: caseNoteVersion.version,
          body: caseNoteVersion.body,
          visibility: caseNoteVersion.visibility,
          editedAt: caseNoteVersion.editedAt,
        })
        .from(caseNoteVersion)
        .innerJoin(caseNote, eq(caseNote.id, caseNoteVersion.noteId))
        .where(eq(caseNote.clientUserId, p.userId)),
    plan_goal: (tx, p) => tx.select().from(planGoal).where(eq(planGoal.clientUserId, p.userId)),
    plan_task: (tx, p) =>
      tx
        .select({ id: planTask.id, goalId: planTask.goalId, title: planTask.title, dueDate: planTask.dueDate, doneAt: planTask.doneAt })
        .from(planTask)
        .innerJoin(planGoal, eq(planGoal.id, planTask.goalId))
        .where(eq(planGoal.clientUserId, p.userId)),
    referral: async (tx, p) => {
      const rows = await tx
        .select()
        .from(referral)
        .where(or(eq(referral.clientUserId, p.userId), eq(referral.referredBy, p.userId), eq(referral.decidedBy, p.userId)));
      return rows.map((r) => (r.clientUserId === p.userId ? r : { ...r, clientUserId: '(another person)', message: null }));
    },
    case_outcome: (tx, p) => tx.select().from(caseOutcome).where(eq(caseOutcome.clientUserId, p.userId)),
    service_event: (tx, p) => tx.select().from(serviceEvent).where(eq(serviceEvent.clientUserId, p.userId)),
  },
};
