import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { EmployersPage } from './EmployersPage';
import { NewOpeningPage, OpeningPage } from './OpeningPage';
import { OpeningsPage } from './OpeningsPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** Job openings, written by employers or by a counsellor for the employers they serve. */
export const openings = defineFeature({
  name: 'openings',
  routes: [
    forRoles(
      ['employer', 'counsellor'],
      [
        { path: '/openings', Component: OpeningsPage },
        { path: '/openings/new', Component: NewOpeningPage },
        { path: '/openings/:id', Component: OpeningPage },
      ],
    ),
    forRoles('counsellor', [{ path: '/employers', Component: EmployersPage }]),
  ],
  nav: [
    { label: 'nav.openings', path: '/openings', audience: ['employer', 'counsellor'], group: 'recruitment', order: 10 },
    { label: 'nav.employers', path: '/employers', audience: ['counsellor'], group: 'recruitment', order: 30 },
  ],
  catalogs: { fi, sv, en },
});
