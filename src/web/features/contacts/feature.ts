import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { ContactRequestsPage } from './ContactRequestsPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** Employers' requests to contact a talent, answered by the talent. */
export const contacts = defineFeature({
  name: 'contacts',
  routes: [forRoles('talent', [{ path: '/contact-requests', Component: ContactRequestsPage }])],
  nav: [{ label: 'nav.contactRequests', path: '/contact-requests', audience: ['talent'], group: 'jobSearch', order: 20 }],
  catalogs: { fi, sv, en },
});
