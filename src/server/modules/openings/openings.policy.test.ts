import { describe, expect, it } from 'vitest';
import type { Actor, MembershipRef, Role } from '../../platform/policy.js';
import { openingAccess } from './openings.policy.js';

const hubId = 'hub-1';
const employerOrg = 'org-employer';
const otherEmployer = 'org-other-employer';

function actor(roles: [Role, string | null][], hub = hubId): Actor {
  const memberships: MembershipRef[] = roles.map(([role, organisationId], i) => ({ id: `m${i}`, hubId: hub, organisationId, role }));
  return { userId: 'actor', name: '', email: '', locale: 'en', sessionId: 's', hubId: hub, memberships };
}

const actors: Record<string, Actor> = {
  'employer user': actor([['employer', employerOrg]]),
  'another employer’s user': actor([['employer', otherEmployer]]),
  counsellor: actor([['counsellor', 'org-city']]),
  'hub admin': actor([['hub_admin', null]]),
  talent: actor([['talent', null]]),
  'employer user in another hub': { ...actor([['employer', employerOrg]], 'hub-2'), hubId },
};

/** The expected access to `employerOrg` for every actor, without and with a service record. */
const expected: Record<string, [ReturnType<typeof openingAccess>, ReturnType<typeof openingAccess>]> = {
  'employer user': ['employer', 'employer'],
  'another employer’s user': [null, null],
  counsellor: [null, 'coordinator'],
  'hub admin': [null, 'coordinator'],
  talent: [null, null],
  'employer user in another hub': [null, null],
};

describe('who may act for an employer', () => {
  for (const [name, a] of Object.entries(actors)) {
    it(name, () => {
      expect([openingAccess(a, employerOrg, false), openingAccess(a, employerOrg, true)]).toEqual(expected[name]);
    });
  }
});
