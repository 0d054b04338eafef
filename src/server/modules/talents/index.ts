/**
 * The talents module's public face: talent profiles (read through their audience), what other
 * modules show of them, and the profile vocabulary openings share (CEFR levels, working time).
 */
import { defineModule } from '../../platform/module.js';
import { talentErrors } from './talents.errors.js';
import { talentsPersonalData } from './talents.personal-data.js';
import { registerTalentRoutes } from './talents.routes.js';
import * as tables from './talents.tables.js';

export { completenessOf, countsOf } from './talents.presenter.js';
export { existingConcepts, findProfileHead, loadProfile } from './talents.repo.js';
export { ZRefParams } from './talents.schema.js';
// Read-only, for joins and foreign keys of other modules; the enums are the profile's vocabulary.
export { cefrLevel, remoteWish, talentProfile, workingTime } from './talents.tables.js';

export const talentsModule = defineModule({
  name: 'talents',
  routes: registerTalentRoutes,
  tables,
  errors: talentErrors,
  personalData: talentsPersonalData,
});
