export {
  ZRectificationCreateSchema,
  ZRectificationDetailSchema,
  ZRectificationFilterSchema,
  ZRectificationListQuerySchema,
  ZRectificationListSchema,
  ZRectificationProgressQuerySchema,
  ZRectificationProgressSchema,
  ZRectificationReminderResultSchema,
  ZRectificationReminderSchema,
  ZRectificationSchema,
  ZRectificationUpdateSchema,
} from '../../../common/rectifications.ts';
