import type { AppDeps } from './http.js';
import type { Job } from './module.js';

export type Logger = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

/**
 * Runs the background jobs of the platform and the modules in this instance: each at start, then
 * every `everyMs`, never two runs of one job at once. Jobs claim their work in the database
 * (`FOR UPDATE SKIP LOCKED`), so several instances may run them side by side. Returns a stop
 * function that waits for runs in progress.
 */
export function startJobs(deps: AppDeps, jobs: readonly Job[], log: Logger): () => Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  for (const job of jobs) {
    if (job.enabled && !job.enabled(deps)) continue;
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const run = job
        .run(deps, log)
        .catch((err: unknown) => log.error({ err, job: job.name }, 'background job failed'))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    tick();
    if (job.everyMs) timers.push(setInterval(tick, job.everyMs));
  }
  return async () => {
    stopped = true;
    for (const t of timers) clearInterval(t);
    await Promise.all(running);
  };
}
