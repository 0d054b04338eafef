import { afterEach, describe, expect, it } from 'vitest';
import { makeDocx, makeManyEntriesDocx, makeParagraphBomb, makePdf, makeRunBomb } from '../test/files.js';
import { createDocumentSandbox, type DocumentSandbox } from './documents.js';
import { AppError } from './errors.js';

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, retryAfter: e.retryAfter } : { code: String(e) }),
  );

describe('document sandbox', () => {
  let sandbox: DocumentSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  it('extracts the text of a PDF and of a DOCX in a worker thread', async () => {
    sandbox = createDocumentSandbox({ workers: 1 });
    const pdf = await sandbox.extract(await makePdf(['Olena Kovalenko', 'Civil engineer, AutoCAD']));
    expect(pdf).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf' });
    expect(pdf.text).toContain('Civil engineer, AutoCAD');
    const docx = await sandbox.extract(makeDocx(['Ahmed Hassan', 'Welder\u0000 and fitter']));
    expect(docx).toMatchObject({ kind: 'docx' });
    expect(docx.text).toContain('Welder and fitter');
    expect(sandbox.stats()).toMatchObject({ workers: 1, busy: 0, queued: 0, replaced: 0 });
  });

  it('refuses a paragraph bomb, a decompression bomb and a zip of 10,000 entries before parsing', async () => {
    sandbox = createDocumentSandbox({ workers: 1 });
    for (const bomb of [makeParagraphBomb(), makeRunBomb(100), makeManyEntriesDocx(10_000)])
      expect(await refusal(sandbox.extract(bomb))).toEqual({ code: 'upload.too_complex' });
    // The checks refused them; the worker itself survived.
    expect(sandbox.stats().replaced).toBe(0);
  });

  it('replaces a worker that runs out of memory, and goes on serving', async () => {
    // With the element check lifted, the paragraph bomb reaches the parser and exhausts the heap.
    sandbox = createDocumentSandbox({ workers: 1, memoryMb: 48, limits: { maxXmlElements: Number.MAX_SAFE_INTEGER } });
    expect(await refusal(sandbox.extract(makeParagraphBomb()))).toEqual({ code: 'upload.too_complex' });
    expect(sandbox.stats().replaced).toBe(1);
    expect((await sandbox.extract(makeDocx(['Still reading CVs']))).text).toBe('Still reading CVs');
  });

  it('stops a document that takes longer than its time limit', async () => {
    sandbox = createDocumentSandbox({ workers: 1, timeoutMs: 1 });
    expect(await refusal(sandbox.extract(makeDocx(['Slow'])))).toEqual({ code: 'upload.too_complex' });
    expect(sandbox.stats()).toMatchObject({ replaced: 1, workers: 0 });
  });

  it('refuses work beyond its queue with 503 and Retry-After, and finishes what it took', async () => {
    sandbox = createDocumentSandbox({ workers: 1, queue: 1 });
    const docs = [0, 1, 2].map((i) => sandbox!.extract(makeDocx([`CV ${i}`])));
    const [first, second, third] = await Promise.allSettled(docs);
    expect(first).toMatchObject({ status: 'fulfilled', value: { text: 'CV 0' } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { text: 'CV 1' } });
    expect(await refusal(docs[2]!)).toEqual({ code: 'upload.busy', retryAfter: 10 });
    expect(third?.status).toBe('rejected');
  });

  it('refuses files that are neither PDF nor DOCX, and broken ones', async () => {
    sandbox = createDocumentSandbox({ workers: 1 });
    expect(await refusal(sandbox.extract(Buffer.from('just text, not a CV')))).toEqual({ code: 'upload.unsupported_type' });
    const docx = makeDocx(['x']);
    expect(await refusal(sandbox.extract(docx.subarray(0, docx.length - 40)))).toMatchObject({ code: expect.stringMatching(/^upload\./) });
  });
});
