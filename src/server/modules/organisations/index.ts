/**
 * The organisations module's public face: the hub's partner organisations and employers, and the
 * invitations to join them.
 */
import { count, eq } from 'drizzle-orm';
import { defineModule } from '../../platform/module.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { organisationErrors } from './organisations.errors.js';
import { organisationMail } from './organisations.mail.js';
import { organisationsPersonalData } from './organisations.personal-data.js';
import { countPendingInvitations } from './organisations.repo.js';
import { registerOrganisationRoutes } from './organisations.routes.js';
import * as tables from './organisations.tables.js';

export { assertRoleFitsOrganisation, invite, hubName } from './organisations.service.js';
export { businessIdTaken, findMembers, findOrganisation, findOrganisations, organisationNameTaken } from './organisations.repo.js';
export { ZIndustry, ZOrganisationKind, ZOrganisationSize, ZRole } from './organisations.schema.js';
export { invitation } from './organisations.tables.js';

export const organisationsModule = defineModule({
  name: 'organisations',
  routes: registerOrganisationRoutes,
  tables,
  errors: organisationErrors,
  mail: organisationMail,
  personalData: organisationsPersonalData,
  async home(ctx, roles) {
    if (!roles.has('hub_admin')) return [];
    const byKind = await ctx.tx
      .select({ kind: organisation.kind, n: count() })
      .from(organisation)
      .where(eq(organisation.hubId, ctx.hubId))
      .groupBy(organisation.kind);
    const of = (kind: 'partner' | 'employer') => byKind.find((r) => r.kind === kind)?.n ?? 0;
    return [
      { key: 'home.admin.partnerOrganisations', value: of('partner'), href: '/admin/organisations?kind=partner' },
      { key: 'home.admin.employerOrganisations', value: of('employer'), href: '/admin/organisations?kind=employer' },
      { key: 'home.admin.pendingInvitations', value: await countPendingInvitations(ctx.tx, ctx.hubId), href: '/admin/invitations' },
    ];
  },
});
