/**
 * The clients module's public face: a counsellor's clients. Registering a walk-in client at the
 * desk (the person through people, the profile through talents, consents through privacy, the
 * case through guidance), inviting them to take the account over, the list of clients who share
 * their profile, and a client's profile as the counsellor edits it. Nothing here is imported by
 * other modules; it composes theirs.
 */
import { defineModule } from '../../platform/module.js';
import { clientErrors } from './clients.errors.js';
import { registerClientRoutes } from './clients.routes.js';

export const clientsModule = defineModule({
  name: 'clients',
  routes: registerClientRoutes,
  errors: clientErrors,
});
