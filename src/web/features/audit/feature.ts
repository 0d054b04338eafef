import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminAuditPage } from './AdminAuditPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** The audit trail: who read or changed whose data. */
export const audit = defineFeature({
  name: 'audit',
  routes: [forRoles('hub_admin', [{ path: '/admin/audit', Component: AdminAuditPage }])],
  nav: [{ label: 'nav.audit', path: '/admin/audit', audience: ['hub_admin'], group: 'logs', order: 10 }],
  catalogs: { fi, sv, en },
});
