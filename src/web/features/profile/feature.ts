import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { EmployerViewPage } from './EmployerViewPage';
import { ProfilePage } from './ProfilePage';

/** The talent's own profile and how employers see it. */
export const profile = defineFeature({
  name: 'profile',
  routes: [
    forRoles('talent', [
      { path: '/profile', Component: ProfilePage },
      { path: '/profile/employer-view', Component: EmployerViewPage },
    ]),
  ],
  nav: [{ label: 'nav.profile', path: '/profile', audience: ['talent'], group: null, order: 10 }],
});
