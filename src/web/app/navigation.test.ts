import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/catalogs';
import { navGroups, type NavEntry } from './feature';
import { features } from './features';
import { currentEntry, navigationFor, type NavItem } from './navigation';
import type { Role } from './types';

const entries = features.flatMap((f) => f.nav ?? []);
const entry = (label: string, path: string, group: NavEntry['group'], order: number): NavEntry => ({
  label,
  path,
  audience: 'signedIn',
  group,
  order,
});

/** The top level as text: a link's label, or a group's id with its links' labels. */
function outline(items: NavItem[]): (string | [string, string[]])[] {
  return items.map((i) => (i.kind === 'link' ? i.entry.label : [i.group, i.entries.map((e) => e.label)]));
}

describe('navigation by task', () => {
  it('gives the administrator a handful of groups instead of fifteen links', () => {
    expect(outline(navigationFor(entries, new Set<Role>(['hub_admin'])))).toEqual([
      'nav.home',
      ['members', ['nav.organisations', 'nav.people', 'nav.invitations']],
      ['settings', ['walkins.nav.servicePoints', 'nav.matchingWeights']],
      ['reports', ['nav.guidanceFigures', 'walkins.nav.figures']],
      ['logs', ['nav.audit', 'nav.outbox']],
      'nav.skillsAndOccupations',
      ['account', ['nav.privacy', 'nav.account']],
    ]);
  });

  it('gives the counsellor client work and recruitment as groups, and a group of one as its link', () => {
    expect(outline(navigationFor(entries, new Set<Role>(['counsellor'])))).toEqual([
      'nav.home',
      ['clients', ['nav.clients', 'nav.referrals', 'appointments.nav.schedule', 'walkins.nav.log']],
      ['recruitment', ['nav.openings', 'nav.talentPool', 'nav.employers']],
      'walkins.nav.figures',
      'nav.skillsAndOccupations',
      ['account', ['nav.privacy', 'nav.account']],
    ]);
  });

  it('gives the talent and the employer their own tasks', () => {
    expect(outline(navigationFor(entries, new Set<Role>(['talent'])))).toEqual([
      'nav.home',
      'nav.profile',
      ['jobSearch', ['nav.jobs', 'nav.contactRequests']],
      'nav.myPath',
      'nav.skillsAndOccupations',
      ['account', ['nav.privacy', 'nav.account']],
    ]);
    expect(outline(navigationFor(entries, new Set<Role>(['employer'])))).toEqual([
      'nav.home',
      ['recruitment', ['nav.openings', 'nav.talentPool']],
      'nav.skillsAndOccupations',
      ['account', ['nav.privacy', 'nav.account']],
    ]);
  });

  it('gives a visitor the public pages and signing in and up', () => {
    expect(outline(navigationFor(entries, null))).toEqual(['nav.skillsAndOccupations', 'nav.signIn', 'nav.signUp']);
  });

  it('keeps a counsellor who is also the administrator within nine top-level items', () => {
    expect(navigationFor(entries, new Set<Role>(['hub_admin', 'counsellor'])).length).toBeLessThanOrEqual(9);
  });

  it('orders a new entry within its group by its order', () => {
    const added = [...entries, entry('events.nav', '/events', 'services', 5)];
    const services = navigationFor(added, new Set<Role>(['talent'])).find((i) => i.kind === 'group' && i.group === 'services');
    expect(services?.kind === 'group' && services.entries.map((e) => e.label)).toEqual(['events.nav', 'nav.myPath']);
  });

  it('has a label for every group (the account group shows the person’s name)', () => {
    const groups = Object.keys(navGroups).filter((g) => g !== 'account');
    for (const l of ['fi', 'sv', 'en'] as const) expect(groups.filter((g) => !catalogs[l][`nav.group.${g}`])).toEqual([]);
  });

  it('marks the entry of the page or of its nearest ancestor as current', () => {
    const list = [entry('a', '/walk-ins', null, 1), entry('b', '/walk-ins/figures', null, 2), entry('c', '/clients', null, 3)];
    expect(currentEntry(list, '/walk-ins')?.label).toBe('a');
    expect(currentEntry(list, '/walk-ins/figures')?.label).toBe('b');
    expect(currentEntry(list, '/clients/123/profile')?.label).toBe('c');
    expect(currentEntry(list, '/clients-archive')).toBeNull();
    expect(currentEntry(list, '/')).toBeNull();
  });
});
