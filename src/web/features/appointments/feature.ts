import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { SchedulePage } from './SchedulePage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** The counsellor's schedule of appointment times; clients book them on their path. */
export const appointments = defineFeature({
  name: 'appointments',
  routes: [forRoles('counsellor', [{ path: '/appointments', Component: SchedulePage }])],
  nav: [{ label: 'appointments.nav.schedule', path: '/appointments', audience: ['counsellor'], group: 'clients', order: 30 }],
  catalogs: { fi, sv, en },
});
