/** The openings module's public face: employers' job openings and the coordinators who serve employers. */
import { defineModule } from '../../platform/module.js';
import { openingErrors } from './openings.errors.js';
import { openingsPersonalData } from './openings.personal-data.js';
import { registerOpeningRoutes } from './openings.routes.js';
import * as tables from './openings.tables.js';

export { coordinatorRoles } from './openings.policy.js';
export { openForEmployer } from './openings.service.js';
// Read-only, for joins and foreign keys of other modules.
export { jobOpening } from './openings.tables.js';

export const openingsModule = defineModule({
  name: 'openings',
  routes: registerOpeningRoutes,
  tables,
  errors: openingErrors,
  personalData: openingsPersonalData,
});
