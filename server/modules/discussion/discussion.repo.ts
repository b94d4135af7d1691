import { and, count, desc, eq, gt, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDiscussionReportReason } from '../../../common/discussion-terms.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  cadres,
  campaigns,
  discussionPosts,
  discussionReports,
  orgs,
  users,
} from '../../db/schema/index.ts';
import type { Actor } from '../../platform/access.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeWhere } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

const p = discussionPosts;
/** the thread a post belongs to (itself for a thread): its audience and unit decide who sees it */
const root = alias(discussionPosts, 'root');
const rootOrg = alias(orgs, 'root_org');

/**
 * Who reads a post: anyone for a bureau-wide thread; for a unit thread, those whose scope holds
 * the thread's unit (bureau-wide roles, the unit's overseers above it) and those inside the unit's
 * subtree (`alsoAncestors`: a branch's cadre reads the threads of his unit above). Undefined = all.
 */
function visibleTo(scope: Scope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  return or(
    eq(root.audience, 'bureau'),
    scopeWhere({ ...scope, alsoAncestors: true }, rootOrg.path),
  );
}

const replies = sql`(select count(*) from discussion_posts r where r.thread_id = ${p.id} and r.state <> 'removed')`;

const columns = (readerId: string) => ({
  id: p.id,
  threadId: p.threadId,
  campaignId: p.campaignId,
  campaignName: campaigns.name,
  audience: root.audience,
  orgId: p.orgId,
  orgName: orgs.name,
  authorUserId: p.authorUserId,
  authorName: sql<string>`coalesce(${cadres.name}, ${users.name})`,
  title: p.title,
  threadTitle: sql<string>`coalesce(${root.title}, '')`,
  body: p.body,
  state: p.state,
  reportCount: p.reportCount,
  moderationReason: p.moderationReason,
  moderatedAt: p.moderatedAt,
  createdAt: p.createdAt,
  editedAt: p.editedAt,
  replyCount: sql<number>`${replies}`.mapWith(Number),
  /** every reply, removed ones too: a thread with any is not deleted */
  anyReplies: sql<boolean>`exists (select 1 from discussion_posts r where r.thread_id = ${p.id})`,
  lastReplyAt:
    sql`(select max(r.created_at) from discussion_posts r where r.thread_id = ${p.id} and r.state <> 'removed')`.mapWith(
      p.createdAt,
    ),
  reportedByMe: sql<boolean>`exists (select 1 from discussion_reports d where d.post_id = ${p.id} and d.user_id = ${readerId})`,
});

const from = (db: DbOrTx, readerId: string) =>
  db
    .select(columns(readerId))
    .from(p)
    .innerJoin(root, eq(root.id, sql`coalesce(${p.threadId}, ${p.id})`))
    .innerJoin(rootOrg, eq(rootOrg.id, root.orgId))
    .innerJoin(orgs, eq(orgs.id, p.orgId))
    .innerJoin(users, eq(users.id, p.authorUserId))
    .leftJoin(cadres, eq(cadres.id, p.authorCadreId))
    .leftJoin(campaigns, eq(campaigns.id, root.campaignId));

export type PostRow = Awaited<ReturnType<typeof findPost>> & {};

export type ThreadFilter = {
  q?: string;
  orgPath?: string;
  campaignId?: string;
  audience?: 'unit' | 'bureau';
  authorUserId?: string;
  /** also removed threads (moderators; the author sees his own) */
  withRemoved: boolean;
};

function threadWhere(scope: Scope, reader: Actor, f: ThreadFilter) {
  return and(
    isNull(p.threadId),
    visibleTo(scope),
    f.orgPath ? scopeWhere({ kind: 'subtree', path: f.orgPath }, rootOrg.path) : undefined,
    f.campaignId ? eq(p.campaignId, f.campaignId) : undefined,
    f.audience ? eq(p.audience, f.audience) : undefined,
    f.authorUserId ? eq(p.authorUserId, f.authorUserId) : undefined,
    f.withRemoved ? undefined : or(ne(p.state, 'removed'), eq(p.authorUserId, reader.userId)),
    textSearch(f.q, p.title, p.body),
  );
}

export function listThreads(db: DbOrTx, scope: Scope, reader: Actor, f: ThreadFilter, page: Page) {
  const where = threadWhere(scope, reader, f);
  const total = db
    .select({ n: count() })
    .from(p)
    .innerJoin(root, eq(root.id, p.id))
    .innerJoin(rootOrg, eq(rootOrg.id, root.orgId))
    .where(where);
  return listPage(
    from(db, reader.userId)
      .where(where)
      .orderBy(
        desc(
          sql`coalesce((select max(r.created_at) from discussion_posts r where r.thread_id = ${p.id}), ${p.createdAt})`,
        ),
        desc(p.id),
      ),
    page,
    total,
  );
}

