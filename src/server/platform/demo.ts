import { eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { user } from './auth.tables.js';
import { demoOrder, type DemoCtx, type ModuleDescriptor } from './module.js';
import { runAnonymous, runAs } from './run.js';

/**
 * Runs the modules' demo seeds, each after the modules it names. Seeds act through the use
 * cases as the demo region's people (`demo.as(email, …)`), so the service paths, audit trail and
 * mail are what the product writes. `ids` carries what earlier seeds made (`hub`, `org:<key>`,
 * `person:<e-mail>`, and any key a seed sets).
 */
export async function runDemoSeeds(
  db: Db,
  config: Config,
  modules: readonly ModuleDescriptor[],
  ids: Map<string, string>,
  today = new Date(),
): Promise<void> {
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`the demo region has no ${key} (a seed that makes it must run first)`);
    return found;
  };
  const personId = async (email: string) => {
    const known = ids.get(`person:${email}`);
    if (known) return known;
    const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
    if (!row) throw new Error(`the demo region has no person ${email}`);
    ids.set(`person:${email}`, row.id);
    return row.id;
  };
  const demo: DemoCtx = {
    db,
    config,
    today,
    ids,
    id,
    async as(email, fn, at) {
      return runAs(db, await personId(email), fn, { config, requestId: 'demo-seed', ...(at ? { at } : {}) });
    },
    anonymous(fn, at) {
      return runAnonymous(db, id('hub'), fn, { config, requestId: 'demo-seed', ...(at ? { at } : {}) });
    },
  };
  for (const m of demoOrder(modules)) await m.demo?.seed(demo);
}
