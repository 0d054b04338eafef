/**
 * The talents module's public face: talent profiles (read and edited through their audience, by
 * the person and by a counsellor they share it with), what other modules show of them, and the
 * profile vocabulary openings share (CEFR levels, working time).
 */
import { defineModule } from '../../platform/module.js';
import { talentErrors } from './talents.errors.js';
import { talentsPersonalData } from './talents.personal-data.js';
import { registerTalentRoutes } from './talents.routes.js';
import * as tables from './talents.tables.js';

export { completenessOf, countsOf } from './talents.presenter.js';
export { existingConcepts, findProfileHead, loadProfile, profileCounts } from './talents.repo.js';
export { registerProfileRoutes } from './talents.routes.js';
export { assertCanEdit, startProfileFor } from './talents.service.js';
// Read-only, for joins and foreign keys of other modules; the enums are the profile's vocabulary.
export { cefrLevel, remoteWish, talentProfile, workingTime } from './talents.tables.js';

export const talentsModule = defineModule({
  name: 'talents',
  routes: registerTalentRoutes,
  tables,
  errors: talentErrors,
  personalData: talentsPersonalData,
});
