import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { ContactRequestsPage } from './ContactRequestsPage';

/** Employers' requests to contact a talent, answered by the talent. */
export const contacts = defineFeature({
  name: 'contacts',
  routes: [forRoles('talent', [{ path: '/contact-requests', Component: ContactRequestsPage }])],
  nav: [{ label: 'nav.contactRequests', path: '/contact-requests', audience: ['talent'], group: 'jobSearch', order: 20 }],
});
