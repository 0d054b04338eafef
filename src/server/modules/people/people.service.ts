import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { and, count, eq, gt, lte } from 'drizzle-orm';
import { localeOr, type Locale } from '../../../shared/locales.js';
import type { ActorCtx, PersonCtx, UseCaseCtx } from '../../platform/context.js';
import { session, user } from '../../platform/auth.tables.js';
import { AppError } from '../../platform/errors.js';
import type { Role } from '../../platform/policy.js';
import type { HomeFigure, ModuleDescriptor } from '../../platform/module.js';
import { audit, auditReads } from '../../platform/audit.js';
import { enqueueMail } from '../../platform/mail.js';
import { hub, hubMunicipality, membership, organisation } from '../../platform/tenancy.tables.js';
import { hashToken } from '../../platform/tokens.js';
import * as orgs from '../organisations/index.js';
import { assertRoleFitsOrganisation } from '../organisations/index.js';
import { assertMunicipality, findHub, grantMembership } from '../../platform/tenancy.js';
import * as repo from './people.repo.js';
import { presentMe, presentPersonForAdmin } from './people.presenter.js';
import { pendingSignup } from './people.tables.js';
import {
  ZPendingSignUp,
  type TAddMembershipRequest,
  type TListPeopleQuery,
  type TPendingSignUp,
  type TSignUpRequest,
  type TUpdateMeRequest,
} from './people.schema.js';

export type NewPerson = {
  name: string;
  email: string;
  /**
   * The password, or its hash made earlier by the same hasher (a confirmed sign-up). Without one
   * the person has no credential yet: a client a counsellor registers at the desk sets it when
   * taking the account over.
   */
  password?: { plain: string } | { hash: string };
  municipalityCode: string;
  locale: Locale;
  emailVerified?: boolean;
};

/**
 * Creates a person: the one place a person's row is written (sign-up, invitation acceptance,
 * desk registration, the demo region). Refuses an unknown municipality and an address in use;
 * hashes a plain password with the auth library. Memberships, consents and the audit entry are
 * the caller's, who knows why the person is created.
 */
export async function createPerson(ctx: UseCaseCtx, p: NewPerson): Promise<string> {
  await assertMunicipality(ctx.tx, p.municipalityCode);
  if (await repo.findUserByEmail(ctx.tx, p.email)) throw new AppError('user.email_taken');
  const id = randomUUID();
  await repo.insertPerson(ctx.tx, {
    id,
    name: p.name,
    email: p.email,
    emailVerified: p.emailVerified ?? false,
    locale: p.locale,
    municipalityCode: p.municipalityCode,
  });
  if (p.password) await repo.insertCredential(ctx.tx, id, 'hash' in p.password ? p.password.hash : await hashPassword(p.password.plain));
  return id;
}

/**
 * A person completes an account a counsellor created for them: they set their password (and may
 * correct their name and municipality), and the address is verified by the link they followed.
 */
export async function claimAccount(
  ctx: UseCaseCtx,
  userId: string,
  input: { password: string; locale: Locale; name?: string | undefined; municipalityCode?: string | undefined },
): Promise<void> {
  if (input.municipalityCode) await assertMunicipality(ctx.tx, input.municipalityCode);
  await repo.updatePerson(ctx.tx, userId, {
    ...(input.name ? { name: input.name } : {}),
    ...(input.municipalityCode ? { municipalityCode: input.municipalityCode } : {}),
    locale: input.locale,
    emailVerified: true,
  });
  await repo.insertCredential(ctx.tx, userId, await hashPassword(input.password));
}

/** The hub that serves a municipality, or the deployment's first hub. */
async function hubForMunicipality(ctx: UseCaseCtx, code: string): Promise<string> {
  const [served] = await ctx.tx
    .select({ id: hubMunicipality.hubId })
    .from(hubMunicipality)
    .where(eq(hubMunicipality.municipalityCode, code))
    .limit(1);
  if (served) return served.id;
  const [first] = await ctx.tx.select({ id: hub.id }).from(hub).orderBy(hub.createdAt).limit(1);
  if (!first) throw new AppError('resource.not_found', 'no hub has been set up');
  return first.id;
}

/** How long the link of a sign-up confirmation mail works. */
export const signUpConfirmationHours = 24;

/**
 * The checks of a sign-up that do not depend on whether the address has an account: they run
 * the same for everyone, and again when the sign-up is confirmed.
 */
async function checkSignUp(ctx: UseCaseCtx, input: TPendingSignUp): Promise<{ hubId: string }> {
  const hubId = await hubForMunicipality(ctx, input.municipalityCode);
  await assertMunicipality(ctx.tx, input.municipalityCode);
  if (input.role === 'employer') {
    const o = input.organisation;
    await assertMunicipality(ctx.tx, o.municipalityCode);
    if (await orgs.businessIdTaken(ctx.tx, hubId, o.businessId)) throw new AppError('organisation.business_id_taken');
    if (await orgs.organisationNameTaken(ctx.tx, hubId, o.name)) throw new AppError('organisation.name_taken');
  }
  return { hubId };
}

