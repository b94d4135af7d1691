import { dateTimeInChina, monthOf, todayInChina } from '../../../common/dates.ts';
import type {
  TDiscussionLimits,
  TDiscussionModeration,
  TDiscussionPost,
  TDiscussionPostUpdate,
  TDiscussionReplyCreate,
  TDiscussionReportCreate,
  TDiscussionThread,
  TDiscussionThreadCreate,
} from '../../../common/discussion.ts';
import {
  DISCUSSION_AUDIENCE_LABELS,
  DISCUSSION_POST_STATE_LABELS,
  DISCUSSION_REPORT_REASON_LABELS,
} from '../../../common/discussion-terms.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type Actor, type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { discussionText, excelText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { takeStep } from '../../platform/workflow/engine.ts';
import { systemActor } from '../../platform/workflow/kind.ts';
import { campaignForMonth, findCampaign } from '../campaigns/campaigns.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { discussionPostKind, nameOf } from './discussion.kind.ts';
import { isModerator } from './discussion.policy.ts';
import {
  bumpReportCount,
  countReplies,
  deletePost,
  findPost,
  insertPost,
  insertReport,
  listReplies as listReplyRows,
  listReported,
  listThreads,
  lockPost,
  moderationCounts,
  type PostRow,
  reportReasonsOf,
  updatePost as updatePostRow,
} from './discussion.repo.ts';
import type {
  TModerationQuery,
  TRepliesQuery,
  TThreadFilter,
  TThreadListQuery,
} from './discussion.schemas.ts';

const SETTING_KEYS = [
  'discussion.titleMaxLength',
  'discussion.bodyMaxLength',
  'discussion.hideAfterReports',
  'discussion.editWindowMinutes',
] as const;

async function rulesOf(db: DbOrTx) {
  const s = await getSettings(db, SETTING_KEYS);
  return {
    titleMaxLength: s['discussion.titleMaxLength'],
    bodyMaxLength: s['discussion.bodyMaxLength'],
    hideAfterReports: s['discussion.hideAfterReports'],
    editWindowMinutes: s['discussion.editWindowMinutes'],
  };
}
type Rules = Awaited<ReturnType<typeof rulesOf>>;

/** `GET …/limits`: what the form shows (字数 n/max) and whether this user moderates. */
export async function limits(ctx: RequestContext): Promise<TDiscussionLimits> {
  return { ...(await rulesOf(ctx.db)), moderator: isModerator(ctx.actor) };
}

const withinWindow = (row: Pick<PostRow, 'createdAt'>, rules: Rules) =>
  Date.now() - row.createdAt.getTime() <= rules.editWindowMinutes * 60_000;

/**
 * A post as this reader sees it: hidden and removed ones without their text for everyone but the
 * moderators and the author (the web says 该内容被多人举报，正在等待审核).
 */
function view(actor: Actor, rules: Rules, row: PostRow): TDiscussionPost {
  const mine = row.authorUserId === actor.userId;
  const open = mine || isModerator(actor);
  const concealed = row.state !== 'visible' && !open ? row.state : null;
  return {
    id: row.id,
    threadId: row.threadId,
    campaignId: row.campaignId,
    audience: row.audience,
    orgId: row.orgId,
    orgName: row.orgName,
    authorUserId: row.authorUserId,
    authorName: row.authorName,
    title: concealed ? null : row.title,
    body: concealed ? null : row.body,
    concealed,
    state: row.state,
    reportCount: open ? row.reportCount : 0,
    moderationReason: open ? row.moderationReason : null,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    mine,
    canEdit: mine && row.state === 'visible' && withinWindow(row, rules),
    canDelete: mine && row.state === 'visible' && (row.threadId !== null || !row.anyReplies),
    reportedByMe: Boolean(row.reportedByMe),
  };
}

function threadView(actor: Actor, rules: Rules, row: PostRow): TDiscussionThread {
  return {
    ...view(actor, rules, row),
    campaignName: row.campaignName,
    replyCount: row.replyCount,
    lastReplyAt: row.lastReplyAt ?? null,
  };
}

async function filterOf(ctx: RequestContext, q: TThreadFilter) {
  const scope = scopeOf(ctx.actor);
  // a unit filter names a unit the user may see; another's subtree answers 404 as everywhere
  const orgPath = q.orgId ? (await requireOrgInScope(ctx.db, scope, q.orgId)).path : undefined;
  return {
    q: q.q,
    orgPath,
    campaignId: q.campaignId,
    audience: q.audience,
    authorUserId: q.mine ? ctx.actor.userId : undefined,
    withRemoved: isModerator(ctx.actor),
  };
}

