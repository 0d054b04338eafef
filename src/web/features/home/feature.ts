import { signedIn } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AccessibilityPage } from './AccessibilityPage';
import { HomePage } from './HomePage';
import { LandingPage } from './LandingPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** The landing page, each person's home and the accessibility statement. */
export const home = defineFeature({
  name: 'home',
  routes: [
    { path: '/', Component: LandingPage },
    { path: '/accessibility', Component: AccessibilityPage },
    signedIn([{ path: '/home', Component: HomePage }]),
  ],
  nav: [{ label: 'nav.home', path: '/home', audience: 'signedIn', group: null, order: 0 }],
  catalogs: { fi, sv, en },
});
