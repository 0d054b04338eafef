import { describe, expect, it } from 'vitest';
import { isReservedAddress, outboxBody } from './mail.policy.js';

describe('the demo outbox shows links only in mail to reserved domains', () => {
  it('knows the reserved domains of RFC 2606 and RFC 6761', () => {
    for (const a of [
      'admin@talenthub.example',
      'x@EXAMPLE.COM',
      'x@mail.example.org',
      'x@example.net',
      'x@host.test',
      'x@nowhere.invalid',
      'x@app.localhost',
      'x@talenthub.example.',
    ])
      expect([a, isReservedAddress(a)]).toEqual([a, true]);
    for (const a of [
      'olena@gmail.com',
      'x@example.fi',
      'x@notexample.com',
      'x@example.com.evil.fi',
      'x@test.fi',
      'no-at-sign',
      'x@a..example',
    ])
      expect([a, isReservedAddress(a)]).toEqual([a, false]);
  });

  it('replaces every link in a mail to anyone else, and says so', () => {
    const body = 'Hello,\nreset: http://localhost:3000/reset-password?token=abc123\nor https://hub.fi/sign-in';
    expect(outboxBody('olena@gmail.com', body, '[hidden]')).toEqual({
      body: 'Hello,\nreset: [hidden]\nor [hidden]',
      linksHidden: true,
    });
    expect(outboxBody('talent@talenthub.example', body, '[hidden]')).toEqual({ body, linksHidden: false });
    expect(outboxBody('olena@gmail.com', 'No links here.', '[hidden]')).toEqual({ body: 'No links here.', linksHidden: false });
  });
});