export async function list(ctx: RequestContext, q: TThreadListQuery) {
  const [rules, f] = await Promise.all([rulesOf(ctx.db), filterOf(ctx, q)]);
  const { items, total } = await listThreads(ctx.db, scopeOf(ctx.actor), ctx.actor, f, pageOf(q));
  return { items: items.map((r) => threadView(ctx.actor, rules, r)), total };
}

const EXPORT_LIMIT = 100_000;

/** 学习讨论: the filtered threads as a workbook (concealed ones without their text). */
export async function exportXlsx(ctx: RequestContext, q: TThreadFilter): Promise<Buffer> {
  const rules = await rulesOf(ctx.db);
  const { items } = await listThreads(
    ctx.db,
    scopeOf(ctx.actor),
    ctx.actor,
    await filterOf(ctx, q),
    {
      limit: EXPORT_LIMIT,
      offset: 0,
    },
  );
  const rows = items.map((r) => threadView(ctx.actor, rules, r));
  const X = excelText.discussion;
  const at = (d: Date | null) => (d ? dateTimeInChina(d) : '');
  const columns: Column<TDiscussionThread>[] = [
    { header: X.columns.title, width: 30, value: (t) => t.title ?? '' },
    { header: X.columns.audience, width: 8, value: (t) => DISCUSSION_AUDIENCE_LABELS[t.audience] },
    { header: X.columns.author, value: (t) => t.authorName },
    { header: X.columns.org, width: 24, value: (t) => t.orgName },
    { header: X.columns.campaign, width: 24, value: (t) => t.campaignName ?? '' },
    { header: X.columns.createdAt, width: 18, value: (t) => at(t.createdAt) },
    { header: X.columns.replies, width: 8, value: (t) => t.replyCount },
    { header: X.columns.lastReplyAt, width: 18, value: (t) => at(t.lastReplyAt) },
    { header: X.columns.state, width: 8, value: (t) => DISCUSSION_POST_STATE_LABELS[t.state] },
    { header: X.columns.reports, width: 8, value: (t) => t.reportCount },
    { header: X.columns.body, width: 60, value: (t) => t.body ?? '' },
  ];
  return buildSheet(X.sheet, columns, rows);
}

async function postOr404(db: DbOrTx, actor: Actor, id: string, thread?: boolean) {
  const row = await findPost(db, scopeOf(actor), actor, id);
  if (!row || (thread && row.threadId !== null)) throw notFound();
  return row;
}

export async function get(ctx: RequestContext, id: string): Promise<TDiscussionThread> {
  const [rules, row] = await Promise.all([rulesOf(ctx.db), postOr404(ctx.db, ctx.actor, id, true)]);
  return threadView(ctx.actor, rules, row);
}

async function getPost(ctx: RequestContext, id: string): Promise<TDiscussionPost> {
  const [rules, row] = await Promise.all([rulesOf(ctx.db), postOr404(ctx.db, ctx.actor, id)]);
  return view(ctx.actor, rules, row);
}

/** The settings' length limits, refused in words under the field. */
function checkLengths(
  rules: Rules,
  input: { title?: string | undefined; body?: string | undefined },
) {
  const checks = [
    {
      field: 'title',
      label: discussionText.fields.title,
      value: input.title,
      max: rules.titleMaxLength,
    },
    {
      field: 'body',
      label: discussionText.fields.body,
      value: input.body,
      max: rules.bodyMaxLength,
    },
  ] as const;
  for (const c of checks) {
    if (c.value !== undefined && c.value.length > c.max) {
      throw new AppError(
        'DISCUSSION_TOO_LONG',
        { label: c.label, max: c.max, length: c.value.length },
        [{ field: c.field }],
      );
    }
  }
}

function unitOf(actor: Actor): string {
  if (!actor.orgId) throw new AppError('DISCUSSION_NO_UNIT');
  return actor.orgId;
}

/** The campaign a thread belongs to: the one asked for, else the one running now (or none). */
async function campaignOf(db: DbOrTx, campaignId: string | undefined) {
  if (campaignId) {
    const c = await findCampaign(db, campaignId);
    if (!c) throw new AppError('NOT_FOUND.discussionCampaign');
    return c.id;
  }
  return (await campaignForMonth(db, monthOf(todayInChina())))?.id ?? null;
}

