import { ACCESS } from '../../../common/access.ts';
import {
  DISCUSSION_POST_STATE_LABELS,
  type TDiscussionPostState,
} from '../../../common/discussion-terms.ts';
import type { Tx } from '../../db/client.ts';
import { discussionText } from '../../platform/i18n/zh-CN.ts';
import { sharedEvents } from '../../platform/workflow/events.repo.ts';
import {
  defineKind,
  isExternal,
  type StepArgs,
  type StepHook,
} from '../../platform/workflow/kind.ts';
import { notify } from '../notifications/notifications.service.ts';
import {
  clearReports,
  findPost,
  lockPost,
  type PostRow,
  writeModeration,
} from './discussion.repo.ts';

/** No signed-in reader (the system's hide step): nobody has reported as him. */
const NOBODY = { userId: '00000000-0000-0000-0000-000000000000' };

/** How a notice names a post: a thread by its title, a reply by its first words. */
export const nameOf = (r: Pick<PostRow, 'title' | 'body'>) =>
  r.title ?? discussionText.excerpt(r.body);

/** The author is told what happened to his post, in-app. */
const tellAuthor =
  (title: (what: string) => string, body?: (fields: Record<string, unknown>) => string) =>
  async (tx: Tx, { record, fields }: { record: PostRow; fields: Record<string, unknown> }) => {
    await notify(tx, [
      {
        userId: record.authorUserId,
        kind: 'info',
        title: title(nameOf(record)),
        body: body?.(fields) ?? '',
        link: `/discussion?view=${record.threadId ?? record.id}`,
      },
    ]);
  };

const MODERATORS = ACCESS.discussion.moderate;

/** Who moderated and when, written with the step (the system's hide names nobody). */
const moderated = async (_tx: Tx, { ctx, fields }: StepArgs<PostRow, TDiscussionPostState>) => {
  const by = isExternal(ctx.actor) ? null : ctx.actor.userId;
  return {
    set: {
      moderatedBy: by,
      moderatedAt: new Date(),
      moderationReason: (fields.reason as string | undefined) ?? null,
    },
  };
};

const clearTheReports: StepHook<PostRow, TDiscussionPostState> = async (tx, { record }) => {
  await clearReports(tx, record.id);
};

/**
 * 学习讨论's moderation as steps on a post (Decidim's Reportable/Moderation, as data): 隐藏 by the
 * system when the reports reach the setting (or by a moderator), 恢复 (clears the reports, shows
 * it again) and 删除 (with a reason kept) by the office. The author is told in-app.
 */
export const discussionPostKind = defineKind<PostRow, TDiscussionPostState, never, 'reason'>({
  name: 'discussion_post',
  label: discussionText.kind,
  auditEntity: 'discussion_post',
  states: DISCUSSION_POST_STATE_LABELS,
  relations: {},
  fields: { reason: { label: discussionText.reason, type: 'textarea', maxLength: 500 } },
  steps: [
    {
      action: 'hide',
      label: '隐藏待审核',
      from: ['visible'],
      to: 'hidden',
      who: [{ external: 'system' }, { roles: MODERATORS }],
      optional: ['reason'],
      public: false,
      hooks: [tellAuthor(discussionText.hiddenTitle)],
    },
    {
      action: 'restore',
      label: '恢复',
      from: ['hidden', 'visible'],
      to: 'visible',
      who: [{ roles: MODERATORS }],
      optional: ['reason'],
      public: false,
      // a visible post is restored only to clear the reports it has
      guard: {
        test: (r) => r.state === 'hidden' || r.reportCount > 0,
        key: 'WORKFLOW_STEP.discussionNoReports',
      },
      compute: async (tx, args) => {
        const extra = await moderated(tx, args);
        return {
          set: { ...extra.set, reportCount: 0 },
          note: args.record.reportCount
            ? discussionText.clearedReports(args.record.reportCount)
            : '',
        };
      },
      hooks: [clearTheReports, tellAuthor(discussionText.restoredTitle)],
    },
    {
      action: 'remove',
      label: '删除',
      from: ['visible', 'hidden'],
      to: 'removed',
      who: [{ roles: MODERATORS }],
      needs: ['reason'],
      public: false,
      compute: moderated,
      hooks: [
        tellAuthor(discussionText.removedTitle, (f) =>
          discussionText.removedBody(String(f.reason)),
        ),
      ],
    },
  ],
  store: {
    find: async (db, scope, id, reader) =>
      (await findPost(db, scope, reader ?? NOBODY, id)) ?? null,
    lock: async (tx, scope, id, reader) =>
      (await lockPost(tx, scope, reader ?? NOBODY, id)) ?? null,
    stateOf: (r) => r.state,
    async write(tx, r, change) {
      const f = change.fields;
      const set = {
        state: change.state,
        ...('reportCount' in f ? { reportCount: f.reportCount as number } : {}),
        ...('moderatedAt' in f
          ? {
              moderatedBy: f.moderatedBy as string | null,
              moderatedAt: f.moderatedAt as Date,
              moderationReason: f.moderationReason as string | null,
            }
          : {}),
      };
      if (!(await writeModeration(tx, r.id, change.from, set))) return null;
      return (await findPost(tx, { kind: 'all' }, NOBODY, r.id)) ?? null;
    },
    ...sharedEvents('discussion_post'),
  },
  idOf: (r) => r.id,
  describe: (r) => nameOf(r),
});
