import type { Profile } from '../../app/types';

/** What every section of the profile page gets. */
export type SectionProps = {
  profile: Profile;
  /** `/api/profile` for the person, `/api/clients/<userId>/profile` for a counsellor. */
  apiBase: string;
  /** The person edits their own profile (not a counsellor a client's). */
  self: boolean;
};
