/**
 * The guidance module's public face: opening a client's case through the access rule, the
 * service path other modules write their steps to, and the readers of an opened case's parts
 * (for a page that shows them together and audits the view once).
 */
import { defineModule } from '../../platform/module.js';
import { guidanceErrors } from './guidance.errors.js';
import { guidanceMail } from './guidance.mail.js';
import { guidancePersonalData } from './guidance.personal-data.js';
import { registerGuidanceRoutes } from './guidance.routes.js';
import * as tables from './guidance.tables.js';

export { accessCase, loadSharings, openCase, type OpenedCase } from './guidance.access.js';
export { caseAccess } from './guidance.policy.js';
export { openCaseForNewClient, overviewOf, touchCases } from './cases/cases.service.js';
export { notesOf } from './notes/notes.service.js';
export { planOf } from './plan/plan.service.js';
export { referralsOf, referralTargetsOf } from './referrals/referrals.service.js';
export { recordServiceEvent, timelineOf } from './path/path.service.js';
export { ZNote, ZOverview, ZPlan, ZReferral, ZReferralTarget, ZTimeline, ZTimelineQuery } from './guidance.schema.js';
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
