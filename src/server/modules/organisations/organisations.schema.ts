import { z } from 'zod';
import { limits, ZBusinessId, ZMunicipalityCode, ZPage, ZUuid, ZText } from '../../../shared/limits.js';
import { ZIndustry, ZOrganisationKind, ZOrganisationSize, ZRole } from '../../../shared/organisations.js';

export const partnerTypes = ['city', 'employment_authority', 'university', 'chamber_of_commerce', 'state_agency', 'ngo'] as const;
export const ZPartnerType = z.enum(partnerTypes);
export { ZIndustry, ZOrganisationKind, ZOrganisationSize, ZRole };
const ZOrgName = z.string().trim().min(2).max(limits.organisationName);

export const ZCreateOrganisationRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('partner'), partnerType: ZPartnerType, name: ZOrgName, municipalityCode: ZMunicipalityCode }).strict(),
  z.object({ kind: z.literal('employer'), name: ZOrgName, businessId: ZBusinessId, municipalityCode: ZMunicipalityCode }).strict(),
]);
export type TCreateOrganisationRequest = z.infer<typeof ZCreateOrganisationRequest>;

export const ZUpdateOrganisationRequest = z
  .object({
    name: ZOrgName.optional(),
    municipalityCode: ZMunicipalityCode.optional(),
    partnerType: ZPartnerType.optional(),
    businessId: ZBusinessId.optional(),
    /** Employers only; null clears. */
    industry: ZIndustry.nullable().optional(),
    size: ZOrganisationSize.nullable().optional(),
  })
  .strict();
export type TUpdateOrganisationRequest = z.infer<typeof ZUpdateOrganisationRequest>;

/** What an employer's own users may change about their organisation. */
export const ZUpdateEmployerDetailsRequest = ZUpdateOrganisationRequest.pick({ industry: true, size: true }).strict();
export type TUpdateEmployerDetailsRequest = z.infer<typeof ZUpdateEmployerDetailsRequest>;

export const ZListOrganisationsQuery = ZPage.extend({
  kind: ZOrganisationKind.optional(),
  q: ZText(limits.search).optional(),
});
export type TListOrganisationsQuery = z.infer<typeof ZListOrganisationsQuery>;

export const ZOrganisation = z.object({
  id: ZUuid,
  kind: ZOrganisationKind,
  partnerType: ZPartnerType.nullable(),
  name: z.string(),
  businessId: z.string().nullable(),
  municipalityCode: z.string(),
  industry: ZIndustry.nullable(),
  size: ZOrganisationSize.nullable(),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZMember = z.object({
  membershipId: ZUuid,
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  since: z.string(),
});
export const ZOrganisationDetail = ZOrganisation.extend({ members: z.array(ZMember) });

// The invitation contracts are the invitations module's; the web app still imports them from here.
// eslint-disable-next-line talenthub/module-boundaries -- kept until src/web imports invitations.schema
export { ZCreateInvitationRequest, ZInvitation, ZInviteColleagueRequest } from '../invitations/invitations.schema.js';

export { ZIdParams } from '../../../shared/limits.js';
