import { describe, expect, it } from 'vitest';
import type { Actor, MembershipRef, Role } from '../../platform/policy.js';
import { caseAccess, mayReferTo, noteVisible, stepVisible, type ClientSharing } from './guidance.policy.js';

const hub = 'hub-1';
function actor(...roles: [Role, string | null][]): Actor {
  const memberships: MembershipRef[] = roles.map(([role, organisationId], i) => ({ id: `m${i}`, hubId: hub, organisationId, role }));
  return { userId: 'u', name: 'U', email: 'u@x', locale: 'fi', sessionId: 's', hubId: hub, memberships };
}
const sharing = (over: Partial<ClientSharing> = {}): ClientSharing => ({
  hubId: hub,
  hubCounsellors: false,
  employerVisibility: false,
  organisations: [],
  caseOrganisations: [],
  ...over,
});

describe('case access rules', () => {
  const cityCounsellor = actor(['counsellor', 'city']);

  it('gives nothing without a case, consent or counsellor role', () => {
    expect(caseAccess(cityCounsellor, sharing())).toBeNull();
    expect(caseAccess(cityCounsellor, null)).toBeNull();
    expect(caseAccess(actor(['hub_admin', null]), sharing({ hubCounsellors: true, caseOrganisations: ['city'] }))).toBeNull();
    expect(caseAccess(actor(['employer', 'city']), sharing({ hubCounsellors: true }))).toBeNull();
    expect(caseAccess(cityCounsellor, sharing({ hubId: 'other', hubCounsellors: true }))).toBeNull();
  });

  it('an own case gives own content only; consent adds partners’ content', () => {
    expect(caseAccess(cityCounsellor, sharing({ caseOrganisations: ['city'] }))).toEqual({
      organisations: ['city'],
      partnerContent: false,
      holdsCase: true,
    });
    expect(caseAccess(cityCounsellor, sharing({ organisations: ['city'] }))).toMatchObject({ partnerContent: true, holdsCase: false });
    expect(caseAccess(cityCounsellor, sharing({ organisations: ['university'] }))).toBeNull();
    expect(caseAccess(cityCounsellor, sharing({ hubCounsellors: true }))).toMatchObject({ partnerContent: true });
    // A hub administrator who is also a counsellor gets the counsellor's access, through the counsellor role.
    expect(caseAccess(actor(['hub_admin', null], ['counsellor', 'ih']), sharing({ caseOrganisations: ['ih'] }))).toMatchObject({
      organisations: ['ih'],
    });
  });

  it('notes and steps of other organisations need partner content; organisation-only notes never travel', () => {
    const own = { organisations: ['city'], partnerContent: false, holdsCase: true };
    const shared = { ...own, partnerContent: true };
    expect(noteVisible(own, 'city', 'organisation')).toBe(true);
    expect(noteVisible(own, 'university', 'partners')).toBe(false);
    expect(noteVisible(shared, 'university', 'partners')).toBe(true);
    expect(noteVisible(shared, 'university', 'organisation')).toBe(false);
    expect(stepVisible(own, 'university')).toBe(false);
    expect(stepVisible(own, null)).toBe(true);
    expect(stepVisible(shared, 'university')).toBe(true);
  });

  it('refers only where the client shares', () => {
    expect(mayReferTo(sharing({ organisations: ['university'] }), 'university')).toBe(true);
    expect(mayReferTo(sharing({ organisations: ['university'] }), 'employment')).toBe(false);
    expect(mayReferTo(sharing({ hubCounsellors: true }), 'employment')).toBe(true);
  });
});
