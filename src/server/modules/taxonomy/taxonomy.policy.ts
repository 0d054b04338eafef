import { publicRoute, signedIn } from '../../platform/policy.js';

/** The taxonomy is public reference data; linking whole texts is for signed-in people. */
export const taxonomyPolicy = {
  search: publicRoute('taxonomy reference data (ESCO)'),
  concept: publicRoute('taxonomy reference data (ESCO)'),
  status: publicRoute('taxonomy reference data (ESCO)'),
  link: signedIn,
} as const;
