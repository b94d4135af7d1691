/**
 * Issue 4's throughput benchmark: the citizens' public submission endpoint under 10 connections,
 * beside a bare Fastify route inserting one row into the same engine in the same run — the
 * physical limit of "one write per request" on this machine.
 */

import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../server/db/client.ts';
import { cases } from '../server/db/schema/index.ts';
import type { Result } from './run.ts';

type Load = {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
};

function load(url: string, path: string, body: string, duration: number): Promise<Load> {
  const script = fileURLToPath(new URL('./load.mjs', import.meta.url));
  const spec = JSON.stringify({ url, path, body, connections: 10, duration });
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, spec], (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as Load);
    });
  });
}

async function listen(app: FastifyInstance): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

let bareSeq = 0;

export async function measureSubmissions(
  app: FastifyInstance,
  database: Database,
  duration: number,
): Promise<Result[]> {
  const { db } = database;
  const startedAt = new Date();
  const appUrl = await listen(app);
  const categories = (await app.inject({ url: '/api/public/categories' })).json() as {
    items: { id: string }[];
  };
  const categoryId = categories.items[0]?.id;
  if (!categoryId) throw new Error('no case category');

  // the physical limit: parse a JSON body, insert one row, answer — nothing else
  const bare = Fastify({ logger: false });
  bare.post('/bare', async (req, reply) => {
    const { content } = req.body as { content: string };
    bareSeq++;
    await db.insert(cases).values({
      id: uuidv7(),
      trackingCode: `BARE${process.pid % 1000}${bareSeq}`.slice(0, 16),
      channel: 'web',
      categoryId,
      content,
    });
    return reply.status(201).send({ ok: true });
  });
  const bareUrl = await listen(bare);

  const body = JSON.stringify({
    categoryId,
    content: '村里的机耕道坑洼不平，雨天无法通行，请帮助修缮。',
  });
  process.stdout.write(`submissions: ${duration} s of load on each endpoint…\n`);
  const api = await load(appUrl, '/api/public/cases', body, duration);
  const raw = await load(bareUrl, '/bare', body, duration);
  await bare.close();
  // leave the scaled database as it was, so the next run measures the same data
  await db.execute(sql`
    with made as (select id from cases where created_at >= ${startedAt})
    , o as (delete from outbox where case_id in (select id from made))
    , e as (delete from case_events where case_id in (select id from made))
    , a as (delete from audit_log where entity = 'case' and entity_id in (select id::text from made))
    delete from cases where id in (select id from made)`);
  if (api.non2xx > 0 || api.errors > 0) {
    throw new Error(
      `public submissions: ${api.non2xx} non-2xx and ${api.errors} errors of ${api.total}`,
    );
  }
  return [
    {
      name: 'cases: public submission, 10 connections',
      engine: database.engine,
      p50_ms: api.p50,
      p99_ms: api.p99,
      rps: api.rps,
      baseline: 'req/s of a bare Fastify route inserting one row (same engine, same run)',
      baseline_value: raw.rps,
      ratio: Math.round((api.rps / raw.rps) * 100) / 100,
      rss_mb: Math.round(process.memoryUsage().rss / 1_048_576),
    },
  ];
}
