import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogSets, catalogs } from '../../shared/catalogs';
import type { AccessHandle, Access } from './access';
import type { Audience } from './feature';
import { features } from './features';

const featuresDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../features');

/** Every route with a path, with the access of the guard around it (none: public). */
function flatten(routes: RouteObject[], access: Access | null = null): { path: string; access: Access | null }[] {
  return routes.flatMap((r) => {
    const own = (r.handle as AccessHandle | undefined)?.access ?? access;
    return [...(r.path ? [{ path: r.path, access: own }] : []), ...flatten(r.children ?? [], own)];
  });
}

/** Whether everyone in the audience may open a page with this access. */
function allowed(audience: Audience, access: Access | null): boolean {
  if (!access) return true;
  if (access.kind === 'signedOut') return audience === 'signedOut';
  if (audience === 'everyone' || audience === 'signedOut') return false;
  if (access.kind === 'signedIn') return true;
  return audience !== 'signedIn' && audience.every((r) => access.roles.includes(r));
}

describe('the feature list', () => {
  it('names every feature folder that has a feature.ts, once', () => {
    const folders = readdirSync(featuresDir).filter((d) => existsSync(path.join(featuresDir, d, 'feature.ts')));
    expect(features.map((f) => f.name).sort()).toEqual(folders.sort());
  });

  it('gives each path to one route only', () => {
    const paths = features.flatMap((f) => flatten(f.routes).map((r) => r.path));
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('links only to routes of the same feature that the entry’s audience may open', () => {
    for (const f of features) {
      const routes = flatten(f.routes);
      for (const entry of f.nav ?? []) {
        const route = routes.find((r) => r.path === entry.path);
        expect(route, `${f.name}: ${entry.path}`).toBeDefined();
        expect(allowed(entry.audience, route!.access), `${f.name}: ${entry.path} for ${JSON.stringify(entry.audience)}`).toBe(true);
      }
    }
  });

  it('brings each feature’s own catalogs, and every feature catalog belongs to a listed feature', () => {
    const featureSets = catalogSets.filter((s) => s.namespace !== 'shell');
    expect(
      features.map((f) => ({ namespace: f.name, catalogs: f.catalogs })).sort((a, b) => a.namespace.localeCompare(b.namespace)),
    ).toEqual(featureSets);
  });

  it('labels every navigation entry with a catalog key', () => {
    const labels = features.flatMap((f) => (f.nav ?? []).map((e) => e.label));
    expect(labels.filter((k) => !(k in catalogs.en))).toEqual([]);
  });
});
