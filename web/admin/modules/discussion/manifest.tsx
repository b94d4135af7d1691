import { CommentOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { learningGroup } from '../learning/menuGroups';
import { menuPage } from '../shell/manifest';

/** 学习讨论「学习龚全珍，我该怎么做」 */
const menu = { order: 63, icon: <CommentOutlined />, group: learningGroup };
export const manifest = menuPage(
  'discussion',
  'DiscussionPage',
  'discussion.title',
  menu,
  pageRoles('discussion'),
);
