/**
 * The taxonomy module's public face: the in-memory index (a cache of the ESCO tables), concept
 * naming in the reader's language, and the tables other modules join to or reference.
 */
import { defineModule } from '../../platform/module.js';
import { taxonomyErrors } from './taxonomy.errors.js';
import { taxonomyPersonalData } from './taxonomy.personal-data.js';
import { registerTaxonomyRoutes } from './taxonomy.routes.js';
import * as tables from './taxonomy.tables.js';
import { taxonomyIndex } from './taxonomy.cache.js';

export { EscoCache, TaxonomyCache, taxonomyIndex } from './taxonomy.cache.js';
export { fallbackOrder, nameConcepts, pick, type ConceptRef } from './taxonomy.service.js';
export { seedDemoTaxonomy } from './taxonomy.demo.js';
// Read-only, for joins and foreign keys of other modules: writes go through the import.
export { escoBroader, escoConcept, escoOccupationSkill, escoSkillRelation } from './taxonomy.tables.js';

export const taxonomyModule = defineModule({
  name: 'taxonomy',
  routes: registerTaxonomyRoutes,
  tables,
  errors: taxonomyErrors,
  personalData: taxonomyPersonalData,
  // The index is built in the background at start, so the first search does not wait for it.
  jobs: [{ name: 'taxonomy index', run: (deps) => deps.shared(taxonomyIndex).get() }],
});
