/** The matching module's public face: the match graph and the scoring inputs other modules reuse. */
import { defineModule } from '../../platform/module.js';
import { matchingPersonalData } from './matching.personal-data.js';
import { registerMatchingRoutes } from './matching.routes.js';
import * as tables from './matching.tables.js';

export { MatchGraphCache, matchGraphs } from './matching.graph.js';
export { openingInputs, profileInputs } from './matching.repo.js';

export const matchingModule = defineModule({
  name: 'matching',
  routes: registerMatchingRoutes,
  tables,
  personalData: matchingPersonalData,
});
