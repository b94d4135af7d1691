import type { FastifyBaseLogger } from 'fastify';

export type Job = { name: string; run: () => Promise<unknown> };

/**
 * Runs each job at start and then every `everyMs` (hourly by default). Jobs must be idempotent —
 * reminders carry a dedupe key — so several app servers or a restart never double a message.
 */
export function startJobs(jobs: Job[], log: FastifyBaseLogger, everyMs = 3_600_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    for (const job of jobs) {
      try {
        const result = await job.run();
        log.debug({ job: job.name, result }, 'job done');
      } catch (err) {
        log.warn({ err, job: job.name }, 'job failed');
      }
    }
    running = false;
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
