import type { ServerModule } from '../../platform/module.ts';
import { outboxSenders } from './channels.jobs.ts';
import { registerChannelRoutes } from './channels.routes.ts';
import { deliverPending, sweepOldReceiptCounts } from './outbox.service.ts';

export const channelsModule: ServerModule = {
  name: 'channels',
  routes: registerChannelRoutes,
  jobs: ({ db, config }) => {
    const senders = outboxSenders(config);
    return [
      // receipt counts of past days (the caps count today's only)
      { name: 'sweep-receipt-counts', run: () => sweepOldReceiptCounts(db) },
      // the outbox goes out promptly (every ~30 s), never inside a request's transaction
      {
        name: 'outbox',
        everyMs: config.outboxIntervalMs,
        run: () => deliverPending(db, senders),
        close: () => senders.mail?.close(),
      },
    ];
  },
};
