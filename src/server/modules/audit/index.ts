import { defineModule } from '../../platform/module.js';
import { countRecentEvents } from './audit.repo.js';
import { registerAuditRoutes } from './audit.routes.js';

/** The audit trail for hub administrators: a page on top of the platform's trail (`platform/audit.ts`). */
export const auditModule = defineModule({
  name: 'audit',
  routes: registerAuditRoutes,
  async home(ctx, roles) {
    if (!roles.has('hub_admin')) return [];
    return [{ key: 'home.admin.auditEvents', value: await countRecentEvents(ctx.tx, ctx.hubId), href: '/admin/audit' }];
  },
});
