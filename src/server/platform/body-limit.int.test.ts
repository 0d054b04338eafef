import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimit } from '../app.js';
import { startTestApp, type TestApp } from '../test/harness.js';

/**
 * Posts `body` over a plain socket in pieces and reads the answer only once the whole body is written, as a
 * client that sends before it reads does (curl with a large body). A server that closes the
 * connection with the body half-read resets it, and the client loses the answer.
 */
function post(url: string, body: Buffer): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let answer = '';
    socket.pause();
    socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
    socket.on('error', (err: NodeJS.ErrnoException) => resolve(`failed: ${err.code ?? err.message}`));
    socket.on('end', () => {
      const [head = '', payload = ''] = answer.split('\r\n\r\n');
      const status = /^HTTP\/1\.1 (\d+)/.exec(head)?.[1];
      const type = /^content-type: ([^;\r]+)/im.exec(head)?.[1];
      const code = type === 'application/problem+json' ? (JSON.parse(payload) as { code: string }).code : '';
      resolve(`${status} ${type} ${code}`);
      socket.destroy();
    });
    const head = `POST ${new URL(url).pathname} HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`;
    // The body goes in pieces, as over a real network, so it is still arriving when the server answers.
    const send = async () => {
      socket.write(head);
      for (let at = 0; at < body.length; at += 16 * 1024) {
        await new Promise((done) => socket.write(body.subarray(at, at + 16 * 1024), done));
        await new Promise((done) => setImmediate(done));
      }
      socket.resume();
    };
    void send();
  });
}

describe('a body over the limit on a real connection', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp('pglite', { seed: false });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('always gets the 413 problem document, never a reset connection', async () => {
    const body = Buffer.from(JSON.stringify({ name: 'x'.repeat(Math.round(bodyLimit * 1.5)) }));
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) outcomes.push(await post(`${base}/api/signup`, body));
    expect(outcomes).toEqual(Array.from({ length: 30 }, () => '413 application/problem+json request.too_large'));
  });
});
