/**
 * Employer services: the one definition of "employer served". Every module that serves an
 * employer records it here, in its own use case's transaction, with `recordEmployerService`.
 */
import { defineModule } from '../../platform/module.js';
import { employerServicesPersonalData } from './employer-services.personal-data.js';
import * as tables from './employer-services.tables.js';

export { employersServed, recordEmployerService } from './employer-services.service.js';
export type { Period } from './employer-services.repo.js';

export const employerServicesModule = defineModule({
  name: 'employer-services',
  tables,
  personalData: employerServicesPersonalData,
});
