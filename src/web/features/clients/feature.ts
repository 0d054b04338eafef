import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { ClientEmployerViewPage } from './ClientEmployerViewPage';
import { ClientProfilePage } from './ClientPage';
import { ClientsPage } from './ClientsPage';
import { NewClientPage } from './NewClientPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** The counsellor's caseload, new clients and a client's profile. */
export const clients = defineFeature({
  name: 'clients',
  routes: [
    forRoles('counsellor', [
      { path: '/clients', Component: ClientsPage },
      { path: '/clients/new', Component: NewClientPage },
      { path: '/clients/:userId/profile', Component: ClientProfilePage },
      { path: '/clients/:userId/employer-view', Component: ClientEmployerViewPage },
    ]),
  ],
  nav: [{ label: 'nav.clients', path: '/clients', audience: ['counsellor'], group: 'clients', order: 10 }],
  catalogs: { fi, sv, en },
});
