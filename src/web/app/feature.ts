import type { RouteObject } from 'react-router';
import type { Catalog } from '../../shared/catalogs';
import type { Locale } from '../../shared/locales';
import type { Role } from './types';

/**
 * The task groups of the main navigation with their place on the top level (among the links
 * without a group; smaller first). A feature puts its entries into one of them; the shell owns
 * the groups, their labels (`nav.group.<id>`) and order. A group appears for a person when at
 * least one of its entries does; a group with a single entry is shown as that entry's link.
 */
export const navGroups = {
  clients: 20,
  jobSearch: 20,
  services: 30,
  recruitment: 40,
  members: 50,
  settings: 60,
  reports: 70,
  logs: 75,
  account: 95,
} as const;
export type NavGroup = keyof typeof navGroups;

/** Who sees a navigation entry: everyone, only signed-out visitors, any signed-in person, or holders of one of the roles. */
export type Audience = 'everyone' | 'signedOut' | 'signedIn' | readonly Role[];

export type NavEntry = {
  /** Catalog key of the link text. */
  label: string;
  path: string;
  audience: Audience;
  /** The task group the link belongs to; `null` puts it on the top level. */
  group: NavGroup | null;
  /** Position on the top level (entries without a group) or within the group; smaller first. */
  order: number;
};

/**
 * One feature's public face for the shell: its routes, its navigation entries and its
 * catalogs. `src/web/app/features.ts` lists the features; the router, the navigation and the
 * UI language iterate that list.
 *
 * Routes are React Router route objects. Wrap them in the access helpers of `access.tsx`
 * (`signedIn`, `forRoles`, `signedOutOnly`), which guard a group of routes with one pathless
 * layout route, so a route itself only names its page: `{ path, Component }` today, and
 * `{ path, lazy }` when the bundle is split by route.
 */
export type Feature = {
  /** The feature's folder name under src/web/features; also the name of its catalogs. */
  name: string;
  routes: RouteObject[];
  nav?: NavEntry[];
  /** The feature's catalogs (`features/<name>/i18n/{fi,sv,en}.json`), merged into the UI's one namespace. */
  catalogs: Record<Locale, Catalog>;
};

/** Declares a feature; the identity function gives the object its type where it is written. */
export function defineFeature(feature: Feature): Feature {
  return feature;
}
