import { z } from 'zod';
import { limits, ZBusinessId, ZEmail, ZLocale, ZMunicipalityCode, ZName, ZPage, ZPassword, ZUuid, ZText } from '../../../shared/limits.js';
import { ZOrganisationKind, ZRole } from '../../../shared/organisations.js';

const person = { name: ZName, email: ZEmail, password: ZPassword, municipalityCode: ZMunicipalityCode, locale: ZLocale };

export const ZSignUpRequest = z.discriminatedUnion('role', [
  z.object({ role: z.literal('talent'), ...person }).strict(),
  z
    .object({
      role: z.literal('employer'),
      ...person,
      organisation: z
        .object({
          name: z.string().trim().min(2).max(limits.organisationName),
          businessId: ZBusinessId,
          municipalityCode: ZMunicipalityCode,
        })
        .strict(),
    })
    .strict(),
]);
export type TSignUpRequest = z.infer<typeof ZSignUpRequest>;

/** What a pending sign-up keeps of the request until it is confirmed: all but the password. */
export const ZPendingSignUp = z.discriminatedUnion('role', [
  ZSignUpRequest.options[0].omit({ password: true }),
  ZSignUpRequest.options[1].omit({ password: true }),
]);
export type TPendingSignUp = z.infer<typeof ZPendingSignUp>;

/** The sign-up is received: the same answer whether or not the address has an account. */
export const ZSignUpReceived = z.object({ status: z.literal('confirmation_sent') });

export const ZConfirmSignUpRequest = z.object({ token: z.string().min(20).max(200) }).strict();

export const ZMembershipView = z.object({
  id: ZUuid,
  role: ZRole,
  hub: z.object({ id: ZUuid, name: z.object({ fi: z.string(), sv: z.string(), en: z.string() }) }),
  organisation: z.object({ id: ZUuid, name: z.string(), kind: ZOrganisationKind }).nullable(),
});

export const ZMe = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  locale: ZLocale,
  municipalityCode: z.string(),
  memberships: z.array(ZMembershipView),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUpdateMeRequest = z
  .object({ name: ZName.optional(), municipalityCode: ZMunicipalityCode.optional(), locale: ZLocale.optional() })
  .strict();
export type TUpdateMeRequest = z.infer<typeof ZUpdateMeRequest>;

// The invitation contracts are the invitations module's; the web app still imports them from here.
// eslint-disable-next-line talenthub/module-boundaries -- kept until src/web imports invitations.schema
export { ZAcceptInvitationRequest, ZInvitationPreview } from '../invitations/invitations.schema.js';

export const ZListPeopleQuery = ZPage.extend({
  role: ZRole.optional(),
  organisationId: ZUuid.optional(),
  q: ZText(limits.search).optional(),
});
export type TListPeopleQuery = z.infer<typeof ZListPeopleQuery>;

export const ZPersonRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  municipalityCode: z.string(),
  createdAt: z.string(),
  memberships: z.array(z.object({ id: ZUuid, role: ZRole, organisationId: ZUuid.nullable(), organisationName: z.string().nullable() })),
});

export const ZAddMembershipRequest = z
  .object({ userId: z.string().min(1).max(64), role: ZRole, organisationId: ZUuid.nullable().default(null) })
  .strict();
export type TAddMembershipRequest = z.infer<typeof ZAddMembershipRequest>;

const ZLocalisedName = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

/** What the signed-in person sees first: a section for each role they hold. */
export const ZHome = z.object({
  hub: z.object({ id: ZUuid, name: ZLocalisedName, municipalityCode: z.string() }),
  roles: z.array(ZRole),
  organisations: z.array(
    z.object({
      id: ZUuid,
      kind: ZOrganisationKind,
      name: z.string(),
      businessId: z.string().nullable(),
      municipalityCode: z.string(),
      members: z.array(z.object({ name: z.string(), email: z.string(), role: ZRole })),
    }),
  ),
  partners: z.array(z.object({ id: ZUuid, name: z.string(), partnerType: z.string().nullable(), municipalityCode: z.string() })),
  /** Figures the modules offer the person's roles: a catalog key naming each, its value, and where it leads. */
  figures: z.array(z.object({ key: z.string(), value: z.number(), href: z.string().optional() })),
});
