import { eq, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { account, session, user, verification } from '../../platform/auth.tables.js';
import { auditEvent } from '../../platform/audit.tables.js';
import { contactRequest, talentEmployment } from '../contacts/contacts.tables.js';
import { mailOutbox } from '../../platform/mail.tables.js';
import { employerService, jobOpening } from '../openings/openings.tables.js';
import { membership } from '../../platform/tenancy.tables.js';
import { invitation } from '../organisations/organisations.tables.js';
import { pendingSignup } from '../people/people.tables.js';
import {
  talentCv,
  talentEducation,
  talentLanguage,
  talentProfile,
  talentSkill,
  talentSuggestion,
  talentWork,
} from '../talents/talents.tables.js';
import { consent } from './privacy.tables.js';
import {
  caseNote,
  caseNoteVersion,
  caseOutcome,
  clientCase,
  planGoal,
  planTask,
  referral,
  serviceEvent,
} from '../guidance/guidance.tables.js';
import { hubMatchWeights } from '../matching/matching.tables.js';
import { appointmentBooking, appointmentSlot } from '../appointments/appointments.tables.js';
import { walkIn } from '../walkins/walkins.tables.js';

type Person = { userId: string; email: string };
type Exporter = (tx: Tx, p: Person) => Promise<Record<string, unknown>[]>;

/**
 * Every table that holds data about a person, and how to read one person's rows from it.
 * Secrets (password hashes, session and reset tokens) and the CV file's bytes are left out:
 * the file is downloaded on its own. A test fails when a table is in neither this list nor
 * `tablesWithoutPersonalData`, so a new table cannot be forgotten.
 */
export const personalDataTables: Record<string, Exporter> = {
  auth_user: (tx, p) => tx.select().from(user).where(eq(user.id, p.userId)),
  auth_account: (tx, p) =>
    tx
      .select({ providerId: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt })
      .from(account)
      .where(eq(account.userId, p.userId)),
  auth_session: (tx, p) =>
    tx
      .select({
        createdAt: session.createdAt,
        expiresAt: session.expiresAt,
        ipAddress: session.ipAddress,
        userAgent: session.userAgent,
      })
      .from(session)
      .where(eq(session.userId, p.userId)),
  auth_verification: (tx, p) =>
    tx
      .select({ createdAt: verification.createdAt, expiresAt: verification.expiresAt })
      .from(verification)
      .where(or(eq(verification.value, p.userId), sql`position(${p.email} in ${verification.identifier}) > 0`)),
  membership: (tx, p) => tx.select().from(membership).where(eq(membership.userId, p.userId)),
  invitation: (tx, p) =>
    tx
      .select({
        email: invitation.email,
        role: invitation.role,
        createdAt: invitation.createdAt,
        expiresAt: invitation.expiresAt,
        acceptedAt: invitation.acceptedAt,
        revokedAt: invitation.revokedAt,
      })
      .from(invitation)
      .where(eq(invitation.email, p.email)),
  // A sign-up of the address not yet confirmed (one can exist when the account was made otherwise since).
  pending_signup: (tx, p) =>
    tx
      .select({ email: pendingSignup.email, createdAt: pendingSignup.createdAt, expiresAt: pendingSignup.expiresAt })
      .from(pendingSignup)
      .where(eq(pendingSignup.email, p.email)),
  talent_profile: (tx, p) => tx.select().from(talentProfile).where(eq(talentProfile.userId, p.userId)),
  talent_education: (tx, p) => tx.select().from(talentEducation).where(eq(talentEducation.userId, p.userId)),
  talent_work: (tx, p) => tx.select().from(talentWork).where(eq(talentWork.userId, p.userId)),
  talent_skill: (tx, p) => tx.select().from(talentSkill).where(eq(talentSkill.userId, p.userId)),
  talent_language: (tx, p) => tx.select().from(talentLanguage).where(eq(talentLanguage.userId, p.userId)),
  talent_cv: (tx, p) =>
    tx
      .select({
        fileName: talentCv.fileName,
        mediaType: talentCv.mediaType,
        size: talentCv.size,
        text: talentCv.text,
        uploadedAt: talentCv.uploadedAt,
      })
      .from(talentCv)
      .where(eq(talentCv.userId, p.userId)),
  talent_suggestion: (tx, p) => tx.select().from(talentSuggestion).where(eq(talentSuggestion.userId, p.userId)),
  consent: (tx, p) => tx.select().from(consent).where(eq(consent.userId, p.userId)),
  // Employers the person serves as a company coordinator, or whose service they recorded.
  employer_service: (tx, p) =>
    tx
      .select()
      .from(employerService)
      .where(or(eq(employerService.userId, p.userId), eq(employerService.createdBy, p.userId))),
  // Openings are the employer's; the person appears as who wrote them. The text is the employer's.
  job_opening: (tx, p) =>
    tx
      .select({
        id: jobOpening.id,
        organisationId: jobOpening.organisationId,
        title: jobOpening.title,
        status: jobOpening.status,
        createdBy: jobOpening.createdBy,
        createdAt: jobOpening.createdAt,
      })
      .from(jobOpening)
      .where(eq(jobOpening.createdBy, p.userId)),
  // Contact requests made to the person, and those the person made or closed for an employer.
  // The person asked for stays unnamed in an employer user's export.
  contact_request: async (tx, p) => {
    const rows = await tx
      .select()
      .from(contactRequest)
      .where(
        or(eq(contactRequest.talentUserId, p.userId), eq(contactRequest.requestedBy, p.userId), eq(contactRequest.outcomeBy, p.userId)),
      );
    return rows.map((r) => (r.talentUserId === p.userId ? r : { ...r, talentUserId: '(another person)' }));
  },
  talent_employment: (tx, p) => tx.select().from(talentEmployment).where(eq(talentEmployment.userId, p.userId)),
  // The person's appointments, and seats they booked for others (those clients stay unnamed).
  appointment_booking: async (tx, p) => {
    const rows = await tx
      .select()
      .from(appointmentBooking)
      .where(or(eq(appointmentBooking.clientUserId, p.userId), eq(appointmentBooking.bookedBy, p.userId)));
    return rows.map((r) => (r.clientUserId === p.userId ? r : { ...r, clientUserId: '(another person)' }));
  },
  // Times the person published as a counsellor; who booked them is in the clients' own exports.
  appointment_slot: (tx, p) => tx.select().from(appointmentSlot).where(eq(appointmentSlot.hostUserId, p.userId)),
  // Events about the person, and what the person did; others they acted on stay unnamed.
  audit_event: async (tx, p) => {
    const rows = await tx
      .select()
      .from(auditEvent)
      .where(or(eq(auditEvent.subjectUserId, p.userId), eq(auditEvent.actorUserId, p.userId)))
      .orderBy(auditEvent.id);
    return rows.map((r) => (r.subjectUserId === p.userId || r.subjectUserId === null ? r : { ...r, subjectUserId: '(another person)' }));
  },
  hub_match_weights: (tx, p) => tx.select().from(hubMatchWeights).where(eq(hubMatchWeights.updatedBy, p.userId)),
  // Anonymous walk-ins the person logged as a service point adviser: the visitor is never recorded.
  walk_in: (tx, p) => tx.select().from(walkIn).where(eq(walkIn.recordedBy, p.userId)),
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
  mail_outbox: (tx, p) =>
    tx
      .select({
        template: mailOutbox.template,
        subject: mailOutbox.subject,
        bodyText: mailOutbox.bodyText,
        createdAt: mailOutbox.createdAt,
        sentAt: mailOutbox.sentAt,
      })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, p.email)),
};

