import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDemoRegion } from '../src/cli/demo-data';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/connection';
import { seedDemoTaxonomy } from '../src/server/modules/taxonomy/taxonomy.demo';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the real app (in-memory PGlite with the demo region and demo taxonomy) the way main.ts does. */
export async function startApp(): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'talenthub-e2e-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    BASE_URL: baseUrl,
    LOG_LEVEL: 'warn',
    DEMO_MODE: 'true',
  });
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  await seedDemoTaxonomy(database.db);
  await seedDemoRegion(database.db, config);
  const { app } = await buildApp({
    database,
    config,
    logger: false,
    rateLimits: {
      signInPerIpPer15Minutes: 1000,
      signInFailuresPerAccountPer15Minutes: 1000,
      passwordResetPer5Minutes: 1000,
      signUpPer10Minutes: 1000,
    },
  });
  await app.listen({ port, host: 'localhost' });
  return {
    baseUrl,
    async stop() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
