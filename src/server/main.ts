import { loadConfig, ConfigError } from './config.js';
import { DatabaseUnreachableError, openDatabase } from './db/connection.js';
import { serializeError } from './platform/logging.js';
import { buildApp } from './app.js';
import { seedDemoRegion, demoAccounts } from '../cli/demo-data.js';
import { startJobs } from './platform/jobs.js';
import { platformJobs } from './platform/mail.js';
import { seedDemoTaxonomy } from './modules/taxonomy/index.js';

/** Process entry: configuration -> database (migrated, seeded on first start) -> listen. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    connectTimeoutMs: config.databaseConnectTimeoutMs,
  });
  await database.migrate();
  const { app, deps } = await buildApp({ database, config });
  if (config.demoMode) {
    // The taxonomy first: the demo region's profiles and openings name its concepts.
    if (await seedDemoTaxonomy(database.db)) app.log.info('demo taxonomy imported (import ESCO with npm run esco:import)');
    const seeded = await seedDemoRegion(database.db, config);
    app.log.info(seeded ? 'demo region created' : 'existing data kept (the demo region is created on first start only)');
  }
  // Background work of the platform (the mail sender) and of the modules, in this instance.
  const stopJobs = startJobs(deps, [...platformJobs, ...deps.modules.flatMap((m) => m.jobs ?? [])], app.log);
  app.addHook('onClose', stopJobs);
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  const lines = [
    '',
    `Talent Hub is running at ${config.baseUrl}  (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.dataDir}` : ''})`,
  ];
  if (config.demoMode) {
    lines.push('Demo accounts (password for all: ' + demoAccounts.password + '):');
    for (const a of demoAccounts.list) lines.push(`  ${a.role.padEnd(11)} ${a.email}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DatabaseUnreachableError) {
    console.error(err.message);
    process.exit(78);
  }
  // Through the log serializer: a failed query shows its SQL and SQLSTATE, not its parameters.
  const e = serializeError(err);
  console.error(
    [`${String(e.type)}: ${String(e.message)}`, e.query, typeof e.sqlState === 'string' && `SQLSTATE ${e.sqlState}`, e.stack]
      .filter(Boolean)
      .join('\n'),
  );
  process.exit(1);
});
