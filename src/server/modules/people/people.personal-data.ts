import { eq } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { pendingSignup } from './people.tables.js';

/** people: the tables with data about a person in the GDPR export and erasure, and those without. */
export const peoplePersonalData: PersonalData = {
  exporters: {
    // A sign-up of the address not yet confirmed (one can exist when the account was made otherwise since).
    pending_signup: (tx, p) =>
      tx
        .select({ email: pendingSignup.email, createdAt: pendingSignup.createdAt, expiresAt: pendingSignup.expiresAt })
        .from(pendingSignup)
        .where(eq(pendingSignup.email, p.email)),
  },
  async erase(tx, p) {
    await tx.delete(pendingSignup).where(eq(pendingSignup.email, p.email));
  },
};
