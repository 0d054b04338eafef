import { parentPort } from 'node:worker_threads';
import { DocumentRefusal, extractDocument, type DocumentLimits } from './documents.extract.js';

/** One document sandbox worker: extracts one document at a time, as the pool sends them. */
export type WorkerRequest = { id: number; bytes: Uint8Array; limits: DocumentLimits };
export type WorkerAnswer =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof extractDocument>> }
  | { id: number; ok: false; code: DocumentRefusal['code']; detail: string };

parentPort?.on('message', (request: WorkerRequest) => {
  extractDocument(request.bytes, request.limits).then(
    (result) => parentPort?.postMessage({ id: request.id, ok: true, result } satisfies WorkerAnswer),
    (e: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        code: e instanceof DocumentRefusal ? e.code : 'upload.unreadable',
        detail: e instanceof Error ? e.message.slice(0, 300) : 'the document could not be read',
      } satisfies WorkerAnswer),
  );
});
