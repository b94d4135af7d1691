import type {
  ZRectificationDetailSchema,
  ZRectificationProgressRowSchema,
  ZRectificationReminderResultSchema,
  ZRectificationSchema,
} from '../../../../../common/rectifications.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/rectifications.ts); type-only, so no zod in the bundle.
export {
  CASE_GATES,
  caseGateLabels,
  RECTIFICATION_LEN,
  RECTIFICATION_STATES,
  rectificationStateLabels,
  type TCaseGate,
  type TRectificationState,
} from '../../../../../common/rectification-terms.ts';

/** 整改事项 as the list shows it. */
export type Rectification = TJson<typeof ZRectificationSchema>;
/** The drawer's item, with the linked case's side of 销号. */
export type RectificationDetail = TJson<typeof ZRectificationDetailSchema>;
export type ProgressRow = TJson<typeof ZRectificationProgressRowSchema>;
export type ReminderResult = TJson<typeof ZRectificationReminderResultSchema>;
