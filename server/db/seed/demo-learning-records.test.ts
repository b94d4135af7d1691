import { eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZServiceRecordCreateSchema } from '../../../common/service-records.ts';
import { useTestApp } from '../../test/hooks.ts';
import {
  cadres,
  discussionPosts,
  discussionReports,
  serviceRecords,
  workflowEvents,
} from '../schema/index.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';

/** The demo's discussion (issue 13 §3) and service records (§4) as the issue describes them. */
describe('demo: 学习讨论 and 一线服务 in the 2014 campaign', () => {
  const t = useTestApp();
  beforeAll(async () => {
    await inTransaction(t.db, (tx) => loadDemoData(tx));
  });

  it('has a dozen threads, bureau-wide and of units, with 3–10 replies each within the limits', async () => {
    const posts = await t.db.select().from(discussionPosts);
    const threads = posts.filter((p) => p.threadId === null);
    expect(threads).toHaveLength(12);
    expect(new Set(threads.map((p) => p.audience))).toEqual(new Set(['unit', 'bureau']));
    for (const th of threads) {
      const n = posts.filter((p) => p.threadId === th.id).length;
      expect(n, th.title ?? '').toBeGreaterThanOrEqual(3);
      expect(n, th.title ?? '').toBeLessThanOrEqual(10);
      expect((th.title ?? '').length).toBeLessThanOrEqual(60);
    }
    expect(posts.every((p) => p.body.length <= 2000 && p.campaignId !== null)).toBe(true);
    // a reply's audience is its thread's
    for (const p of posts.filter((x) => x.threadId)) {
      expect(p.audience).toBe(threads.find((th) => th.id === p.threadId)?.audience);
    }
  });

  it('holds one post hidden after 3 reports pending review and one removed with its reason', async () => {
    const hidden = await t.db
      .select()
      .from(discussionPosts)
      .where(eq(discussionPosts.state, 'hidden'));
    expect(hidden).toHaveLength(1);
    expect(hidden[0]?.reportCount).toBe(3);
    const reports = await t.db
      .select()
      .from(discussionReports)
      .where(eq(discussionReports.postId, hidden[0]?.id ?? ''));
    expect(new Set(reports.map((r) => r.userId)).size).toBe(3);
    expect(reports.every((r) => r.userId !== hidden[0]?.authorUserId)).toBe(true);
    const removed = await t.db
      .select()
      .from(discussionPosts)
      .where(eq(discussionPosts.state, 'removed'));
    expect(removed).toHaveLength(1);
    expect(removed[0]?.moderationReason).toBeTruthy();
    const events = await t.db
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.kind, 'discussion_post'));
    expect(events.map((e) => e.action).sort()).toEqual(['hide', 'remove', 'restore']);
  });

  it('gives most cadres volunteer hours and a few front-line postings, as the form takes them', async () => {
    const rows = await t.db.select().from(serviceRecords);
    const all = await t.db.select({ id: cadres.id }).from(cadres);
    const serving = new Set(rows.filter((r) => r.kind === 'volunteer').map((r) => r.cadreId));
    expect(serving.size / all.length).toBeGreaterThan(0.6);
    expect(serving.size).toBeLessThan(all.length);
    const postings = rows.filter((r) => r.kind === 'frontline');
    expect(postings).toHaveLength(4);
    expect(postings.every((p) => p.endsOn && p.endsOn > p.startsOn && p.result)).toBe(true);
    for (const r of rows) {
      const parsed = ZServiceRecordCreateSchema.safeParse({
        kind: r.kind,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        place: r.place,
        task: r.task,
        result: r.result,
        hours: r.hours,
      });
      expect(parsed.success, JSON.stringify(r)).toBe(true);
      if (r.kind === 'volunteer') expect(r.hours).toBeGreaterThan(0);
      expect(r.startsOn >= '2014-02-01').toBe(true);
    }
    expect(
      await t.db.select().from(serviceRecords).where(isNull(serviceRecords.campaignId)),
    ).toEqual([]);
  });
});
