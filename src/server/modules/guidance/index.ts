/**
 * The guidance module's public face: opening a client's case through the access rule, and the
 * service path other modules write their steps to.
 */
import { defineModule } from '../../platform/module.js';
import { guidanceErrors } from './guidance.errors.js';
import { guidanceMail } from './guidance.mail.js';
import { guidancePersonalData } from './guidance.personal-data.js';
import { registerGuidanceRoutes } from './guidance.routes.js';
import * as tables from './guidance.tables.js';

export { loadSharings, openCase, recordServiceEvent, touchCases } from './guidance.access.js';
export { caseAccess } from './guidance.policy.js';
export { openCaseForNewClient } from './guidance.service.js';
// Read-only, for joins of other modules.
export { clientCase } from './guidance.tables.js';

export const guidanceModule = defineModule({
  name: 'guidance',
  routes: registerGuidanceRoutes,
  tables,
  errors: guidanceErrors,
  mail: guidanceMail,
  personalData: guidancePersonalData,
});
