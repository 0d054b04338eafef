import { eq } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { employerServiceEvent } from './employer-services.tables.js';

/** Services to employers are about legal persons; the staff member who gave one is named by id. */
export const employerServicesPersonalData: PersonalData = {
  exporters: {
    employer_service_event: (tx, p) =>
      tx
        .select({
          employerId: employerServiceEvent.employerId,
          kind: employerServiceEvent.kind,
          occurredAt: employerServiceEvent.occurredAt,
        })
        .from(employerServiceEvent)
        .where(eq(employerServiceEvent.recordedBy, p.userId)),
  },
};
