import { appointments } from '../features/appointments/feature';
import { audit } from '../features/audit/feature';
import { auth } from '../features/auth/feature';
import { clients } from '../features/clients/feature';
import { contacts } from '../features/contacts/feature';
import { guidance } from '../features/guidance/feature';
import { home } from '../features/home/feature';
import { mail } from '../features/mail/feature';
import { matching } from '../features/matching/feature';
import { openings } from '../features/openings/feature';
import { organisations } from '../features/organisations/feature';
import { people } from '../features/people/feature';
import { privacy } from '../features/privacy/feature';
import { profile } from '../features/profile/feature';
import { taxonomy } from '../features/taxonomy/feature';
import { walkins } from '../features/walkins/feature';
import type { Feature } from './feature';

/**
 * The web app's features. The router, the main navigation and the UI catalogs are built from
 * this list: a new domain on the web is its `features/<name>/feature.ts` and one line here.
 */
export const features: readonly Feature[] = [
  home,
  auth,
  taxonomy,
  profile,
  contacts,
  matching,
  openings,
  clients,
  guidance,
  appointments,
  walkins,
  people,
  organisations,
  audit,
  mail,
  privacy,
];