/** Tables with no data about a person, and why. */
export const tablesWithoutPersonalData: Record<string, string> = {
  hub: 'the regional hubs',
  hub_municipality: 'municipalities a hub serves',
  organisation: 'partner organisations and employers (legal persons)',
  municipality: 'reference data',
  rate_limit:
    'attempt counters keyed by network address, employer organisation or a sha256 hash of an address signing in or up, not linked to an account row; erasure removes those of the person’s address',
  esco_import: 'taxonomy import log',
  esco_concept: 'ESCO taxonomy',
  esco_label: 'ESCO taxonomy',
  esco_description: 'ESCO taxonomy',
  esco_occupation_skill: 'ESCO taxonomy',
  esco_broader: 'ESCO taxonomy',
  esco_skill_relation: 'ESCO taxonomy',
  esco_collection: 'ESCO taxonomy',
  job_opening_skill: 'skills a job opening asks for (the employer’s requirements)',
  job_opening_language: 'languages a job opening asks for (the employer’s requirements)',
  job_opening_municipality: 'where the work of a job opening is done',
  service_point: 'places where advisers meet walk-in visitors, run by partner organisations',
  employer_served: 'employers served through a hire (legal persons); the link to the contact request is cleared when the person is erased',
};

export async function exportPersonalData(tx: Tx, p: Person) {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [name, read] of Object.entries(personalDataTables)) tables[name] = await read(tx, p);
  return tables;
}
