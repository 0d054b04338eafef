import { eq } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { hubMatchWeights } from './matching.tables.js';

/** matching: the tables with data about a person in the GDPR export and erasure, and those without. */
export const matchingPersonalData: PersonalData = {
  exporters: {
    hub_match_weights: (tx, p) => tx.select().from(hubMatchWeights).where(eq(hubMatchWeights.updatedBy, p.userId)),
  },
};
