import type { z } from 'zod';
import type { Role } from '../../server/platform/policy';
import type { ZInvitation, ZOrganisation, ZOrganisationDetail } from '../../server/modules/organisations/organisations.schema';
import type { ZInvitationPreview, ZMe, ZPersonRow } from '../../server/modules/people/people.schema';

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

export type Home = {
  hub: { id: string; name: Localised; municipalityCode: string } | null;
  roles: Role[];
  organisations: {
    id: string;
    kind: 'partner' | 'employer';
    name: string;
    businessId: string | null;
    municipalityCode: string;
    members: { name: string; email: string; role: Role }[];
  }[];
  partners: { id: string; name: string; partnerType: string | null; municipalityCode: string }[];
  figures: null | {
    people: Partial<Record<Role, number>>;
    organisations: { partner?: number; employer?: number };
    pendingInvitations: number;
    auditEventsLast7Days: number;
    outboxMessages: number;
  };
};

export type AuditRow = {
  id: number;
  at: string;
  action: string;
  actor: { id: string; name: string } | null;
  subject: { id: string; name: string } | null;
  organisation: { id: string; name: string } | null;
  requestId: string;
  details: Record<string, unknown>;
};

export type OutboxRow = {
  id: string;
  to: string;
  template: string;
  locale: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
};

export type Session = {
  id: string;
  token: string;
  createdAt: string;
  expiresAt: string;
  ipAddress?: string | null;
  userAgent?: string | null;
};
