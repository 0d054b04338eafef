import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { seedDemoRegion } from './demo-data.js';

/** `npm run seed`: migrate and create the demo region if the database has no hub yet. */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
console.log((await seedDemoRegion(database.db, config)) ? 'Demo region created.' : 'A hub exists already; nothing changed.');
await database.close();
