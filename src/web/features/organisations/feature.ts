import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminInvitationsPage } from './AdminInvitationsPage';
import { AdminOrganisationPage } from './AdminOrganisationPage';
import { AdminOrganisationsPage } from './AdminOrganisationsPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** The hub's partner and employer organisations and the invitations into them. */
export const organisations = defineFeature({
  name: 'organisations',
  routes: [
    forRoles('hub_admin', [
      { path: '/admin/organisations', Component: AdminOrganisationsPage },
      { path: '/admin/organisations/:id', Component: AdminOrganisationPage },
      { path: '/admin/invitations', Component: AdminInvitationsPage },
    ]),
  ],
  nav: [
    { label: 'nav.organisations', path: '/admin/organisations', audience: ['hub_admin'], group: 'members', order: 10 },
    { label: 'nav.invitations', path: '/admin/invitations', audience: ['hub_admin'], group: 'members', order: 30 },
  ],
  catalogs: { fi, sv, en },
});
