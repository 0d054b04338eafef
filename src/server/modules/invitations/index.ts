/**
 * The invitations module's public face: inviting someone by e-mail to a role in the hub, and
 * inviting a client again to take over the account a counsellor made. Invitation links are
 * previewed and accepted here too; accepting creates the person through the people module.
 */
import { defineModule } from '../../platform/module.js';
import { invitationErrors } from './invitations.errors.js';
import { invitationMail } from './invitations.mail.js';
import { invitationsPersonalData } from './invitations.personal-data.js';
import { registerInvitationRoutes } from './invitations.routes.js';
import { pendingInvitations } from './invitations.service.js';
import * as tables from './invitations.tables.js';

export { invite, replaceInvitation } from './invitations.service.js';

export const invitationsModule = defineModule({
  name: 'invitations',
  routes: registerInvitationRoutes,
  tables,
  errors: invitationErrors,
  mail: invitationMail,
  personalData: invitationsPersonalData,
  async home(ctx, roles) {
    if (!roles.has('hub_admin')) return [];
    return [{ key: 'home.admin.pendingInvitations', value: await pendingInvitations(ctx), href: '/admin/invitations' }];
  },
});
