import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'talenthub-config-'));

describe('configuration', () => {
  it('starts with no set-up: a local secret is created once in the data folder', () => {
    const dir = tmp();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first).toMatchObject({
      port: 3000,
      baseUrl: 'http://localhost:3000',
      demoMode: true,
      secureCookies: false,
      databaseUrl: undefined,
      databaseConnectTimeoutMs: 30_000,
    });
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, 'auth-secret'), 'utf8')).toBe(first.authSecret);
    expect(statSync(path.join(dir, 'auth-secret')).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dir }).authSecret).toBe(first.authSecret);
  });
  it('refuses to run in production without a secret, and says which variable is missing', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tmp() })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tmp() })).toThrow(/AUTH_SECRET: required in production/);
  });
  it('names every invalid variable', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/PORT:/);
    expect(message).toMatch(/DATABASE_URL: must start with postgres/);
    expect(message).toMatch(/AUTH_SECRET: must be at least 32 characters/);
  });
  it('takes the database connect timeout in seconds', () => {
    expect(loadConfig({ DATA_DIR: tmp(), DATABASE_CONNECT_TIMEOUT: '2' }).databaseConnectTimeoutMs).toBe(2000);
    expect(() => loadConfig({ DATA_DIR: tmp(), DATABASE_CONNECT_TIMEOUT: 'soon' })).toThrow(/DATABASE_CONNECT_TIMEOUT:/);
  });
  it('marks cookies Secure and turns demo mode off behind TLS in production', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(40),
      BASE_URL: 'https://talenthub.espoo.example/',
      DATA_DIR: tmp(),
    });
    expect(c).toMatchObject({ secureCookies: true, demoMode: false, baseUrl: 'https://talenthub.espoo.example' });
  });
});
