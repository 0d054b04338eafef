import { signedIn } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { PrivacyPage } from './PrivacyPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** Consents, the person's data, who has read it, and deleting the account. */
export const privacy = defineFeature({
  name: 'privacy',
  routes: [signedIn([{ path: '/privacy', Component: PrivacyPage }])],
  nav: [{ label: 'nav.privacy', path: '/privacy', audience: 'signedIn', group: 'account', order: 10 }],
  catalogs: { fi, sv, en },
});
