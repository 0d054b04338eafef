import { defineModule } from '../../platform/module.js';
import { registerReferenceRoutes } from './reference.routes.js';

/** Reference data for forms (municipalities); the tables are the platform's (tenancy). */
export const referenceModule = defineModule({ name: 'reference', routes: registerReferenceRoutes });
