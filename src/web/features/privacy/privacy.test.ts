import { describe, expect, it } from 'vitest';
import type { ConsentView, Consents } from '../../app/types';
import { capitalise, consentOverview, logActionMessage, readerLine } from './privacy';

const view = (over: Partial<ConsentView>): ConsentView => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'employer_visibility',
  organisation: null,
  purpose: 'p',
  textVersion: '2026-11',
  method: 'self_service',
  grantedAt: '2026-11-01T10:00:00.000Z',
  withdrawnAt: null,
  ...over,
});
const orgA = { id: '00000000-0000-4000-8000-00000000000a', name: 'Kotoverkko ry', partnerType: 'ngo' };
const orgB = { id: '00000000-0000-4000-8000-00000000000b', name: 'Espoon kaupunki', partnerType: 'city' };

describe('logActionMessage', () => {
  it('explains known actions', () => {
    expect(logActionMessage('profile.read')).toEqual({ key: 'privacy.log.actions.profile.read' });
    expect(logActionMessage('client.list')).toEqual({ key: 'privacy.log.actions.client.list' });
  });
  it('falls back for unknown ones, naming the action', () => {
    expect(logActionMessage('match.run')).toEqual({ key: 'privacy.log.actions.other', values: { action: 'match.run' } });
  });
});

describe('consentOverview', () => {
  it('puts each active consent in its slot and offers the organisations not shared with yet', () => {
    const c: Consents = {
      textVersion: '2026-11',
      active: [
        view({ id: '00000000-0000-4000-8000-000000000002', kind: 'organisation', organisation: { id: orgA.id, name: orgA.name } }),
        view({ id: '00000000-0000-4000-8000-000000000003', kind: 'hub_counsellors', method: 'in_person' }),
      ],
      history: [view({ withdrawnAt: '2026-11-02T10:00:00.000Z' })],
      organisations: [orgB, orgA],
    };
    const o = consentOverview(c);
    expect(o.employer).toBeNull();
    expect(o.hub?.method).toBe('in_person');
    expect(o.organisations.map((v) => v.organisation?.name)).toEqual(['Kotoverkko ry']);
    expect(o.available).toEqual([orgB]);
  });
  it('sorts several organisation consents by name', () => {
    const c: Consents = {
      textVersion: '2026-11',
      active: [
        view({ id: '00000000-0000-4000-8000-000000000002', kind: 'organisation', organisation: { id: orgA.id, name: orgA.name } }),
        view({ id: '00000000-0000-4000-8000-000000000004', kind: 'organisation', organisation: { id: orgB.id, name: orgB.name } }),
      ],
      history: [],
      organisations: [orgB, orgA],
    };
    expect(consentOverview(c).organisations.map((v) => v.organisation?.name)).toEqual(['Espoon kaupunki', 'Kotoverkko ry']);
    expect(consentOverview(c).available).toEqual([]);
  });
});

describe('capitalise', () => {
  it('upper-cases the first letter only', () => {
    expect(capitalise('näkyy työnantajille', 'fi')).toBe('Näkyy työnantajille');
    expect(capitalise('', 'en')).toBe('');
  });
});

describe('readerLine', () => {
  const label = (r: string) => ({ counsellor: 'Counsellor', hub_admin: 'Hub administrator' })[r] ?? r;
  it('joins roles and organisations', () => {
    expect(readerLine(['counsellor'], ['City of Espoo'], label)).toBe('Counsellor – City of Espoo');
    expect(readerLine(['counsellor', 'hub_admin'], [], label)).toBe('Counsellor, Hub administrator');
    expect(readerLine([], [], label)).toBe('');
  });
});
