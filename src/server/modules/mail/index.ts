import { defineModule } from '../../platform/module.js';
import { countOutbox } from './mail.repo.js';
import { registerMailRoutes } from './mail.routes.js';

/** The demo outbox for hub administrators: a page on top of the platform's mail outbox (`platform/mail.ts`). */
export const mailModule = defineModule({
  name: 'mail',
  routes: registerMailRoutes,
  async home(ctx, roles) {
    if (!roles.has('hub_admin')) return [];
    return [{ key: 'home.admin.outboxMessages', value: await countOutbox(ctx.tx, ctx.hubId), href: '/admin/outbox' }];
  },
});