/** One post (thread or reply) the reader may see. */
export function findPost(db: DbOrTx, scope: Scope, reader: { userId: string }, id: string) {
  return firstRow(from(db, reader.userId).where(and(eq(p.id, id), visibleTo(scope))));
}

/** The same row locked for the rest of `tx` (the thread's visibility checked first). */
export async function lockPost(tx: Tx, scope: Scope, reader: { userId: string }, id: string) {
  const row = await findPost(tx, scope, reader, id);
  if (!row) return undefined;
  await tx.select({ id: p.id }).from(p).where(eq(p.id, id)).for('update');
  return findPost(tx, scope, reader, id);
}

export function listReplies(db: DbOrTx, reader: { userId: string }, threadId: string, page: Page) {
  const where = eq(p.threadId, threadId);
  return listPage(
    from(db, reader.userId).where(where).orderBy(p.createdAt, p.id),
    page,
    db.select({ n: count() }).from(p).where(where),
  );
}

export async function countReplies(db: DbOrTx, threadId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(p).where(eq(p.threadId, threadId));
  return row?.n ?? 0;
}

const postRows = rowsById(discussionPosts);
export const insertPost = postRows.insert;
export const updatePost = postRows.set;
export const deletePost = postRows.remove;

/** The moderation step's write: only while the post is still in state `from`. */
export async function writeModeration(
  tx: Tx,
  id: string,
  from: string,
  set: Partial<typeof discussionPosts.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(p)
    .set(set)
    .where(and(eq(p.id, id), sql`${p.state} = ${from}`))
    .returning({ id: p.id });
  return rows.length > 0;
}

/** One report; false when this user has reported the post already (two at once count once). */
export async function insertReport(
  tx: Tx,
  row: { postId: string; userId: string; reason: TDiscussionReportReason; note: string },
): Promise<boolean> {
  const rows = await tx
    .insert(discussionReports)
    .values(row)
    .onConflictDoNothing({ target: [discussionReports.postId, discussionReports.userId] })
    .returning({ postId: discussionReports.postId });
  return rows.length > 0;
}

/** Adds one to the post's report count; the new count. */
export async function bumpReportCount(tx: Tx, id: string): Promise<number> {
  const [row] = await tx
    .update(p)
    .set({ reportCount: sql`${p.reportCount} + 1` })
    .where(eq(p.id, id))
    .returning({ n: p.reportCount });
  return row?.n ?? 0;
}

/** Clears a post's reports (恢复: as Decidim's unreport does). The number cleared. */
export async function clearReports(tx: Tx, id: string): Promise<number> {
  const rows = await tx
    .delete(discussionReports)
    .where(eq(discussionReports.postId, id))
    .returning({ postId: discussionReports.postId });
  return rows.length;
}

// --- moderation ---

/** Posts with reports pending or hidden pending review, most reported first. */
export function listReported(db: DbOrTx, reader: { userId: string }, page: Page) {
  const where = and(ne(p.state, 'removed'), or(gt(p.reportCount, 0), eq(p.state, 'hidden')));
  return listPage(
    from(db, reader.userId)
      .where(where)
      .orderBy(desc(sql`${p.state} = 'hidden'`), desc(p.reportCount), desc(p.updatedAt)),
    page,
    db.select({ n: count() }).from(p).where(where),
  );
}

export function reportReasonsOf(db: DbOrTx, postIds: string[]) {
  if (postIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      postId: discussionReports.postId,
      reason: discussionReports.reason,
      n: count(),
      last: sql`max(${discussionReports.createdAt})`.mapWith(discussionReports.createdAt),
    })
    .from(discussionReports)
    .where(sql`${discussionReports.postId} in ${postIds}`)
    .groupBy(discussionReports.postId, discussionReports.reason);
}

/** 审核概况: reported (pending, still shown), hidden, restored, removed — over all posts. */
export async function moderationCounts(db: DbOrTx) {
  const n = (where: SQL | undefined) =>
    sql<number>`count(*) filter (where ${where})`.mapWith(Number);
  const [row] = await db
    .select({
      reported: n(and(eq(p.state, 'visible'), gt(p.reportCount, 0))),
      hidden: n(eq(p.state, 'hidden')),
      restored: n(and(eq(p.state, 'visible'), isNotNull(p.moderatedAt))),
      removed: n(eq(p.state, 'removed')),
    })
    .from(p);
  return row ?? { reported: 0, hidden: 0, restored: 0, removed: 0 };
}
