import { anyOf, publicRoute, signedIn } from '../../platform/policy.js';

export const peoplePolicy = {
  signUp: publicRoute('anyone may create a talent or employer account'),
  confirmSignUp: publicRoute('holder of a sign-up confirmation token'),
  me: signedIn,
  updateMe: signedIn,
  revokeMySession: signedIn,
  list: anyOf('hub_admin'),
  addMembership: anyOf('hub_admin'),
  removeMembership: anyOf('hub_admin'),
  home: signedIn,
} as const;
