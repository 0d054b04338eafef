import type { z } from 'zod';
import type { Role } from '../../server/platform/policy';
import type { ZInvitation, ZOrganisation, ZOrganisationDetail } from '../../server/modules/organisations/organisations.schema';
import type { ZHome, ZInvitationPreview, ZMe, ZPersonRow } from '../../server/modules/people/people.schema';
import type { ZAuditRow } from '../../server/modules/audit/audit.schema';
import type { ZOutboxRow } from '../../server/modules/mail/mail.schema';
import type { ZClientRow, ZEmployerView, ZProfile } from '../../server/modules/talents/talents.schema';
import type { ZAccessLogRow, ZConsents, ZConsentView } from '../../server/modules/privacy/privacy.schema';
import type { ZEmployerRow, ZOpening, ZOpeningRow, ZPublicOpening, ZSkillSuggestion } from '../../server/modules/openings/openings.schema';
import type { ZCandidate, ZExplanation, ZOpeningMatch } from '../../server/modules/matching/matching.schema';
import type { ZEmployerContactRequest } from '../../server/modules/contacts/contacts.schema';

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
  createdAt: string;
  expiresAt: string;
  ipAddress?: string | null;
  userAgent?: string | null;
};

export type Profile = z.infer<typeof ZProfile>;
export type EmployerView = z.infer<typeof ZEmployerView>;
export type ClientRow = z.infer<typeof ZClientRow>;
export type Consents = z.infer<typeof ZConsents>;
export type ConsentView = z.infer<typeof ZConsentView>;
export type AccessLogRow = z.infer<typeof ZAccessLogRow>;

export type Opening = z.infer<typeof ZOpening>;
export type OpeningRow = z.infer<typeof ZOpeningRow>;
export type PublicOpening = z.infer<typeof ZPublicOpening>;
export type SkillSuggestion = z.infer<typeof ZSkillSuggestion>;
export type Explanation = z.infer<typeof ZExplanation>;
export type Candidate = z.infer<typeof ZCandidate>;
export type OpeningMatch = z.infer<typeof ZOpeningMatch>;
export type EmployerContactRequest = z.infer<typeof ZEmployerContactRequest>;
export type EmployerRow = z.infer<typeof ZEmployerRow>;
