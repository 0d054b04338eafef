import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminAuditPage } from './AdminAuditPage';

/** The audit trail: who read or changed whose data. */
export const audit = defineFeature({
  name: 'audit',
  routes: [forRoles('hub_admin', [{ path: '/admin/audit', Component: AdminAuditPage }])],
  nav: [{ label: 'nav.audit', path: '/admin/audit', audience: ['hub_admin'], group: 'logs', order: 10 }],
});
