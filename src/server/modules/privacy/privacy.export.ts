import { eq, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { account, session, user, verification } from '../../platform/auth.tables.js';
import { auditEvent } from '../audit/audit.tables.js';
import { contactRequest, talentEmployment } from '../contacts/contacts.tables.js';
import { mailOutbox } from '../mail/mail.tables.js';
import { employerService, jobOpening } from '../openings/openings.tables.js';
import { invitation, membership } from '../organisations/organisations.tables.js';
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
import { hubMatchWeights } from '../matching/matching.tables.js';

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
  rate_limit: 'short-lived attempt counters keyed by network address or employer organisation, not linked to an account',
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
  employer_served: 'employers served through a hire (legal persons); the link to the contact request is cleared when the person is erased',
};

export async function exportPersonalData(tx: Tx, p: Person) {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [name, read] of Object.entries(personalDataTables)) tables[name] = await read(tx, p);
  return tables;
}
