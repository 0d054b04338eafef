import { appointmentsModule } from './modules/appointments/index.js';
import { auditModule } from './modules/audit/index.js';
import { clientsModule } from './modules/clients/index.js';
import { contactsModule } from './modules/contacts/index.js';
import { employerServicesModule } from './modules/employer-services/index.js';
import { guidanceModule } from './modules/guidance/index.js';
import { invitationsModule } from './modules/invitations/index.js';
import { mailModule } from './modules/mail/index.js';
import { matchingModule } from './modules/matching/index.js';
import { openingsModule } from './modules/openings/index.js';
import { organisationsModule } from './modules/organisations/index.js';
import { peopleModule } from './modules/people/index.js';
import { privacyModule } from './modules/privacy/index.js';
import { referenceModule } from './modules/reference/index.js';
import { talentsModule } from './modules/talents/index.js';
import { taxonomyModule } from './modules/taxonomy/index.js';
import { walkinsModule } from './modules/walkins/index.js';
import type { ModuleDescriptor } from './platform/module.js';

/**
 * Every domain of the server, each by its descriptor (`modules/<domain>/index.ts`). The app,
 * the schema, the error registry, mail, the privacy export, the home page, the demo region and
 * the background jobs iterate this list: adding a domain is one line here.
 */
export const modules: readonly ModuleDescriptor[] = [
  referenceModule,
  organisationsModule,
  invitationsModule,
  peopleModule,
  auditModule,
  mailModule,
  taxonomyModule,
  talentsModule,
  privacyModule,
  employerServicesModule,
  openingsModule,
  matchingModule,
  contactsModule,
  guidanceModule,
  appointmentsModule,
  clientsModule,
  walkinsModule,
];
