import { eq } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { invitation } from './invitations.tables.js';

/** invitations: the tables with data about a person in the GDPR export and erasure, and those without. */
export const invitationsPersonalData: PersonalData = {
  exporters: {
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
  },
  async erase(tx, p) {
    await tx.delete(invitation).where(eq(invitation.email, p.email));
  },
};
