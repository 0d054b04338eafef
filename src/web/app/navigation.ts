import { navGroups, type Audience, type NavEntry, type NavGroup } from './feature';
import type { Role } from './types';

/** One item on the navigation's top level: a link, or a task group of links. */
export type NavItem = { kind: 'link'; entry: NavEntry } | { kind: 'group'; group: NavGroup; entries: NavEntry[] };

/** Whether a person sees an entry: `roles` is null when signed out. */
export function sees(audience: Audience, roles: ReadonlySet<Role> | null): boolean {
  if (audience === 'everyone') return true;
  if (audience === 'signedOut') return roles === null;
  if (roles === null) return false;
  if (audience === 'signedIn') return true;
  return audience.some((r) => roles.has(r));
}

/**
 * The navigation one person sees, by task: the entries they may see, each group with its
 * entries in order, and the top level ordered by the entries' and the groups' places. A group
 * with one entry for this person is shown as that entry's link.
 */
export function navigationFor(entries: readonly NavEntry[], roles: ReadonlySet<Role> | null): NavItem[] {
  const visible = entries.filter((e) => sees(e.audience, roles)).sort((a, b) => a.order - b.order);
  const items: { order: number; item: NavItem }[] = [];
  const groups = new Map<NavGroup, NavEntry[]>();
  for (const entry of visible) {
    if (entry.group === null) items.push({ order: entry.order, item: { kind: 'link', entry } });
    else groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  }
  for (const [group, members] of groups)
    items.push({
      order: navGroups[group],
      item: members.length === 1 ? { kind: 'link', entry: members[0]! } : { kind: 'group', group, entries: members },
    });
  return items.sort((a, b) => a.order - b.order).map((i) => i.item);
}

/** The entry for the page at `pathname`: the one whose path is the page or, failing that, its nearest ancestor. */
export function currentEntry(entries: readonly NavEntry[], pathname: string): NavEntry | null {
  let best: NavEntry | null = null;
  for (const e of entries) {
    const within = pathname === e.path || pathname.startsWith(`${e.path}/`);
    if (within && (!best || e.path.length > best.path.length)) best = e;
  }
  return best;
}
