import { describe, expect, it } from 'vitest';
import type { Actor, MembershipRef, Role } from '../../platform/policy.js';
import { audienceOf, sharedFor, type Sharing, type SharingPurpose } from './privacy.access.js';

const hubId = 'hub-1';
const city = 'org-city';
const university = 'org-university';

function actor(memberships: [Role, string | null][], hub: string | null = hubId): Actor {
  const refs: MembershipRef[] = memberships.map(([role, organisationId], i) => ({ id: `m${i}`, hubId: hub ?? 'x', organisationId, role }));
  return { userId: 'actor', name: '', email: '', locale: 'en', sessionId: 's', hubId: hub, memberships: refs };
}

const sharings: Record<string, Sharing> = {
  nothing: { hubId, employerVisibility: false, hubCounsellors: false, organisations: [] },
  employers: { hubId, employerVisibility: true, hubCounsellors: false, organisations: [] },
  hub: { hubId, employerVisibility: false, hubCounsellors: true, organisations: [] },
  city: { hubId, employerVisibility: false, hubCounsellors: false, organisations: [city] },
  'all, in another hub': { hubId: 'hub-2', employerVisibility: true, hubCounsellors: true, organisations: [city, university] },
};

const actors: Record<string, Actor> = {
  'counsellor@city': actor([['counsellor', city]]),
  'counsellor@university': actor([['counsellor', university]]),
  'counsellor@city and employer': actor([
    ['counsellor', city],
    ['employer', 'org-employer'],
  ]),
  employer: actor([['employer', 'org-employer']]),
  'hub admin': actor([['hub_admin', null]]),
  talent: actor([['talent', null]]),
  'no hub': actor([], null),
};

type Row = Record<SharingPurpose, ReturnType<typeof audienceOf>>;
const none: Row = { guidance: null, recruitment: null };

/** The expected audience for every actor × sharing × purpose. */
const expected: Record<string, Record<string, Row>> = {
  'counsellor@city': {
    nothing: none,
    employers: none,
    hub: { guidance: 'counsellor', recruitment: null },
    city: { guidance: 'counsellor', recruitment: null },
    'all, in another hub': none,
  },
  'counsellor@university': {
    nothing: none,
    employers: none,
    hub: { guidance: 'counsellor', recruitment: null },
    city: none,
    'all, in another hub': none,
  },
  'counsellor@city and employer': {
    nothing: none,
    employers: { guidance: null, recruitment: 'employer' },
    hub: { guidance: 'counsellor', recruitment: null },
    city: { guidance: 'counsellor', recruitment: null },
    'all, in another hub': none,
  },
  employer: { nothing: none, employers: { guidance: null, recruitment: 'employer' }, hub: none, city: none, 'all, in another hub': none },
  'hub admin': { nothing: none, employers: none, hub: none, city: none, 'all, in another hub': none },
  talent: { nothing: none, employers: none, hub: none, city: none, 'all, in another hub': none },
  'no hub': { nothing: none, employers: none, hub: none, city: none, 'all, in another hub': none },
};

describe('audience of an actor for a person and a purpose', () => {
  for (const [who, a] of Object.entries(actors)) {
    for (const [name, s] of Object.entries(sharings)) {
      for (const purpose of ['guidance', 'recruitment'] as const) {
        it(`${who}, person shares "${name}", for ${purpose}`, () => {
          expect(audienceOf(a, s, purpose)).toBe(expected[who]![name]![purpose]);
        });
      }
    }
  }

  it('nobody is an audience of a person whose consents were not read', () => {
    expect(audienceOf(actors['counsellor@city']!, null, 'guidance')).toBeNull();
    expect(audienceOf(actors.employer!, null, 'recruitment')).toBeNull();
  });
});

describe('what a sharing covers', () => {
  it('guidance: the hub covers every organisation, a named organisation only itself', () => {
    expect(sharedFor(sharings.hub!, 'guidance', [university])).toBe(true);
    expect(sharedFor(sharings.hub!, 'guidance')).toBe(true);
    expect(sharedFor(sharings.city!, 'guidance', [city])).toBe(true);
    expect(sharedFor(sharings.city!, 'guidance', [university])).toBe(false);
    expect(sharedFor(sharings.employers!, 'guidance', [city])).toBe(false);
  });

  it('recruitment: only employer visibility', () => {
    expect(sharedFor(sharings.employers!, 'recruitment')).toBe(true);
    expect(sharedFor(sharings.hub!, 'recruitment')).toBe(false);
    expect(sharedFor(sharings.city!, 'recruitment')).toBe(false);
  });
});
