import { eq, or } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { employerService, jobOpening } from './openings.tables.js';

/** openings: the tables with data about a person in the GDPR export and erasure, and those without. */
export const openingsPersonalData: PersonalData = {
  exporters: {
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
  },
  none: {
    job_opening_skill: 'skills a job opening asks for (the employer’s requirements)',
    job_opening_language: 'languages a job opening asks for (the employer’s requirements)',
    job_opening_municipality: 'where the work of a job opening is done',
  },
};
