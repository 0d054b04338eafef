import { forRoles } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminServicePointsPage } from './AdminServicePointsPage';
import { WalkInFiguresPage } from './WalkInFiguresPage';
import { WalkInsPage } from './WalkInsPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** Walk-in visits logged at the service points, their figures, and the service points. */
export const walkins = defineFeature({
  name: 'walkins',
  routes: [
    forRoles('counsellor', [{ path: '/walk-ins', Component: WalkInsPage }]),
    forRoles(['counsellor', 'hub_admin'], [{ path: '/walk-ins/figures', Component: WalkInFiguresPage }]),
    forRoles('hub_admin', [{ path: '/admin/service-points', Component: AdminServicePointsPage }]),
  ],
  nav: [
    { label: 'walkins.nav.log', path: '/walk-ins', audience: ['counsellor'], group: 'clients', order: 40 },
    { label: 'walkins.nav.figures', path: '/walk-ins/figures', audience: ['counsellor', 'hub_admin'], group: 'reports', order: 20 },
    { label: 'walkins.nav.servicePoints', path: '/admin/service-points', audience: ['hub_admin'], group: 'settings', order: 10 },
  ],
  catalogs: { fi, sv, en },
});
