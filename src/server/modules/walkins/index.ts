/** Anonymous walk-ins at the hub's service points, and the points themselves. */
import { defineModule } from '../../platform/module.js';
import { walkInErrors } from './walkins.errors.js';
import { walkinsPersonalData } from './walkins.personal-data.js';
import { registerWalkInRoutes } from './walkins.routes.js';
import * as tables from './walkins.tables.js';

export const walkinsModule = defineModule({
  name: 'walkins',
  routes: registerWalkInRoutes,
  tables,
  errors: walkInErrors,
  personalData: walkinsPersonalData,
});
