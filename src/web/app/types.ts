import type { z } from 'zod';
import type { Role } from '../../server/platform/policy';
import type { ZInvitation, ZOrganisation, ZOrganisationDetail } from '../../server/modules/organisations/organisations.schema';
import type { ZHome, ZInvitationPreview, ZMe, ZPersonRow } from '../../server/modules/people/people.schema';
import type { ZAuditRow } from '../../server/modules/audit/audit.schema';
import type { ZOutboxRow } from '../../server/modules/mail/mail.schema';

export type { Role };
export type Me = z.infer<typeof ZMe>;
export type Organisation = z.infer<typeof ZOrganisation>;
export type OrganisationDetail = z.infer<typeof ZOrganisationDetail>;
export type Invitation = z.infer<typeof ZInvitation>;
export type InvitationPreview = z.infer<typeof ZInvitationPreview>;
export type PersonRow = z.infer<typeof ZPersonRow>;
export type Localised = { fi: string; sv: string; en: string };
export type Municipality = { code: string; name: Localised };
export type Page<T> = { total: number; items: T[] };

export type Home = z.infer<typeof ZHome>;
export type AuditRow = z.infer<typeof ZAuditRow>;
export type OutboxRow = z.infer<typeof ZOutboxRow>;

export type Session = {
  id: string;
  token: string;
  createdAt: string;
  expiresAt: string;
  ipAddress?: string | null;
  userAgent?: string | null;
};