/**
 * Sign-up of a talent, or of an employer user together with their employer organisation, with
 * double opt-in: nothing is created until the link mailed to the address is followed. The caller
 * learns nothing about whether the address has an account: a new address gets a confirmation
 * link (a pending sign-up), a known one a note to its owner, in the account's language; the
 * password is hashed in both cases so that the time taken is alike.
 */
export async function signUp(ctx: UseCaseCtx, input: TSignUpRequest): Promise<void> {
  const { password, ...request } = input;
  const { hubId } = await checkSignUp(ctx, request);
  const now = new Date();
  await ctx.tx.delete(pendingSignup).where(lte(pendingSignup.expiresAt, now));
  const passwordHash = await hashPassword(password);
  const base = ctx.config.baseUrl;
  const existing = await repo.findUserByEmail(ctx.tx, request.email);
  if (existing) {
    await enqueueMail(ctx.tx, {
      to: existing.email,
      template: 'signUpAttempt',
      locale: localeOr(existing.locale),
      values: { name: existing.name, signInUrl: `${base}/sign-in`, resetUrl: `${base}/forgot-password` },
    });
    return;
  }
  const token = randomBytes(32).toString('base64url');
  // A new sign-up with the same address replaces the earlier one and its link.
  await ctx.tx.delete(pendingSignup).where(eq(pendingSignup.email, request.email));
  await ctx.tx.insert(pendingSignup).values({
    tokenHash: hashToken(token),
    email: request.email,
    payload: request,
    passwordHash,
    createdAt: now,
    expiresAt: new Date(now.getTime() + signUpConfirmationHours * 3600 * 1000),
  });
  await enqueueMail(ctx.tx, {
    to: request.email,
    template: 'signUpConfirmation',
    locale: request.locale,
    hubId,
    values: { name: request.name, url: `${base}/sign-up/confirm?token=${token}`, hours: String(signUpConfirmationHours) },
  });
}

/**
 * Confirms a sign-up by the token of its mailed link: creates the person, their credential (the
 * password hashed at sign-up), membership and, for an employer user, the organisation, all in
 * this transaction, and uses the token up. Returns the new person's id so the route can open
 * a session.
 */
export async function confirmSignUp(ctx: UseCaseCtx, token: string): Promise<{ userId: string }> {
  const [pending] = await ctx.tx
    .select()
    .from(pendingSignup)
    .where(and(eq(pendingSignup.tokenHash, hashToken(token)), gt(pendingSignup.expiresAt, new Date())))
    .for('update');
  if (!pending) throw new AppError('signup.link_invalid');
  const parsed = ZPendingSignUp.safeParse(pending.payload);
  if (!parsed.success) throw new AppError('signup.link_invalid', 'the pending sign-up is no longer valid');
  const input = parsed.data;
  const { hubId } = await checkSignUp(ctx, input);
  const userId = await createPerson(ctx, {
    name: input.name,
    email: pending.email,
    password: { hash: pending.passwordHash },
    municipalityCode: input.municipalityCode,
    locale: input.locale,
    emailVerified: true,
  });
  let organisationId: string | null = null;
  if (input.role === 'employer') {
    const o = input.organisation;
    const [row] = await ctx.tx
      .insert(organisation)
      .values({ hubId, kind: 'employer', name: o.name, businessId: o.businessId, municipalityCode: o.municipalityCode })
      .returning({ id: organisation.id });
    organisationId = row?.id ?? null;
  }
  await grantMembership(ctx.tx, { userId, hubId, role: input.role, organisationId });
  await ctx.tx.delete(pendingSignup).where(eq(pendingSignup.id, pending.id));
  await audit(ctx, {
    action: 'person.create',
    hubId,
    subjectUserId: userId,
    organisationId,
    details: { role: input.role, via: 'sign_up' },
  });
  return { userId };
}

export async function me(ctx: PersonCtx) {
  const u = await repo.findUser(ctx.tx, ctx.actor.userId);
  if (!u) throw new AppError('auth.required');
  return presentMe(u, await repo.membershipsOf(ctx.tx, u.id));
}

export async function updateMe(ctx: PersonCtx, input: TUpdateMeRequest) {
  if (input.municipalityCode) await assertMunicipality(ctx.tx, input.municipalityCode);
  if (Object.keys(input).length > 0) {
    await ctx.tx
      .update(user)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(user.id, ctx.actor.userId));
    await audit(ctx, { action: 'person.update', subjectUserId: ctx.actor.userId, details: { fields: Object.keys(input) } });
  }
  return me(ctx);
}

/**
 * Ends one of the person's own sessions, named by its id: scripts never see session tokens
 * (decision 0011), so the auth library's revoke-by-token cannot be called from the web app.
 */
