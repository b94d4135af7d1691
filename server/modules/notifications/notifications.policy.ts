import { ACCESS } from '../../../common/access.ts';

/** Every account reads and marks its own notifications. */
export const notificationPolicy = ACCESS.notifications;