export async function createThread(
  ctx: RequestContext,
  input: TDiscussionThreadCreate,
): Promise<TDiscussionThread> {
  const rules = await rulesOf(ctx.db);
  checkLengths(rules, input);
  const orgId = unitOf(ctx.actor);
  const id = await inTransaction(ctx.db, async (tx) => {
    const campaignId = await campaignOf(tx, input.campaignId);
    const postId = await insertPost(tx, {
      campaignId,
      threadId: null,
      orgId,
      audience: input.audience,
      authorUserId: ctx.actor.userId,
      authorCadreId: ctx.actor.cadreId,
      title: input.title,
      body: input.body,
    });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'discussion_post',
      entityId: postId,
      summary: auditText.discussionPost.createThread(input.title),
      after: { ...input, campaignId, orgId },
    });
    return postId;
  });
  return get(ctx, id);
}

export async function listReplies(ctx: RequestContext, threadId: string, q: TRepliesQuery) {
  const [rules] = await Promise.all([
    rulesOf(ctx.db),
    postOr404(ctx.db, ctx.actor, threadId, true),
  ]);
  const { items, total } = await listReplyRows(ctx.db, ctx.actor, threadId, pageOf(q));
  return { items: items.map((r) => view(ctx.actor, rules, r)), total };
}

export async function createReply(
  ctx: RequestContext,
  threadId: string,
  input: TDiscussionReplyCreate,
): Promise<TDiscussionPost> {
  const rules = await rulesOf(ctx.db);
  checkLengths(rules, input);
  const orgId = unitOf(ctx.actor);
  const id = await inTransaction(ctx.db, async (tx) => {
    const thread = await lockPost(tx, scopeOf(ctx.actor), ctx.actor, threadId);
    if (!thread || thread.threadId !== null) throw notFound();
    if (thread.state !== 'visible') throw new AppError('DISCUSSION_CLOSED');
    const postId = await insertPost(tx, {
      campaignId: thread.campaignId,
      threadId,
      orgId,
      audience: thread.audience,
      authorUserId: ctx.actor.userId,
      authorCadreId: ctx.actor.cadreId,
      title: null,
      body: input.body,
    });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'discussion_post',
      entityId: postId,
      summary: auditText.discussionPost.createReply(thread.title ?? ''),
      after: { threadId, body: input.body, orgId },
    });
    return postId;
  });
  return getPost(ctx, id);
}

/** The author's own post, still shown, locked for a change. */
async function ownPost(tx: Tx, actor: Actor, id: string, thread: boolean | undefined) {
  const row = await lockPost(tx, scopeOf(actor), actor, id);
  if (!row || (thread === true && row.threadId !== null)) throw notFound();
  if (thread === false && row.threadId === null) throw notFound();
  if (row.authorUserId !== actor.userId) throw new AppError('DISCUSSION_NOT_OWN');
  if (row.state !== 'visible') throw new AppError('DISCUSSION_CLOSED.edit');
  return row;
}

const describe = (row: PostRow) =>
  auditText.discussionPost.name(
    row.threadId ? row.threadTitle : (row.title ?? ''),
    row.threadId !== null,
  );

/** 修改: the author, within the setting's minutes after posting. */
async function edit(
  ctx: RequestContext,
  id: string,
  patch: TDiscussionPostUpdate,
  thread: boolean | undefined,
) {
  const rules = await rulesOf(ctx.db);
  checkLengths(rules, patch);
  await inTransaction(ctx.db, async (tx) => {
    const before = await ownPost(tx, ctx.actor, id, thread);
    if (!withinWindow(before, rules)) {
      throw new AppError('DISCUSSION_EDIT_WINDOW', { minutes: rules.editWindowMinutes });
    }
    const title = before.threadId === null ? patch.title : undefined;
    await updatePostRow(tx, id, { title, body: patch.body, editedAt: new Date() });
    await audit(tx, ctx, {
      action: 'update',
      entity: 'discussion_post',
      entityId: id,
      summary: auditText.discussionPost.update(describe(before)),
      before: { title: before.title, body: before.body },
      after: { title: title ?? before.title, body: patch.body ?? before.body },
    });
  });
}

export async function updateThread(ctx: RequestContext, id: string, patch: TDiscussionPostUpdate) {
  await edit(ctx, id, patch, true);
  return get(ctx, id);
}

