import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { SchedulePage } from './SchedulePage';

/** The counsellor's schedule of appointment times; clients book them on their path. */
export const appointments = defineFeature({
  name: 'appointments',
  routes: [forRoles('counsellor', [{ path: '/appointments', Component: SchedulePage }])],
  nav: [{ label: 'appointments.nav.schedule', path: '/appointments', audience: ['counsellor'], group: 'clients', order: 30 }],
});
