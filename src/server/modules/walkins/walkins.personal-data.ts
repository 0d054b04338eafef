import { eq } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { walkIn } from './walkins.tables.js';

/** walkins: the tables with data about a person in the GDPR export and erasure, and those without. */
export const walkinsPersonalData: PersonalData = {
  exporters: {
    // Anonymous walk-ins the person logged as a service point adviser: the visitor is never recorded.
    walk_in: (tx, p) => tx.select().from(walkIn).where(eq(walkIn.recordedBy, p.userId)),
  },
  none: {
    service_point: 'places where advisers meet walk-in visitors, run by partner organisations',
  },
};
