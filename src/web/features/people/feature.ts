import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminPeoplePage } from './AdminPeoplePage';
import { InvitationPage } from './InvitationPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** People in the hub: accepting an invitation, and the administrator's list of people. */
export const people = defineFeature({
  name: 'people',
  routes: [
    { path: '/invitation', Component: InvitationPage },
    forRoles('hub_admin', [{ path: '/admin/people', Component: AdminPeoplePage }]),
  ],
  nav: [{ label: 'nav.people', path: '/admin/people', audience: ['hub_admin'], group: 'members', order: 20 }],
  catalogs: { fi, sv, en },
});
