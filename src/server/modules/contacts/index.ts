/** Contact requests from employers to consenting talents, and the hires they lead to. */
import { defineModule } from '../../platform/module.js';
import { contactErrors } from './contacts.errors.js';
import { contactMail } from './contacts.mail.js';
import { contactsPersonalData } from './contacts.personal-data.js';
import { defaultContactRequestsPerDay } from './contacts.policy.js';
import { registerContactRoutes } from './contacts.routes.js';
import * as tables from './contacts.tables.js';

declare module '../../platform/module.js' {
  interface Limits {
    /** Contact requests one employer organisation may make in a day (all its users together). */
    contactRequestsPerDay: number;
  }
}

export const contactsModule = defineModule({
  name: 'contacts',
  routes: registerContactRoutes,
  tables,
  errors: contactErrors,
  mail: contactMail,
  personalData: contactsPersonalData,
  limits: { contactRequestsPerDay: defaultContactRequestsPerDay },
});
