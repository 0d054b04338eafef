/** A small hand-made concept list for unit tests (no shared data needed). */
import type { Concept } from './types.js';

const E = 'http://data.europa.eu/esco/';

export const CONCEPTS: Concept[] = [
  {
    id: `${E}occupation/nurse`,
    kind: 'occupation',
    iscoCode: '2221',
    broader: [`${E}isco/C2221`],
    labels: [
      { text: 'nurse responsible for general care', lang: 'en', type: 'preferred' },
      { text: 'registered nurse', lang: 'en', type: 'alternative' },
      { text: 'nurse', lang: 'en', type: 'alternative' },
      { text: 'sairaanhoitaja', lang: 'fi', type: 'preferred' },
      { text: 'sjuksköterska', lang: 'sv', type: 'preferred' },
      { text: 'legitimerad sjuksköterska', lang: 'sv', type: 'alternative' },
    ],
  },
  {
    id: `${E}isco/C2221`,
    kind: 'isco',
    iscoCode: '2221',
    labels: [{ text: 'Nursing professionals', lang: 'en', type: 'preferred' }],
  },
  {
    id: `${E}occupation/software-developer`,
    kind: 'occupation',
    labels: [
      { text: 'software developer', lang: 'en', type: 'preferred' },
      { text: 'programmer', lang: 'en', type: 'alternative' },
      { text: 'ohjelmistokehittäjä', lang: 'fi', type: 'preferred' },
      { text: 'mjukvaruutvecklare', lang: 'sv', type: 'preferred' },
    ],
  },
  {
    id: `${E}occupation/construction-worker`,
    kind: 'occupation',
    labels: [
      { text: 'construction worker', lang: 'en', type: 'preferred' },
      { text: 'rakennustyöntekijä', lang: 'fi', type: 'preferred' },
      { text: 'työntekijä, rakennusala', lang: 'fi', type: 'alternative' },
    ],
  },
  {
    id: `${E}occupation/welder`,
    kind: 'occupation',
    labels: [
      { text: 'welder', lang: 'en', type: 'preferred' },
      { text: 'hitsaaja', lang: 'fi', type: 'preferred' },
      { text: 'svetsare', lang: 'sv', type: 'preferred' },
    ],
  },
  {
    id: `${E}skill/ict`,
    kind: 'skill',
    labels: [
      { text: 'information and communication technology', lang: 'en', type: 'preferred' },
      { text: 'tieto- ja viestintätekniikka', lang: 'fi', type: 'preferred' },
      { text: 'ICT', lang: 'en', type: 'alternative' },
    ],
  },
  {
    id: `${E}skill/javascript`,
    kind: 'skill',
    labels: [
      { text: 'JavaScript', lang: 'en', type: 'preferred' },
      { text: 'JS', lang: 'en', type: 'hidden' },
    ],
  },
  {
    id: `${E}skill/patient-care`,
    kind: 'skill',
    labels: [
      { text: 'provide nursing care', lang: 'en', type: 'preferred' },
      { text: 'care for patients', lang: 'en', type: 'alternative' },
    ],
  },
  {
    id: `${E}skill/project-management`,
    kind: 'skill',
    labels: [
      { text: 'project management', lang: 'en', type: 'preferred' },
      { text: 'manage projects', lang: 'en', type: 'alternative' },
      { text: 'projektinhallinta', lang: 'fi', type: 'preferred' },
    ],
  },
  {
    id: `${E}skill/crm`,
    kind: 'skill',
    labels: [{ text: 'customer relationship management', lang: 'en', type: 'preferred' }],
  },
  {
    id: `${E}skill/customer-service`,
    kind: 'skill',
    labels: [{ text: 'customer service', lang: 'en', type: 'preferred' }],
  },
  {
    id: `${E}skill/pflege`,
    kind: 'skill',
    labels: [
      { text: 'Altenpflege', lang: 'de', type: 'preferred' },
      { text: 'care for the elderly', lang: 'en', type: 'preferred' },
    ],
  },
];

export const id = (suffix: string): string => `${E}${suffix}`;
