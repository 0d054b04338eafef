import { describe, expect, it } from 'vitest';
import { allows, anyOf, organisationsWithRole, publicRoute, signedIn, type Actor } from './policy.js';

const actor = (memberships: Actor['memberships']): Actor => ({
  userId: 'u1',
  name: 'N',
  email: 'n@x.example',
  locale: 'fi',
  sessionId: 's',
  hubId: 'hub-a',
  memberships,
});

describe('policies', () => {
  const counsellorInA = actor([{ id: 'm1', hubId: 'hub-a', organisationId: 'org-1', role: 'counsellor' }]);
  it('decide by role within the current hub only', () => {
    expect(allows(anyOf('counsellor'), counsellorInA)).toBe('allow');
    expect(allows(anyOf('hub_admin'), counsellorInA)).toBe('forbidden');
    const adminElsewhere = actor([{ id: 'm2', hubId: 'hub-b', organisationId: null, role: 'hub_admin' }]);
    expect(allows(anyOf('hub_admin'), adminElsewhere)).toBe('forbidden');
  });
  it('tell unauthenticated from forbidden', () => {
    expect(allows(anyOf('talent'), null)).toBe('unauthenticated');
    expect(allows(signedIn, null)).toBe('unauthenticated');
    expect(allows(signedIn, counsellorInA)).toBe('allow');
    expect(allows(publicRoute('x'), null)).toBe('allow');
  });
  it('list the organisations in which a role is held', () => {
    const both = actor([
      { id: 'm1', hubId: 'hub-a', organisationId: 'org-1', role: 'counsellor' },
      { id: 'm3', hubId: 'hub-a', organisationId: 'org-2', role: 'employer' },
      { id: 'm4', hubId: 'hub-b', organisationId: 'org-9', role: 'employer' },
    ]);
    expect(organisationsWithRole(both, 'employer')).toEqual(['org-2']);
  });
});
