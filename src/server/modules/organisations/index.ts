/**
 * The organisations module's public face: the hub's partner organisations and employers (the
 * organisation table itself is the platform's tenancy). Invitations to them are the invitations
 * module's.
 */
import { count, eq } from 'drizzle-orm';
import { defineModule } from '../../platform/module.js';
import { organisation } from '../../platform/tenancy.tables.js';
import { organisationErrors } from './organisations.errors.js';
import { registerOrganisationRoutes } from './organisations.routes.js';

export { assertRoleFitsOrganisation, hubName } from './organisations.service.js';
export { businessIdTaken, findMembers, findOrganisation, findOrganisations, organisationNameTaken } from './organisations.repo.js';

export const organisationsModule = defineModule({
  name: 'organisations',
  routes: registerOrganisationRoutes,
  errors: organisationErrors,
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
    ];
  },
});
