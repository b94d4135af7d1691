import type { ServerModule } from '../../platform/module.ts';
import { registerDiscussionRoutes } from './discussion.routes.ts';

export const discussionModule: ServerModule = {
  name: 'discussion',
  routes: registerDiscussionRoutes,
};
