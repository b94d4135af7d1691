import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';

const HOURLY = 3_600_000;

export type Job = {
  name: string;
  run: () => Promise<unknown>;
  /** how often it runs; hourly when absent */
  everyMs?: number;
  /** what the job holds open (a mail relay connection), closed when the jobs stop */
  close?: () => void;
};

/** What a module's jobs are built from (server/platform/module.ts `jobs`). */
export type JobDeps = { db: Db; config: Config };

/**
 * Runs the jobs at start and then each at its interval (hourly by default): the jobs that share an
 * interval run one after another, in the order given, never two ticks at once. Jobs must be
 * idempotent — reminders carry a dedupe key — so several app servers or a restart never double a
 * message. Returns the function that stops them (and closes what they hold).
 */
export function startJobs(jobs: Job[], log: FastifyBaseLogger): () => void {
  const byInterval = new Map<number, Job[]>();
  for (const job of jobs) {
    const every = job.everyMs ?? HOURLY;
    byInterval.set(every, [...(byInterval.get(every) ?? []), job]);
  }
  const stops = [...byInterval].map(([everyMs, group]) => startGroup(group, log, everyMs));
  return () => {
    for (const stop of stops) stop();
    for (const job of jobs) job.close?.();
  };
}

function startGroup(jobs: Job[], log: FastifyBaseLogger, everyMs: number): () => void {
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
