import { forRoles, signedIn } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AdminWeightsPage } from './AdminWeightsPage';
import { CandidatesPage } from './CandidatesPage';
import { JobsPage } from './JobsPage';
import { PublicOpeningPage } from './PublicOpeningPage';
import { TalentPoolPage } from './TalentPoolPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** Jobs for a talent, candidates for an opening, the talent pool and the matching weights. */
export const matching = defineFeature({
  name: 'matching',
  routes: [
    forRoles('talent', [
      { path: '/jobs', Component: JobsPage },
      { path: '/jobs/:id', Component: PublicOpeningPage },
    ]),
    forRoles(['employer', 'counsellor'], [{ path: '/openings/:id/candidates', Component: CandidatesPage }]),
    signedIn([{ path: '/talent-pool', Component: TalentPoolPage }]),
    forRoles('hub_admin', [{ path: '/admin/matching', Component: AdminWeightsPage }]),
  ],
  nav: [
    { label: 'nav.jobs', path: '/jobs', audience: ['talent'], group: 'jobSearch', order: 10 },
    { label: 'nav.talentPool', path: '/talent-pool', audience: ['employer', 'counsellor'], group: 'recruitment', order: 20 },
    { label: 'nav.matchingWeights', path: '/admin/matching', audience: ['hub_admin'], group: 'settings', order: 20 },
  ],
  catalogs: { fi, sv, en },
});
