import { eq, or } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { contactRequest, talentEmployment } from './contacts.tables.js';

/** contacts: the tables with data about a person in the GDPR export and erasure, and those without. */
export const contactsPersonalData: PersonalData = {
  exporters: {
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
  },
  none: {
    employer_served:
      'employers served through a hire (legal persons); the link to the contact request is cleared when the person is erased',
  },
};