export async function revokeMySession(ctx: PersonCtx, sessionId: string): Promise<void> {
  const gone = await ctx.tx
    .delete(session)
    .where(and(eq(session.id, sessionId), eq(session.userId, ctx.actor.userId)))
    .returning({ id: session.id });
  if (gone.length === 0) throw new AppError('resource.not_found', 'no such session of yours');
}

export async function listPeople(ctx: ActorCtx, query: TListPeopleQuery) {
  const { total, people } = await repo.findPeople(ctx.tx, ctx.hubId, query);
  await auditReads(
    ctx,
    'person.list',
    people.map((p) => p.id),
  );
  return { total, items: people.map(presentPersonForAdmin) };
}

export async function addMembership(ctx: ActorCtx, input: TAddMembershipRequest) {
  const hubId = ctx.hubId;
  if (!(await repo.isHubPerson(ctx.tx, hubId, input.userId))) throw new AppError('resource.not_found');
  await assertRoleFitsOrganisation(ctx, hubId, input.role, input.organisationId);
  const id = await grantMembership(ctx.tx, { userId: input.userId, hubId, role: input.role, organisationId: input.organisationId });
  if (!id) throw new AppError('user.already_member');
  await audit(ctx, {
    action: 'membership.create',
    subjectUserId: input.userId,
    organisationId: input.organisationId,
    details: { role: input.role, via: 'admin' },
  });
  return { id };
}

export async function removeMembership(ctx: ActorCtx, membershipId: string) {
  const hubId = ctx.hubId;
  const [row] = await ctx.tx
    .select()
    .from(membership)
    .where(and(eq(membership.hubId, hubId), eq(membership.id, membershipId)))
    .for('update');
  if (!row) throw new AppError('resource.not_found');
  if (row.role === 'hub_admin') {
    const [admins] = await ctx.tx
      .select({ n: count() })
      .from(membership)
      .where(and(eq(membership.hubId, hubId), eq(membership.role, 'hub_admin')));
    if ((admins?.n ?? 0) <= 1) throw new AppError('membership.last_admin');
  }
  await ctx.tx.delete(membership).where(eq(membership.id, membershipId));
  await audit(ctx, {
    action: 'membership.delete',
    subjectUserId: row.userId,
    organisationId: row.organisationId,
    details: { role: row.role },
  });
}

/**
 * What each role sees first: the hub, the person's own organisations, the hub's partners, and
 * the figures each module offers the person's roles.
 */
export async function home(ctx: ActorCtx, modules: readonly ModuleDescriptor[]) {
  const hubId = ctx.hubId;
  const h = await findHub(ctx.tx, hubId);
  if (!h) throw new AppError('resource.not_found');
  const roles = [...new Set(ctx.actor.memberships.filter((m) => m.hubId === hubId).map((m) => m.role))] as Role[];
  const partners = await orgs.findOrganisations(ctx.tx, hubId, { kind: 'partner', limit: 100, offset: 0 });
  const staffOrgIds = ctx.actor.memberships.filter((m) => m.hubId === hubId && m.organisationId).map((m) => m.organisationId as string);
  const organisations = [];
  for (const orgId of [...new Set(staffOrgIds)]) {
    const org = await orgs.findOrganisation(ctx.tx, hubId, orgId);
    if (!org) continue;
    const members = await orgs.findMembers(ctx.tx, hubId, orgId);
    await auditReads(
      ctx,
      'member.read',
      members.filter((m) => m.userId !== ctx.actor.userId).map((m) => m.userId),
    );
    organisations.push({
      id: org.id,
      kind: org.kind,
      name: org.name,
      businessId: org.businessId,
      municipalityCode: org.municipalityCode,
      members: members.map((m) => ({ name: m.name, email: m.email, role: m.role })),
    });
  }
  const roleSet = new Set(roles);
  const figures: HomeFigure[] = [];
  // One module after the other: a transaction runs one query at a time.
  for (const m of modules) if (m.home) figures.push(...(await m.home(ctx, roleSet)));
  return {
    hub: { id: h.id, name: { fi: h.nameFi, sv: h.nameSv, en: h.nameEn }, municipalityCode: h.municipalityCode },
    roles,
    organisations,
    partners: partners.map((p) => ({ id: p.id, name: p.name, partnerType: p.partnerType, municipalityCode: p.municipalityCode })),
    figures,
  };
}

/** People of the hub by role, for its administrators' home page. */
export async function peopleFigures(ctx: ActorCtx, roles: ReadonlySet<Role>): Promise<HomeFigure[]> {
  if (!roles.has('hub_admin')) return [];
  const byRole = await ctx.tx
    .select({ role: membership.role, n: count() })
    .from(membership)
    .where(eq(membership.hubId, ctx.hubId))
    .groupBy(membership.role);
  return (['talent', 'employer', 'counsellor', 'hub_admin'] as const).map((role) => ({
    key: `home.admin.people.${role}`,
    value: byRole.find((r) => r.role === role)?.n ?? 0,
    href: `/admin/people?role=${role}`,
  }));
}
