import { defineFeature } from '../../app/feature';
import { SkillsAndOccupationsPage } from './SkillsAndOccupationsPage';

/** The skills and occupations reference, open to everyone. */
export const taxonomy = defineFeature({
  name: 'taxonomy',
  routes: [{ path: '/skills-and-occupations', Component: SkillsAndOccupationsPage }],
  nav: [{ label: 'nav.skillsAndOccupations', path: '/skills-and-occupations', audience: 'everyone', group: null, order: 80 }],
});
