import { signedIn } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { PrivacyPage } from './PrivacyPage';

/** Consents, the person's data, who has read it, and deleting the account. */
export const privacy = defineFeature({
  name: 'privacy',
  routes: [signedIn([{ path: '/privacy', Component: PrivacyPage }])],
  nav: [{ label: 'nav.privacy', path: '/privacy', audience: 'signedIn', group: 'account', order: 10 }],
});
