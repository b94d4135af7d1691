import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { discussionPosts, discussionReports, notifications } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { expectSheet } from '../../test/xlsx.ts';

type Who = { client: Client; userId: string };

describe('/api/discussion', () => {
  const { t, w } = useWorld();
  let me: Who;
  let colleague: Who;
  let third: Who;
  let branch: Who;
  let outsider: Who;
  let campaignId: string;
  beforeAll(async () => {
    me = await makeCadreWithLogin(t, w.unitA, { name: '张学习' });
    colleague = await makeCadreWithLogin(t, w.unitA, { name: '李同事' });
    third = await makeCadreWithLogin(t, w.unitA, { name: '王第三' });
    branch = await makeCadreWithLogin(t, w.branchA, { name: '赵支部' });
    outsider = await makeCadreWithLogin(t, w.unitB, { name: '钱乙单位' });
    campaignId = (await makeCampaign(t.db, { name: '学习龚全珍活动' })).id;
  });

  const thread = (over: Record<string, unknown> = {}) => ({
    title: '学习龚全珍，我要多下基层',
    body: '读了《龚全珍日记选》，我打算每月至少两次到联系点走访。',
    audience: 'unit',
    campaignId,
    ...over,
  });
  const newThread = async (who: Client = me.client, over: Record<string, unknown> = {}) => {
    const res = await who.post('/api/discussion/threads', thread(over));
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };

  it('answers 401 without login, 403 to the inspector writing and to cadres moderating', async () => {
    for (const url of ['/api/discussion/threads', '/api/discussion/moderation']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    const noLogin = await t.app.inject({
      method: 'POST',
      url: '/api/discussion/threads',
      payload: thread(),
    });
    expect(noLogin.statusCode).toBe(401);
    expect((await w.as.inspector.post('/api/discussion/threads', thread())).statusCode).toBe(403);
    expect((await me.client.get('/api/discussion/moderation')).statusCode).toBe(403);
    expect((await w.as.unit_admin.get('/api/discussion/moderation')).statusCode).toBe(403);
    expect((await w.as.office.get('/api/discussion/moderation')).statusCode).toBe(200);
  });

  it('refuses bad input in words, the length limits being settings', async () => {
    const noTitle = await me.client.post('/api/discussion/threads', thread({ title: '' }));
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().error.message).toContain('请填写标题');
    const badScope = await me.client.post('/api/discussion/threads', thread({ audience: 'all' }));
    expect(badScope.statusCode).toBe(400);
    const long = await me.client.post(
      '/api/discussion/threads',
      thread({ body: '学'.repeat(2001) }),
    );
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('DISCUSSION_TOO_LONG');
    expect(long.json().error.message).toBe('正文不能超过 2000 个字（现有 2001 个字）');
    expect(long.json().error.details[0].field).toBe('body');
    const longTitle = await me.client.post(
      '/api/discussion/threads',
      thread({ title: '龚'.repeat(61) }),
    );
    expect(longTitle.json().error.message).toContain('标题不能超过 60 个字');
    const limits = (await me.client.get('/api/discussion/threads/limits')).json();
    expect(limits).toEqual({
      titleMaxLength: 60,
      bodyMaxLength: 2000,
      hideAfterReports: 3,
      editWindowMinutes: 30,
      moderator: false,
    });
    const badPage = await me.client.get('/api/discussion/threads?pageSize=500');
    expect(badPage.statusCode).toBe(400);
  });

  it('starts a thread and replies; the list gives reply count, last reply, author and unit', async () => {
    const th = await newThread();
    const r1 = await colleague.client.post(`/api/discussion/threads/${th.id}/replies`, {
      body: '我也要学习她“一辈子为群众做好事”。',
    });
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toMatchObject({ threadId: th.id, audience: 'unit', authorName: '李同事' });
    const r2 = await branch.client.post(`/api/discussion/threads/${th.id}/replies`, {
      body: '支部准备组织观看《本色》。',
    });
    expect(r2.statusCode).toBe(201);
    const list = (await me.client.get(`/api/discussion/threads?campaignId=${campaignId}`)).json();
    const row = list.items.find((i: { id: string }) => i.id === th.id);
    expect(row).toMatchObject({
      replyCount: 2,
      authorName: '张学习',
      orgName: '甲单位',
      campaignName: '学习龚全珍活动',
      mine: true,
      canEdit: true,
      canDelete: false,
    });
    expect(row.lastReplyAt).toBe(r2.json().createdAt);
    const replies = (
      await me.client.get(`/api/discussion/threads/${th.id}/replies?pageSize=1`)
    ).json();
    expect(replies.total).toBe(2);
    expect(replies.items).toHaveLength(1);
    expect(replies.items[0].authorName).toBe('李同事');
    const mine = (await colleague.client.get('/api/discussion/threads?mine=true')).json();
    expect(mine.items.some((i: { id: string }) => i.id === th.id)).toBe(false);
    const found = (await me.client.get('/api/discussion/threads?q=多下基层')).json();
    expect(found.items.map((i: { id: string }) => i.id)).toContain(th.id);
    const rows = await auditRows(t.db, { entity: 'discussion_post', entityId: th.id });
    expect(rows.map((r) => r.action)).toEqual(['create']);
  });

  it('keeps a unit thread inside the unit subtree (404 outside); a bureau thread is everyone’s', async () => {
    const unitThread = await newThread();
    const bureauThread = await newThread(me.client, { audience: 'bureau', title: '全局讨论' });
    expect((await outsider.client.get(`/api/discussion/threads/${unitThread.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await outsider.client.get(`/api/discussion/threads/${unitThread.id}/replies`)).statusCode,
    ).toBe(404);
    expect(
      (
        await outsider.client.post(`/api/discussion/threads/${unitThread.id}/replies`, {
          body: '路过',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await outsider.client.post(`/api/discussion/threads/${unitThread.id}/report`, {
          reason: 'spam',
        })
      ).statusCode,
    ).toBe(404);
    expect((await branch.client.get(`/api/discussion/threads/${unitThread.id}`)).statusCode).toBe(
      200,
    );
    expect((await w.as.office.get(`/api/discussion/threads/${unitThread.id}`)).statusCode).toBe(
      200,
    );
    expect(
      (await outsider.client.get(`/api/discussion/threads/${bureauThread.id}`)).statusCode,
    ).toBe(200);
    const outsiderList = (await outsider.client.get('/api/discussion/threads?pageSize=200')).json();
    const ids = outsiderList.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(bureauThread.id);
    expect(ids).not.toContain(unitThread.id);
    // a unit filter outside the scope is 404 as everywhere
    expect(
      (await outsider.client.get(`/api/discussion/threads?orgId=${w.unitA.id}`)).statusCode,
    ).toBe(404);
    const scoped = (await outsider.client.get('/api/discussion/threads?audience=unit')).json();
    expect(scoped.items.every((i: { audience: string }) => i.audience === 'unit')).toBe(true);
  });

  it('edits within the window only, by the author only; deletes a thread only without replies', async () => {
    const th = await newThread();
    const notMine = await colleague.client.patch(`/api/discussion/threads/${th.id}`, {
      body: '改',
    });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().error.code).toBe('DISCUSSION_NOT_OWN');
    const edited = await me.client.patch(`/api/discussion/threads/${th.id}`, {
      body: '改后的正文',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().body).toBe('改后的正文');
    expect(edited.json().editedAt).not.toBeNull();
    const reply = (
      await colleague.client.post(`/api/discussion/threads/${th.id}/replies`, { body: '同意' })
    ).json();
    const hasReplies = await me.client.delete(`/api/discussion/threads/${th.id}`);
    expect(hasReplies.statusCode).toBe(409);
    expect(hasReplies.json().error.message).toBe('该主题已有回复，不能删除');
    // a reply by its own path: the author edits and deletes it
    expect(
      (await me.client.patch(`/api/discussion/posts/${reply.id}`, { body: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (
        await colleague.client.patch(`/api/discussion/posts/${reply.id}`, { body: '非常同意' })
      ).json().body,
    ).toBe('非常同意');
    // the thread is not a reply
    expect(
      (await me.client.patch(`/api/discussion/posts/${th.id}`, { body: 'x' })).statusCode,
    ).toBe(404);
    await t.db
      .update(discussionPosts)
      .set({ createdAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(discussionPosts.id, reply.id));
    const late = await colleague.client.patch(`/api/discussion/posts/${reply.id}`, {
      body: '再改',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('发布超过 30 分钟后不能再修改');
    expect((await colleague.client.delete(`/api/discussion/posts/${reply.id}`)).statusCode).toBe(
      204,
    );
    expect((await me.client.delete(`/api/discussion/threads/${th.id}`)).statusCode).toBe(204);
    expect((await me.client.get(`/api/discussion/threads/${th.id}`)).statusCode).toBe(404);
    const rows = await auditRows(t.db, { entity: 'discussion_post', entityId: th.id });
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('takes a report once per person, never one’s own; two at once count once', async () => {
    const th = await newThread();
    const own = await me.client.post(`/api/discussion/threads/${th.id}/report`, { reason: 'spam' });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toBe('不能举报自己发布的内容');
    const bad = await colleague.client.post(`/api/discussion/threads/${th.id}/report`, {
      reason: 'x',
    });
    expect(bad.statusCode).toBe(400);
    const [a, b] = await Promise.all([
      colleague.client.post(`/api/discussion/threads/${th.id}/report`, { reason: 'spam' }),
      colleague.client.post(`/api/discussion/threads/${th.id}/report`, { reason: 'off_topic' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const second = [a, b].find((r) => r.statusCode === 409);
    expect(second?.json().error.message).toBe('您已举报过这条内容，每人只能举报一次');
    const reports = await t.db
      .select()
      .from(discussionReports)
      .where(eq(discussionReports.postId, th.id));
    expect(reports).toHaveLength(1);
    const view = (await colleague.client.get(`/api/discussion/threads/${th.id}`)).json();
    expect(view.reportedByMe).toBe(true);
    const [post] = await t.db.select().from(discussionPosts).where(eq(discussionPosts.id, th.id));
    expect(post?.reportCount).toBe(1);
    expect(await auditRows(t.db, { entity: 'discussion_report', entityId: th.id })).toHaveLength(1);
  });

  it('hides a post at 3 reports pending review: concealed from all but moderators and its author', async () => {
    const th = await newThread();
    const reply = (
      await colleague.client.post(`/api/discussion/threads/${th.id}/replies`, {
        body: '加微信领红包',
      })
    ).json();
    const url = `/api/discussion/posts/${reply.id}/report`;
    expect((await me.client.post(url, { reason: 'spam' })).json()).toEqual({
      reportCount: 1,
      hidden: false,
    });
    expect((await third.client.post(url, { reason: 'spam', note: '广告' })).json().hidden).toBe(
      false,
    );
    const last = await w.as.unit_admin.post(url, { reason: 'off_topic' });
    expect(last.json()).toEqual({ reportCount: 3, hidden: true });
    const again = await branch.client.post(url, { reason: 'spam' });
    expect(again.json().error.message).toBe('该内容已在等待审核，无需再举报');

    const seenBy = async (c: Client) =>
      (await c.get(`/api/discussion/threads/${th.id}/replies`))
        .json()
        .items.find((i: { id: string }) => i.id === reply.id);
    expect(await seenBy(me.client)).toMatchObject({
      body: null,
      concealed: 'hidden',
      state: 'hidden',
    });
    expect(await seenBy(colleague.client)).toMatchObject({ body: '加微信领红包', concealed: null });
    expect(await seenBy(w.as.office)).toMatchObject({ body: '加微信领红包', reportCount: 3 });
    // the thread is closed to replies while hidden? no: the reply is hidden, the thread is open
    expect(
      (await me.client.post(`/api/discussion/threads/${th.id}/replies`, { body: '继续讨论' }))
        .statusCode,
    ).toBe(201);
    // the author is told, the step is on the timeline by the system
    const notes = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, colleague.userId));
    expect(notes.some((n) => n.title.includes('已隐藏'))).toBe(true);
    const events = (await w.as.office.get(`/api/discussion/posts/${reply.id}/events`)).json();
    expect(
      events.items.map((e: { action: string; actorName: string }) => [e.action, e.actorName]),
    ).toEqual([['hide', '系统（多人举报）']]);

    // the office: counts and the 待审核 list
    const mod = (await w.as.office.get('/api/discussion/moderation')).json();
    expect(mod.counts.hidden).toBeGreaterThanOrEqual(1);
    const item = mod.items.find((i: { id: string }) => i.id === reply.id);
    expect(item).toMatchObject({
      threadTitle: thread().title,
      state: 'hidden',
      body: '加微信领红包',
    });
    expect(item.reasons).toEqual(
      expect.arrayContaining([
        { reason: 'spam', count: 2 },
        { reason: 'off_topic', count: 1 },
      ]),
    );
    expect(mod.items[0].state).toBe('hidden');
  });

  it('lets only the office restore (clearing the reports) or remove with a reason kept', async () => {
    const th = await newThread();
    const url = `/api/discussion/threads/${th.id}/report`;
    for (const c of [colleague.client, third.client, branch.client]) {
      expect((await c.post(url, { reason: 'offensive' })).statusCode).toBe(201);
    }
    const actions = (await w.as.office.get(`/api/discussion/posts/${th.id}/actions`)).json();
    expect(actions.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'remove',
      'restore',
    ]);
    expect((await me.client.get(`/api/discussion/posts/${th.id}/actions`)).json().items).toEqual(
      [],
    );
    const byCadre = await me.client.post(`/api/discussion/posts/${th.id}/events`, {
      action: 'restore',
    });
    expect(byCadre.statusCode).toBe(403);
    const byUnit = await w.as.unit_admin.post(`/api/discussion/posts/${th.id}/events`, {
      action: 'restore',
    });
    expect(byUnit.statusCode).toBe(403);
    // the thread is closed to replies while hidden
    const closed = await colleague.client.post(`/api/discussion/threads/${th.id}/replies`, {
      body: '嗯',
    });
    expect(closed.statusCode).toBe(409);
    const restored = await w.as.office.post(`/api/discussion/posts/${th.id}/events`, {
      action: 'restore',
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ state: 'visible', reportCount: 0 });
    const left = await t.db
      .select()
      .from(discussionReports)
      .where(eq(discussionReports.postId, th.id));
    expect(left).toHaveLength(0);
    expect((await colleague.client.get(`/api/discussion/threads/${th.id}`)).json()).toMatchObject({
      body: thread().body,
      concealed: null,
      reportedByMe: false,
    });
    // nothing to restore now
    const nothing = await w.as.office.post(`/api/discussion/posts/${th.id}/events`, {
      action: 'restore',
    });
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().error.message).toBe('该内容没有待处理的举报');
    const noReason = await w.as.office.post(`/api/discussion/posts/${th.id}/events`, {
      action: 'remove',
    });
    expect(noReason.statusCode).toBe(400);
    const removed = await w.as.office.post(`/api/discussion/posts/${th.id}/events`, {
      action: 'remove',
      reason: '与学习主题无关的争执',
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({
      state: 'removed',
      moderationReason: '与学习主题无关的争执',
    });
    const forOthers = (await colleague.client.get(`/api/discussion/threads/${th.id}`)).json();
    expect(forOthers).toMatchObject({ concealed: 'removed', body: null, moderationReason: null });
    const forAuthor = (await me.client.get(`/api/discussion/threads/${th.id}`)).json();
    expect(forAuthor).toMatchObject({
      body: thread().body,
      moderationReason: '与学习主题无关的争执',
    });
    const list = (await colleague.client.get('/api/discussion/threads?pageSize=200')).json();
    expect(list.items.some((i: { id: string }) => i.id === th.id)).toBe(false);
    const notes = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, me.userId));
    expect(notes.find((n) => n.title.includes('已删除'))?.body).toBe(
      '删除理由：与学习主题无关的争执',
    );
    const audit = await auditRows(t.db, { entity: 'discussion_post', entityId: th.id });
    expect(audit.map((r) => r.summary)).toEqual(
      expect.arrayContaining([`恢复 ${thread().title}`, `删除 ${thread().title}`]),
    );
    const counts = (await w.as.office.get('/api/discussion/moderation')).json().counts;
    expect(counts.removed).toBeGreaterThanOrEqual(1);
    expect((await me.client.get(`/api/discussion/posts/${th.id}/events`)).statusCode).toBe(200);
    expect((await outsider.client.get(`/api/discussion/posts/${th.id}/events`)).statusCode).toBe(
      404,
    );
  });

  it('keeps a thread whose only reply was removed: it still has a reply', async () => {
    const th = await newThread();
    const reply = (
      await colleague.client.post(`/api/discussion/threads/${th.id}/replies`, { body: '跑题了' })
    ).json();
    const removed = await w.as.office.post(`/api/discussion/posts/${reply.id}/events`, {
      action: 'remove',
      reason: '与主题无关',
    });
    expect(removed.statusCode).toBe(200);
    const view = (await me.client.get(`/api/discussion/threads/${th.id}`)).json();
    expect(view).toMatchObject({ replyCount: 0, canDelete: false });
    expect((await me.client.delete(`/api/discussion/threads/${th.id}`)).statusCode).toBe(409);
    // the removed reply is not reported again, nor edited by its author
    const again = await me.client.post(`/api/discussion/posts/${reply.id}/report`, {
      reason: 'spam',
    });
    expect(again.json().error.message).toBe('该内容已被删除，不能举报');
    const edit = await colleague.client.patch(`/api/discussion/posts/${reply.id}`, { body: 'x' });
    expect(edit.statusCode).toBe(409);
  });

  it('exports the threads the user sees as a workbook', async () => {
    const res = await me.client.get('/api/discussion/threads/export');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('学习讨论.xlsx'));
    const rows = await expectSheet(res, [
      '标题',
      '范围',
      '作者',
      '单位',
      '活动',
      '发布时间',
      '回复数',
      '最后回复',
      '状态',
      '举报次数',
      '正文',
    ]);
    expect(rows.length).toBeGreaterThan(1);
    const outsiderRows = await expectSheet(
      await outsider.client.get('/api/discussion/threads/export'),
      [
        '标题',
        '范围',
        '作者',
        '单位',
        '活动',
        '发布时间',
        '回复数',
        '最后回复',
        '状态',
        '举报次数',
        '正文',
      ],
    );
    expect(outsiderRows.slice(1).every((r) => r[1] === '全局')).toBe(true);
  });
});
