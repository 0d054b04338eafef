import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminOutboxPage } from './AdminOutboxPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** The outbox: the mail the hub has sent, as the administrator reads it. */
export const mail = defineFeature({
  name: 'mail',
  routes: [forRoles('hub_admin', [{ path: '/admin/outbox', Component: AdminOutboxPage }])],
  nav: [{ label: 'nav.outbox', path: '/admin/outbox', audience: ['hub_admin'], group: 'logs', order: 20 }],
  catalogs: { fi, sv, en },
});
