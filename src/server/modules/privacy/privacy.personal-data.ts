import { eq } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { consent } from './privacy.tables.js';

/** privacy: the tables with data about a person in the GDPR export and erasure, and those without. */
export const privacyPersonalData: PersonalData = {
  exporters: {
    consent: (tx, p) => tx.select().from(consent).where(eq(consent.userId, p.userId)),
  },
};
