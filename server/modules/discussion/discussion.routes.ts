import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { registerWorkflowRoutes } from '../../platform/workflow/routes.ts';
import { discussionPostKind } from './discussion.kind.ts';
import { discussionPolicy, moderationPolicy } from './discussion.policy.ts';
import * as schemas from './discussion.schemas.ts';
import * as service from './discussion.service.ts';

export function registerDiscussionRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const threads = resourceRoutes(app, db, 'discussion/threads', discussionPolicy, {
    tag: 'discussion',
  });
  threads.list(schemas.ZThreadListQuerySchema, schemas.ZDiscussionThreadListSchema, service.list);
  threads.exportXlsx(schemas.ZThreadFilterSchema, service.exportXlsx);
  threads.view(
    'limits',
    schemas.ZEmptyQuerySchema,
    schemas.ZDiscussionLimitsSchema,
    service.limits,
  );
  threads.get(schemas.ZDiscussionThreadSchema, service.get);
  threads.create(
    schemas.ZDiscussionThreadCreateSchema,
    schemas.ZDiscussionThreadSchema,
    service.createThread,
  );
  threads.update(
    schemas.ZDiscussionPostUpdateSchema,
    schemas.ZDiscussionThreadSchema,
    service.updateThread,
  );
  threads.remove(service.removeThread);
  const replies = threads.children('replies');
  replies.list(schemas.ZRepliesQuerySchema, schemas.ZDiscussionPostListSchema, service.listReplies);
  replies.create(
    schemas.ZDiscussionReplyCreateSchema,
    schemas.ZDiscussionPostSchema,
    service.createReply,
  );
  threads.action(
    'report',
    schemas.ZDiscussionReportCreateSchema,
    schemas.ZDiscussionReportResultSchema,
    service.reportThread,
    201,
  );

  // a reply by its own id: edit, delete, report
  const posts = resourceRoutes(app, db, 'discussion/posts', discussionPolicy, {
    tag: 'discussion',
  });
  posts.update(
    schemas.ZDiscussionPostUpdateSchema,
    schemas.ZDiscussionPostSchema,
    service.updateReply,
  );
  posts.remove(service.removeReply);
  posts.action(
    'report',
    schemas.ZDiscussionReportCreateSchema,
    schemas.ZDiscussionReportResultSchema,
    service.reportReply,
    201,
  );

  // 审核: the counts and the reported posts; the steps on a post (恢复, 删除) are the workflow's
  const moderation = resourceRoutes(app, db, 'discussion/moderation', moderationPolicy, {
    tag: 'discussion',
  });
  moderation.list(
    schemas.ZModerationQuerySchema,
    schemas.ZDiscussionModerationSchema,
    service.moderation,
  );
  registerWorkflowRoutes(app, {
    db,
    kind: discussionPostKind,
    prefix: '/api/discussion/posts',
    tags: ['discussion'],
    policy: { read: discussionPolicy.read, act: discussionPolicy.moderate },
    record: { schema: schemas.ZDiscussionPostSchema, view: service.viewAfterStep },
  });
}
