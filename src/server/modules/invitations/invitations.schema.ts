import { z } from 'zod';
import { ZEmail, ZLocale, ZMunicipalityCode, ZName, ZPassword, ZUuid } from '../../../shared/limits.js';
import { ZRole } from '../../../shared/organisations.js';

const ZToken = z.string().min(20).max(200);

/** An administrator invites someone by e-mail to a role in the hub (staff roles in an organisation). */
export const ZCreateInvitationRequest = z
  .object({
    email: ZEmail,
    role: ZRole,
    organisationId: ZUuid.nullable().default(null),
    locale: ZLocale,
  })
  .strict();
export type TCreateInvitationRequest = z.infer<typeof ZCreateInvitationRequest>;

/** An employer user invites a colleague to their own organisation. */
export const ZInviteColleagueRequest = z.object({ email: ZEmail, locale: ZLocale }).strict();
export type TInviteColleagueRequest = z.infer<typeof ZInviteColleagueRequest>;

export const ZInvitation = z.object({
  id: ZUuid,
  email: z.string(),
  role: ZRole,
  organisationId: ZUuid.nullable(),
  organisationName: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZInvitationTokenRequest = z.object({ token: ZToken }).strict();

/** What the holder of an invitation link sees before accepting it. */
export const ZInvitationPreview = z.object({
  email: z.string(),
  role: ZRole,
  organisationName: z.string().nullable(),
  hubName: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  accountExists: z.boolean(),
});

/** Accepting: someone new gives their name, password and home municipality; a client taking over their account sets a password. */
export const ZAcceptInvitationRequest = z
  .object({
    token: ZToken,
    name: ZName.optional(),
    password: ZPassword.optional(),
    municipalityCode: ZMunicipalityCode.optional(),
    locale: ZLocale,
  })
  .strict();
export type TAcceptInvitationRequest = z.infer<typeof ZAcceptInvitationRequest>;

export { ZIdParams } from '../../../shared/limits.js';
