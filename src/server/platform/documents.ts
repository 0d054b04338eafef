import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultDocumentLimits, type DocumentLimits, type ExtractedDocument } from './documents.extract.js';
import type { WorkerAnswer, WorkerRequest } from './documents.worker.js';
import { AppError } from './errors.js';

/**
 * The document sandbox: uploaded files (CVs today, voucher evidence and attachments later) are
 * parsed in worker threads with a memory cap and a time limit, never on the event loop. A file
 * that exhausts its worker's memory or time costs that worker, which is replaced; the server
 * keeps answering. Jobs beyond the workers wait in a bounded queue; past it, the upload is
 * refused with 503 and Retry-After rather than piling up.
 */
export type DocumentSandboxOptions = {
  /** Worker threads; the default leaves one core to the event loop. */
  workers?: number;
  /** Jobs that may wait for a worker. */
  queue?: number;
  /** Time one document may take, from the moment a worker takes it. */
  timeoutMs?: number;
  /** Heap of one worker, in MiB. */
  memoryMb?: number;
  /** A worker idle this long is stopped, to give its memory back. */
  idleMs?: number;
  limits?: Partial<DocumentLimits>;
};

export type DocumentSandbox = {
  extract(bytes: Uint8Array): Promise<ExtractedDocument>;
  /** What the sandbox is doing, for health checks and tests. */
  stats(): { workers: number; busy: number; queued: number; replaced: number };
  close(): Promise<void>;
};

type Job = {
  id: number;
  bytes: Uint8Array;
  resolve: (d: ExtractedDocument) => void;
  reject: (e: Error) => void;
};

type Slot = { worker: Worker | null; job: Job | null; timer?: NodeJS.Timeout; idle?: NodeJS.Timeout };

const workerUrl = new URL(`./documents.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** Starts a worker; a TypeScript worker first registers tsx, as the server itself runs under it. */
function spawn(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.max(8, Math.round(memoryMb / 8)) };
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl, { resourceLimits });
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/** The ES module entry of tsx's API (require.resolve would give its CommonJS twin). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  return path.join(path.dirname(manifest), exports['./esm/api']!.import.default);
}

export function createDocumentSandbox(options: DocumentSandboxOptions = {}): DocumentSandbox {
  const size = options.workers ?? Math.max(1, Math.min(4, os.availableParallelism() - 1));
  const maxQueue = options.queue ?? 16;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const memoryMb = options.memoryMb ?? 256;
  const idleMs = options.idleMs ?? 60_000;
  const limits: DocumentLimits = { ...defaultDocumentLimits, ...options.limits };
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, job: null }));
  const queue: Job[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;

  const tooComplex = (why: string) => new AppError('upload.too_complex', why);

  /** Forgets a worker that died or was stopped; the next job starts a fresh one. */
  function retire(slot: Slot, worker: Worker, why: string) {
    if (slot.worker !== worker) return;
    slot.worker = null;
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    const job = slot.job;
    slot.job = null;
    if (job) {
      replaced++;
      job.reject(tooComplex(why));
    }
    void worker.terminate();
    pump();
  }

  function start(slot: Slot): Worker {
    const worker = spawn(memoryMb);
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      const job = slot.job;
      if (slot.worker !== worker || !job || job.id !== answer.id) return;
      clearTimeout(slot.timer);
      slot.job = null;
      if (answer.ok) job.resolve(answer.result);
      else job.reject(new AppError(answer.code, answer.detail));
      slot.idle = setTimeout(() => slot.job === null && retire(slot, worker, 'idle'), idleMs).unref();
      pump();
    });
    worker.on('error', (e: Error & { code?: string }) =>
      retire(slot, worker, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the document needs more memory than allowed' : 'the parser failed'),
    );
    worker.on('exit', () => retire(slot, worker, 'the parser stopped'));
    return worker;
  }

  function pump() {
    for (const slot of slots) {
      if (closed || slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      const worker = slot.worker ?? start(slot);
      slot.worker = worker;
      slot.job = job;
      clearTimeout(slot.idle);
      slot.timer = setTimeout(() => retire(slot, worker, `took longer than ${timeoutMs / 1000} s`), timeoutMs).unref();
      worker.postMessage({ id: job.id, bytes: job.bytes, limits } satisfies WorkerRequest);
    }
  }

  return {
    extract(bytes) {
      if (closed) return Promise.reject(new AppError('upload.busy', 'the server is shutting down'));
      if (queue.length >= maxQueue) {
        return Promise.reject(new AppError('upload.busy', 'too many documents are being read; try again shortly', [], 10));
      }
      return new Promise<ExtractedDocument>((resolve, reject) => {
        queue.push({ id: nextId++, bytes, resolve, reject });
        pump();
      });
    },
    stats: () => ({
      workers: slots.filter((s) => s.worker).length,
      busy: slots.filter((s) => s.job).length,
      queued: queue.length,
      replaced,
    }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new AppError('upload.busy', 'the server is shutting down'));
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          clearTimeout(slot.timer);
          clearTimeout(slot.idle);
          slot.job?.reject(new AppError('upload.busy', 'the server is shutting down'));
          slot.job = null;
          if (worker) await worker.terminate();
        }),
      );
    },
  };
}
