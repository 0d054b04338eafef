import type { PersonalData } from '../../platform/module.js';

/** taxonomy: the tables with data about a person in the GDPR export and erasure, and those without. */
export const taxonomyPersonalData: PersonalData = {
  exporters: {},
  none: {
    esco_concept: 'ESCO taxonomy',
    esco_label: 'ESCO taxonomy',
    esco_description: 'ESCO taxonomy',
    esco_occupation_skill: 'ESCO taxonomy',
    esco_broader: 'ESCO taxonomy',
    esco_skill_relation: 'ESCO taxonomy',
    esco_collection: 'ESCO taxonomy',
    esco_import: 'taxonomy import log',
  },
};
