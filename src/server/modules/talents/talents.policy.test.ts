import { describe, expect, it } from 'vitest';
import type { Actor, MembershipRef, Role } from '../../platform/policy.js';
import { profileAudience, type ActiveConsents } from './talents.policy.js';

const hubId = 'hub-1';
const otherHub = 'hub-2';
const city = 'org-city';
const university = 'org-university';
const employerOrg = 'org-employer';

function actor(role: Role | null, organisationId: string | null = null, hub = hubId): Actor {
  const memberships: MembershipRef[] = role ? [{ id: 'm', hubId: hub, organisationId, role }] : [];
  return { userId: `actor-${role}-${organisationId}`, name: '', email: '', locale: 'en', sessionId: 's', hubId: hub, memberships };
}

const consentCases: Record<string, Omit<ActiveConsents, 'hubId'>> = {
  none: { employerVisibility: false, hubCounsellors: false, organisations: [] },
  employers: { employerVisibility: true, hubCounsellors: false, organisations: [] },
  hub: { employerVisibility: false, hubCounsellors: true, organisations: [] },
  city: { employerVisibility: false, hubCounsellors: false, organisations: [city] },
  all: { employerVisibility: true, hubCounsellors: true, organisations: [city, university] },
};

const actors: Record<string, Actor> = {
  'counsellor@city': actor('counsellor', city),
  'counsellor@university': actor('counsellor', university),
  'counsellor@city in another hub': actor('counsellor', city, otherHub),
  employer: actor('employer', employerOrg),
  'hub admin': actor('hub_admin'),
  'another talent': actor('talent'),
  'no role': actor(null),
};

/** The expected decision for every actor × consent combination. */
const expected: Record<string, Record<string, ReturnType<typeof profileAudience>>> = {
  'counsellor@city': { none: null, employers: null, hub: 'counsellor', city: 'counsellor', all: 'counsellor' },
  'counsellor@university': { none: null, employers: null, hub: 'counsellor', city: null, all: 'counsellor' },
  'counsellor@city in another hub': { none: null, employers: null, hub: null, city: null, all: null },
  employer: { none: null, employers: 'employer', hub: null, city: null, all: 'employer' },
  'hub admin': { none: null, employers: null, hub: null, city: null, all: null },
  'another talent': { none: null, employers: null, hub: null, city: null, all: null },
  'no role': { none: null, employers: null, hub: null, city: null, all: null },
};

describe('profile access', () => {
  for (const [who, a] of Object.entries(actors)) {
    for (const [consentName, c] of Object.entries(consentCases)) {
      it(`${who} with consent "${consentName}"`, () => {
        expect(profileAudience(a, 'subject', { hubId, ...c })).toBe(expected[who]![consentName]);
      });
    }
  }

  it('the person always sees their own profile, consents or not', () => {
    const self = { ...actor('talent'), userId: 'subject' };
    expect(profileAudience(self, 'subject', null)).toBe('self');
  });

  it('nobody else sees a person who has no profile consents on record', () => {
    expect(profileAudience(actors['counsellor@city']!, 'subject', null)).toBeNull();
  });
});
