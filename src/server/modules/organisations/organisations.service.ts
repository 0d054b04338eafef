import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { organisationsWithRole, type Role } from '../../platform/policy.js';
import { audit, auditReads } from '../../platform/audit.js';
import { assertMunicipality } from '../../platform/tenancy.js';
import { organisation } from '../../platform/tenancy.tables.js';
import * as repo from './organisations.repo.js';
import { presentMember, presentOrganisation } from './organisations.presenter.js';
import type {
  TCreateOrganisationRequest,
  TListOrganisationsQuery,
  TUpdateEmployerDetailsRequest,
  TUpdateOrganisationRequest,
} from './organisations.schema.js';

export async function listOrganisations(ctx: ActorCtx, query: TListOrganisationsQuery) {
  const rows = await repo.findOrganisations(ctx.tx, ctx.hubId, query);
  return { total: rows[0]?.total ?? 0, items: rows.map(presentOrganisation) };
}

export async function getOrganisation(ctx: ActorCtx, id: string) {
  const hubId = ctx.hubId;
  const row = await repo.findOrganisation(ctx.tx, hubId, id);
  if (!row) throw new AppError('resource.not_found');
  const members = await repo.findMembers(ctx.tx, hubId, id);
  await auditReads(
    ctx,
    'member.read',
    members.map((m) => m.userId),
  );
  return { ...presentOrganisation({ ...row, memberCount: members.length }), members: members.map(presentMember) };
}

export async function createOrganisation(ctx: ActorCtx, input: TCreateOrganisationRequest) {
  const hubId = ctx.hubId;
  await assertMunicipality(ctx.tx, input.municipalityCode);
  if (await repo.organisationNameTaken(ctx.tx, hubId, input.name)) throw new AppError('organisation.name_taken');
  if (input.kind === 'employer' && (await repo.businessIdTaken(ctx.tx, hubId, input.businessId)))
    throw new AppError('organisation.business_id_taken');
  const [row] = await ctx.tx
    .insert(organisation)
    .values({
      hubId,
      kind: input.kind,
      name: input.name,
      municipalityCode: input.municipalityCode,
      partnerType: input.kind === 'partner' ? input.partnerType : null,
      businessId: input.kind === 'employer' ? input.businessId : null,
    })
    .returning();
  if (!row) throw new AppError('server.error');
  await audit(ctx, { action: 'organisation.create', organisationId: row.id });
  return presentOrganisation({ ...row, memberCount: 0 });
}

export async function updateOrganisation(ctx: ActorCtx, id: string, input: TUpdateOrganisationRequest) {
  const hubId = ctx.hubId;
  const current = await repo.findOrganisation(ctx.tx, hubId, id);
  if (!current) throw new AppError('resource.not_found');
  if (input.municipalityCode) await assertMunicipality(ctx.tx, input.municipalityCode);
  if (input.name && (await repo.organisationNameTaken(ctx.tx, hubId, input.name, id))) throw new AppError('organisation.name_taken');
  if (input.partnerType && current.kind !== 'partner') throw new AppError('organisation.wrong_kind');
  if (input.businessId && current.kind !== 'employer') throw new AppError('organisation.wrong_kind');
  if ((input.industry !== undefined || input.size !== undefined) && current.kind !== 'employer')
    throw new AppError('organisation.wrong_kind', 'industry and size describe employers');
  const [row] = await ctx.tx
    .update(organisation)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(organisation.hubId, hubId), eq(organisation.id, id)))
    .returning();
  if (!row) throw new AppError('resource.not_found');
  await audit(ctx, { action: 'organisation.update', organisationId: id, details: { fields: Object.keys(input) } });
  const members = await repo.findMembers(ctx.tx, hubId, id);
  return presentOrganisation({ ...row, memberCount: members.length });
}

/** Which organisation kind a role requires: staff belong to organisations, others to the hub. */
export function requiredKind(role: Role): 'partner' | 'employer' | null {
  switch (role) {
    case 'counsellor':
      return 'partner';
    case 'employer':
      return 'employer';
    case 'talent':
    case 'hub_admin':
      return null;
  }
}

export async function assertRoleFitsOrganisation(ctx: ActorCtx, hubId: string, role: Role, organisationId: string | null) {
  const kind = requiredKind(role);
  if (kind === null) {
    if (organisationId) throw new AppError('organisation.wrong_kind', `role ${role} belongs to the hub, not to an organisation`);
    return null;
  }
  if (!organisationId) throw new AppError('organisation.wrong_kind', `role ${role} needs an organisation`);
  const org = await repo.findOrganisation(ctx.tx, hubId, organisationId);
  if (!org) throw new AppError('resource.not_found');
  if (org.kind !== kind) throw new AppError('organisation.wrong_kind', `role ${role} needs a ${kind} organisation`);
  return org;
}

/** An employer user describes their own organisation (industry and size). */
export async function updateEmployerDetails(ctx: ActorCtx, organisationId: string, input: TUpdateEmployerDetailsRequest) {
  if (!organisationsWithRole(ctx.actor, 'employer').includes(organisationId)) throw new AppError('auth.forbidden');
  return updateOrganisation(ctx, organisationId, input);
}

export function hubName(h: { nameFi: string; nameSv: string; nameEn: string }, locale: 'fi' | 'sv' | 'en'): string {
  return locale === 'sv' ? h.nameSv : locale === 'en' ? h.nameEn : h.nameFi;
}
