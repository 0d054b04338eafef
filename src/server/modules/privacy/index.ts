/**
 * The privacy module's public face: other modules import privacy only from here. Privacy owns
 * the consents: who shares what with whom is read through `sharingsOf` / `sharingOf` and
 * decided by `audienceOf`; lists filter with the SQL fragments. See docs/design/consent-access.md.
 */
export {
  audienceOf,
  employerVisibleUsers,
  guidanceSharers,
  guidanceSharingKinds,
  sharedFor,
  sharesForGuidance,
  sharingOf,
  sharingsOf,
  visibleToEmployers,
  type Sharing,
  type SharingAudience,
  type SharingPurpose,
} from './privacy.access.js';
export { consentPurpose, recordConsent } from './privacy.consents.js';
export { seedConsents, type SeededConsent } from './privacy.seed.js';
export { personalDataTables, tablesWithoutPersonalData } from './privacy.export.js';

import { defineModule } from '../../platform/module.js';
import { privacyErrors } from './privacy.errors.js';
import { privacyPersonalData } from './privacy.personal-data.js';
import { registerPrivacyRoutes } from './privacy.routes.js';
import * as tables from './privacy.tables.js';

export const privacyModule = defineModule({
  name: 'privacy',
  routes: registerPrivacyRoutes,
  tables,
  errors: privacyErrors,
  personalData: privacyPersonalData,
});
