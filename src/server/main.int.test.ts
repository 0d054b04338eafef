import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** A port on which nothing listens: bound once by us, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/server/main.ts'], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a database the app cannot reach', () => {
  it('is retried for DATABASE_CONNECT_TIMEOUT, then named in one line with the cause, exit code 78', async () => {
    const port = await closedPort();
    const { code, stdout, stderr } = await run({
      DATABASE_URL: `postgres://talenthub:secret-password@127.0.0.1:${port}/talenthub`,
      DATABASE_CONNECT_TIMEOUT: '2',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'talenthub-main-')),
      PORT: '0',
    });
    const lines = stderr.split('\n').filter((l) => l.trim() !== '' && !/ExperimentalWarning|--trace-warnings/.test(l));
    expect(code).toBe(78);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`127.0.0.1:${port}`);
    expect(lines[0]).toContain('ECONNREFUSED');
    expect(stderr + stdout).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('secret-password');
  }, 120_000);
});
