import { defineFeature } from '../../app/feature';
import { SkillsAndOccupationsPage } from './SkillsAndOccupationsPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** The skills and occupations reference, open to everyone. */
export const taxonomy = defineFeature({
  name: 'taxonomy',
  routes: [{ path: '/skills-and-occupations', Component: SkillsAndOccupationsPage }],
  nav: [{ label: 'nav.skillsAndOccupations', path: '/skills-and-occupations', audience: 'everyone', group: null, order: 80 }],
  catalogs: { fi, sv, en },
});
