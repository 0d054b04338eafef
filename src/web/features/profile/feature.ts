import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { EmployerViewPage } from './EmployerViewPage';
import { ProfilePage } from './ProfilePage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

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
  catalogs: { fi, sv, en },
});
