import { registerReviewQueueRoute } from '../../platform/documents/documents.routes.ts';
import type { ServerModule } from '../../platform/module.ts';

/** 待我审核: the queue of documents of every kind waiting at the reader's level of review. */
export const reviewsModule: ServerModule = {
  name: 'reviews',
  routes: (app, { db }) => registerReviewQueueRoute(app, db),
};