export async function updateReply(ctx: RequestContext, id: string, patch: TDiscussionPostUpdate) {
  await edit(ctx, id, patch, false);
  return getPost(ctx, id);
}

/** 删除: the author, a thread only while nobody has replied. */
async function remove(ctx: RequestContext, id: string, thread: boolean) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await ownPost(tx, ctx.actor, id, thread);
    if (before.threadId === null && (await countReplies(tx, id)) > 0) {
      throw new AppError('DISCUSSION_HAS_REPLIES');
    }
    await deletePost(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'discussion_post',
      entityId: id,
      summary: auditText.discussionPost.delete(describe(before)),
      before,
    });
  });
}

export const removeThread = (ctx: RequestContext, id: string) => remove(ctx, id, true);
export const removeReply = (ctx: RequestContext, id: string) => remove(ctx, id, false);

/**
 * 举报: once per person (the key; two at once count once), never one's own; at the setting's
 * count the system takes the kind's 隐藏待审核 step in the same transaction (Decidim's CreateReport:
 * count + 1, hide when it reaches `max_reports_before_hiding` and is not hidden yet).
 */
async function report(
  ctx: RequestContext,
  id: string,
  input: TDiscussionReportCreate,
  thread: boolean,
) {
  const rules = await rulesOf(ctx.db);
  return inTransaction(ctx.db, async (tx) => {
    const post = await lockPost(tx, scopeOf(ctx.actor), ctx.actor, id);
    if (!post || (thread && post.threadId !== null) || (!thread && post.threadId === null)) {
      throw notFound();
    }
    if (post.authorUserId === ctx.actor.userId) throw new AppError('DISCUSSION_REPORT_OWN');
    if (post.state === 'removed') throw new AppError('DISCUSSION_REPORTED.removed');
    if (post.state === 'hidden') throw new AppError('DISCUSSION_REPORTED.pending');
    const inserted = await insertReport(tx, {
      postId: id,
      userId: ctx.actor.userId,
      reason: input.reason,
      note: input.note,
    });
    if (!inserted) throw new AppError('DISCUSSION_REPORTED');
    const reportCount = await bumpReportCount(tx, id);
    await audit(tx, ctx, {
      action: 'create',
      entity: 'discussion_report',
      entityId: id,
      summary: auditText.discussionReport.create(
        describe(post),
        DISCUSSION_REPORT_REASON_LABELS[input.reason],
        reportCount,
      ),
      after: { reason: input.reason, note: input.note, reportCount },
    });
    const hide = reportCount >= rules.hideAfterReports;
    if (hide) {
      await takeStep(
        tx,
        { actor: systemActor(discussionText.system), ip: ctx.ip },
        discussionPostKind,
        id,
        {
          action: 'hide',
        },
      );
    }
    return { reportCount, hidden: hide };
  });
}

export const reportThread = (ctx: RequestContext, id: string, input: TDiscussionReportCreate) =>
  report(ctx, id, input, true);
export const reportReply = (ctx: RequestContext, id: string, input: TDiscussionReportCreate) =>
  report(ctx, id, input, false);

/** 审核: the counts and the reported posts (hidden ones first), their text in full. */
export async function moderation(
  ctx: RequestContext,
  q: TModerationQuery,
): Promise<TDiscussionModeration> {
  const [rules, counts, page] = await Promise.all([
    rulesOf(ctx.db),
    moderationCounts(ctx.db),
    listReported(ctx.db, ctx.actor, pageOf(q)),
  ]);
  const reasons = await reportReasonsOf(
    ctx.db,
    page.items.map((r) => r.id),
  );
  const items = page.items.map((r) => {
    const mine = reasons.filter((x) => x.postId === r.id);
    const last = mine.reduce<Date | null>(
      (a, x) => (!a || (x.last && x.last > a) ? x.last : a),
      null,
    );
    return {
      ...view(ctx.actor, rules, r),
      threadTitle: r.threadTitle,
      reasons: mine.map((x) => ({ reason: x.reason, count: x.n })),
      lastReportedAt: last,
    };
  });
  return { counts, items, total: page.total };
}

/** What `POST …/posts/{id}/events` answers: the post as the moderator now sees it. */
export async function viewAfterStep(ctx: RequestContext, record: unknown) {
  return view(ctx.actor, await rulesOf(ctx.db), record as PostRow);
}

/** A post's name for notices and the audit log. */
export { nameOf };
