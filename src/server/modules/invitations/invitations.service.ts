import { randomBytes } from 'node:crypto';
import type { ActorCtx, UseCaseCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/audit.js';
import { enqueueMail } from '../../platform/mail.js';
import { organisationsWithRole, type Role } from '../../platform/policy.js';
import { findHub, grantMembership } from '../../platform/tenancy.js';
import { hashToken } from '../../platform/tokens.js';
import { assertRoleFitsOrganisation, hubName } from '../organisations/index.js';
import { claimAccount, createPerson, findUserByEmail, hasCredential } from '../people/index.js';
import { presentInvitation } from './invitations.presenter.js';
import * as repo from './invitations.repo.js';
import type { TAcceptInvitationRequest, TCreateInvitationRequest, TInviteColleagueRequest } from './invitations.schema.js';

/**
 * Invitations by e-mail to a role in the hub: administrators invite staff and talents, employer
 * users invite colleagues, counsellors invite a client to take over the account made at the desk.
 * The link's token is stored only as a hash and works once, for 14 days.
 */
const invitationDays = 14;

export async function invite(ctx: ActorCtx, input: TCreateInvitationRequest) {
  const hubId = ctx.hubId;
  const org = await assertRoleFitsOrganisation(ctx, hubId, input.role, input.organisationId);
  const token = randomBytes(32).toString('base64url');
  const row = await repo.insertInvitation(ctx.tx, hubId, {
    organisationId: input.organisationId,
    email: input.email,
    role: input.role,
    tokenHash: hashToken(token),
    invitedBy: ctx.actor.userId,
    locale: input.locale,
    expiresAt: new Date(Date.now() + invitationDays * 24 * 3600 * 1000),
  });
  const hubRow = await findHub(ctx.tx, hubId);
  await enqueueMail(
    ctx.tx,
    {
      to: input.email,
      template: 'invitation',
      locale: input.locale,
      hubId,
      values: {
        inviter: ctx.actor.name,
        hub: hubRow ? hubName(hubRow, input.locale) : '',
        organisation: org?.name ?? '__none',
        role: input.role,
        url: `${ctx.config.baseUrl}/invitation?token=${token}`,
        days: String(invitationDays),
      },
    },
    ctx.config.demoMode ? ctx.log : undefined,
  );
  await audit(ctx, {
    action: 'invitation.create',
    organisationId: input.organisationId,
    details: { invitationId: row.id, role: input.role },
  });
  return presentInvitation({ ...row, organisationName: org?.name ?? null });
}

/** An employer user invites a colleague to an organisation they belong to. */
export async function inviteColleague(ctx: ActorCtx, organisationId: string, input: TInviteColleagueRequest) {
  if (!organisationsWithRole(ctx.actor, 'employer').includes(organisationId)) throw new AppError('auth.forbidden');
  return invite(ctx, { email: input.email, locale: input.locale, role: 'employer', organisationId });
}

/** Invites again: any earlier invitation of the address to the role that is still open is revoked, so only the new link works. */
export async function replaceInvitation(ctx: ActorCtx, input: TCreateInvitationRequest) {
  await repo.revokeOpen(ctx.tx, ctx.hubId, input.email, input.role);
  return invite(ctx, input);
}

export async function listInvitations(ctx: ActorCtx, page: { limit: number; offset: number }) {
  const rows = await repo.findInvitations(ctx.tx, ctx.hubId, page.limit, page.offset);
  return { total: rows[0]?.total ?? 0, items: rows.map((r) => presentInvitation(r)) };
}

export async function revokeInvitation(ctx: ActorCtx, id: string) {
  if (!(await repo.revoke(ctx.tx, ctx.hubId, id))) throw new AppError('resource.not_found');
  await audit(ctx, { action: 'invitation.revoke', details: { invitationId: id } });
}

async function openInvitation(ctx: UseCaseCtx, token: string) {
  const row = await repo.openByToken(ctx.tx, token);
  if (!row) throw new AppError('invitation.invalid');
  return row;
}

export async function previewInvitation(ctx: UseCaseCtx, token: string) {
  const { inv, hub: h, organisationName } = await openInvitation(ctx, token);
  const existing = await findUserByEmail(ctx.tx, inv.email);
  return {
    email: inv.email,
    role: inv.role,
    organisationName,
    hubName: { fi: h.nameFi, sv: h.nameSv, en: h.nameEn },
    // An account a counsellor created for a client has no password yet: the client sets one.
    accountExists: Boolean(existing && (await hasCredential(ctx.tx, existing.id))),
  };
}

type Accepted = { userId: string; created: boolean; email: string };

/**
 * Accepts an invitation: a signed-in person with the invited address gains the membership;
 * someone new gets an account too. Returns the e-mail so the route can sign a new person in.
 */
export async function acceptInvitation(ctx: UseCaseCtx, input: TAcceptInvitationRequest): Promise<Accepted> {
  const { inv } = await openInvitation(ctx, input.token);
  let userId: string;
  let created = false;
  if (ctx.actor) {
    if (ctx.actor.email.toLowerCase() !== inv.email.toLowerCase()) throw new AppError('invitation.email_mismatch');
    userId = ctx.actor.userId;
  } else {
    const existing = await findUserByEmail(ctx.tx, inv.email);
    if (existing && (await hasCredential(ctx.tx, existing.id))) throw new AppError('invitation.sign_in_required');
    if (existing) return takeOverAccount(ctx, inv, existing, input);
    if (!input.name || !input.password || !input.municipalityCode) {
      const missing = (['name', 'password', 'municipalityCode'] as const).filter((k) => !input[k]);
      throw new AppError(
        'request.invalid',
        'name, password and home municipality are needed for a new account',
        missing.map((k) => ({ path: `body/${k}`, code: 'too_small', message: 'required' })),
      );
    }
    userId = await createPerson(ctx, {
      name: input.name,
      email: inv.email,
      password: { plain: input.password },
      municipalityCode: input.municipalityCode,
      locale: input.locale,
    });
    created = true;
  }
  await grantMembership(ctx.tx, { userId, hubId: inv.hubId, role: inv.role, organisationId: inv.organisationId });
  await repo.markAccepted(ctx.tx, inv.hubId, inv.id);
  await audit(ctx, {
    action: 'membership.create',
    hubId: inv.hubId,
    subjectUserId: userId,
    organisationId: inv.organisationId,
    details: { role: inv.role, via: 'invitation', invitationId: inv.id },
  });
  return { userId, created, email: inv.email };
}

/**
 * A client takes over the account a counsellor created for them: they set their password
 * (and may correct their name and municipality); the membership is there already.
 */
async function takeOverAccount(
  ctx: UseCaseCtx,
  inv: { id: string; hubId: string; organisationId: string | null; role: Role },
  person: { id: string; email: string },
  input: TAcceptInvitationRequest,
): Promise<Accepted> {
  if (!input.password) {
    throw new AppError('request.invalid', 'a password is needed to take over the account', [
      { path: 'body/password', code: 'too_small', message: 'required' },
    ]);
  }
  await claimAccount(ctx, person.id, {
    password: input.password,
    locale: input.locale,
    name: input.name,
    municipalityCode: input.municipalityCode,
  });
  await grantMembership(ctx.tx, { userId: person.id, hubId: inv.hubId, role: inv.role, organisationId: inv.organisationId });
  await repo.markAccepted(ctx.tx, inv.hubId, inv.id);
  await audit(ctx, { action: 'person.take_over', hubId: inv.hubId, subjectUserId: person.id, details: { invitationId: inv.id } });
  return { userId: person.id, created: true, email: person.email };
}

/** Open invitations of the hub, for its administrators' home page. */
export async function pendingInvitations(ctx: ActorCtx): Promise<number> {
  return repo.countPending(ctx.tx, ctx.hubId);
}
