import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminGuidancePage } from './AdminGuidancePage';
import { ClientOverviewPage } from './ClientOverviewPage';
import { MyPathPage } from './MyPathPage';
import { ReferralsPage } from './ReferralsPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** Case work: a client's case, plan, notes, referrals and outcomes; the talent's own path; the figures. */
export const guidance = defineFeature({
  name: 'guidance',
  routes: [
    forRoles('counsellor', [
      { path: '/clients/:userId', Component: ClientOverviewPage },
      { path: '/referrals', Component: ReferralsPage },
    ]),
    forRoles('talent', [{ path: '/my-path', Component: MyPathPage }]),
    forRoles('hub_admin', [{ path: '/admin/guidance', Component: AdminGuidancePage }]),
  ],
  nav: [
    { label: 'nav.referrals', path: '/referrals', audience: ['counsellor'], group: 'clients', order: 20 },
    { label: 'nav.myPath', path: '/my-path', audience: ['talent'], group: 'services', order: 10 },
    { label: 'nav.guidanceFigures', path: '/admin/guidance', audience: ['hub_admin'], group: 'reports', order: 10 },
  ],
  catalogs: { fi, sv, en },
});
