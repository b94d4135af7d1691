import { ACCESS, may } from '../../../common/access.ts';
import type { Actor } from '../../platform/access.ts';

/** 学习讨论: everyone reads his part; staff post, reply and report; the office moderates. */
export const discussionPolicy = ACCESS.discussion;

/** 审核: restore or remove a reported post, see the 待审核 list and the counts. */
export const moderationPolicy = {
  read: ACCESS.discussion.moderate,
  write: ACCESS.discussion.moderate,
};

export const isModerator = (actor: Pick<Actor, 'role'>) =>
  may(ACCESS.discussion.moderate, actor.role);
