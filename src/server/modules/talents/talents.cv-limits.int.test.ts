import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { makeDocx, makeManyEntriesDocx, makeParagraphBomb, makeRunBomb } from '../../test/files.js';
import { userIdOf } from '../appointments/appointments.fixtures.test-data.js';
import type { TProfile } from './talents.schema.js';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.each(dbKinds)('hostile CV uploads (%s)', (kind) => {
  let t: TestApp;
  let talent: Client;
  let counsellor: Client;
  let olenaId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    talent = await signedIn(t.app, 'talent@talenthub.example');
    counsellor = await signedIn(t.app, 'counsellor@talenthub.example');
    olenaId = await userIdOf(t.database.db, 'talent@talenthub.example');
    const first = await talent.upload('/api/profile/cv', 'Olena CV.docx', docxType, makeDocx(['Olena Kovalenko', 'Civil engineer']));
    expect(first.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const bombs = [
    ['a paragraph bomb of 1.5 million empty paragraphs', () => makeParagraphBomb(1_500_000)],
    ['a decompression bomb of one 100 MB text run', () => makeRunBomb(100)],
    ['a zip of 10,000 entries', () => makeManyEntriesDocx(10_000)],
  ] as const;

  it.each(bombs)('%s gets a translated 422 and the earlier CV is kept', async (_name, make) => {
    const res = await talent.upload('/api/profile/cv', 'bomb.docx', docxType, make());
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'upload.too_complex', status: 422 });
    const profile = (await talent.get('/api/profile')).json<TProfile>();
    expect(profile.cv).toMatchObject({ fileName: 'Olena CV.docx' });
  });

  it('a counsellor uploading a bomb for a client gets the same 422', async () => {
    const res = await counsellor.upload(`/api/clients/${olenaId}/profile/cv`, 'bomb.docx', docxType, makeParagraphBomb());
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('upload.too_complex');
  });

  it('the server keeps answering while it refuses a decompression bomb', async () => {
    const bomb = makeRunBomb(100);
    // Health is asked over a real socket, as a load balancer asks it.
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    let done = false;
    const upload = talent.upload('/api/profile/cv', 'bomb.docx', docxType, bomb).finally(() => (done = true));
    const health: number[] = [];
    while (!done) {
      const res = await fetch(`${address}/api/health`);
      await res.arrayBuffer();
      health.push(res.status);
    }
    const res = await upload;
    expect(res.statusCode).toBe(422);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s === 200)).toBe(true);
  });
});
