import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import pg from 'pg';
import { buildApp, type BuildOptions } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { ActorCtx } from '../platform/context.js';
import { runAs } from '../platform/run.js';
import { user } from '../platform/auth.tables.js';
import { openDatabase, type Database, type DbKind } from '../db/connection.js';
import type { App, RouteRecord } from '../platform/http.js';
import { seedDemoRegion } from '../../cli/demo-data.js';
import { mailOutbox } from '../platform/mail.tables.js';
import { multipartBody } from './files.js';
import { seedDemoTaxonomy } from '../modules/taxonomy/index.js';

/** Databases the integration tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const dbKinds: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const demoPassword = 'TalentHub-demo-2026';
export const baseUrl = 'http://localhost:3000';

export type TestApp = {
  app: App;
  routes: RouteRecord[];
  database: Database;
  databaseUrl: string | undefined;
  config: Config;
  /** Runs a use case as the person with this e-mail, as their request would (one transaction, their hub); `at` sets `ctx.now`. */
  as<T>(email: string, fn: (ctx: ActorCtx) => Promise<T>, at?: Date): Promise<T>;
  close(): Promise<void>;
};

/**
 * A fresh database of the given kind (a new PostgreSQL database per call), migrated and seeded
 * with the demo region, and the real app built on it exactly as main.ts builds it.
 */
export async function startTestApp(
  kind: DbKind,
  opts: Partial<Pick<BuildOptions, 'rateLimits'>> & {
    env?: Record<string, string>;
    seed?: boolean;
    /** Where log lines go (with env LOG_LEVEL); by default there is no log. */
    logStream?: NodeJS.WritableStream;
    /** Registers extra routes before the app is ready (tests of the platform). */
    extraRoutes?: (app: App) => void;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'talenthub-test-'));
  let dropDatabase = async () => {};
  let databaseUrl: string | undefined;
  if (kind === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const created = await createScratchDatabase(adminUrl);
    databaseUrl = created.url;
    dropDatabase = created.drop;
  }
  const database = await openDatabase({ databaseUrl, dataDir: kind === 'pglite' ? 'memory://' : dataDir });
  await database.migrate();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, BASE_URL: baseUrl, LOG_LEVEL: 'silent', ...opts.env });
  if (opts.seed !== false) {
    await seedDemoTaxonomy(database.db);
    await seedDemoRegion(database.db, config);
  }
  const { app, routes } = await buildApp({
    database,
    config,
    logger: opts.logStream ? { stream: opts.logStream } : false,
    webRoot: path.join(dataDir, 'no-web'),
    rateLimits: {
      signInPerIpPer15Minutes: 1000,
      signInFailuresPerAccountPer15Minutes: 1000,
      passwordResetPer5Minutes: 1000,
      signUpPer10Minutes: 1000,
      ...opts.rateLimits,
    },
  });
  opts.extraRoutes?.(app);
  await app.ready();
  return {
    app,
    routes,
    database,
    databaseUrl,
    config,
    async as(email, fn, at) {
      const [u] = await database.db.select({ id: user.id }).from(user).where(eq(user.email, email));
      if (!u) throw new Error(`no person ${email}`);
      return runAs(database.db, u.id, fn, { config, ...(at ? { at } : {}) });
    },
    async close() {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
}

/** A new, empty PostgreSQL database on the server of `adminUrl`, and a function that drops it. */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `talenthub_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A browser-like client for app.inject that keeps its cookies and sends a same-origin Origin. */
export class Client {
  cookies = new Map<string, string>();
  constructor(readonly app: App) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
    rawPayload?: Buffer,
  ) {
    const res = await this.app.inject({
      method,
      url,
      headers: {
        origin: baseUrl,
        ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : rawPayload ? { payload: rawPayload } : {}),
    });
    for (const c of res.cookies) {
      if (c.maxAge === 0 || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  del = (url: string) => this.request('DELETE', url);

  /** Uploads one file as multipart/form-data, as a browser form does. */
  upload(url: string, fileName: string, contentType: string, content: Buffer) {
    const body = multipartBody('file', fileName, contentType, content);
    return this.request('POST', url, undefined, { 'content-type': body.contentType }, body.payload);
  }

  async signIn(email: string, password = demoPassword) {
    const res = await this.post('/api/auth/sign-in/email', { email, password });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
    return this;
  }
}

export async function signedIn(app: App, email: string, password = demoPassword): Promise<Client> {
  return new Client(app).signIn(email, password);
}

/** The token of the newest sign-up confirmation mailed to an address, read from the outbox. */
export async function signUpToken(t: Pick<TestApp, 'database'>, email: string): Promise<string | null> {
  const [mail] = await t.database.db
    .select({ body: mailOutbox.bodyText })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email.toLowerCase()), eq(mailOutbox.template, 'signUpConfirmation')))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const match = mail ? /\/sign-up\/confirm\?token=([\w-]+)/.exec(mail.body) : null;
  return match?.[1] ?? null;
}

/**
 * Signs up as a person does: the sign-up, then the link of the confirmation mail. Returns the
 * confirmation's response; the client is then signed in.
 */
export async function signUpConfirmed(t: Pick<TestApp, 'database'>, client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/signup', body);
  if (res.statusCode !== 202) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  const token = await signUpToken(t, String(body.email));
  if (!token) throw new Error(`no confirmation mail to ${String(body.email)}`);
  return client.post('/api/signup/confirm', { token });
}
