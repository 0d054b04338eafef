import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Environment, parsed and validated once at start. Nothing secret has a default. */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  BASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_CONNECT_TIMEOUT: z.coerce.number().int().min(0).max(3600).default(30),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DEMO_MODE: z.enum(['true', 'false']).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Talent Hub <no-reply@talenthub.localhost>'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PUBLIC_HUB: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, 'must be a hub slug (a-z, 0-9 and -)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** How long to wait for the PostgreSQL server at start, in milliseconds. */
  databaseConnectTimeoutMs: number;
  authSecret: string;
  demoMode: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  secureCookies: boolean;
  logLevel: string;
  /** The slug of the hub whose public pages anonymous visitors see; the first hub when not set. */
  publicHub: string | undefined;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from `env`. In production AUTH_SECRET must be given; in development
 * and demo use a random secret is created once in DATA_DIR so that a fresh clone starts with
 * no set-up and no secret ever lives in the repository.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.DATA_DIR);
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  let authSecret = e.AUTH_SECRET;
  if (!authSecret) {
    if (production) {
      throw new ConfigError(
        'Invalid configuration:\n  AUTH_SECRET: required in production (at least 32 random characters, e.g. `openssl rand -base64 48`)',
      );
    }
    authSecret = localSecret(dataDir);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseUrl,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databaseConnectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT * 1000,
    authSecret,
    demoMode: e.DEMO_MODE ? e.DEMO_MODE === 'true' : !production,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY === 'true',
    secureCookies: baseUrl.startsWith('https://'),
    logLevel: e.LOG_LEVEL,
    publicHub: e.PUBLIC_HUB,
  };
}

function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
