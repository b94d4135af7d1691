import type {
  ZMaterialCreateSchema,
  ZMaterialDistributionSchema,
  ZMaterialReceiptSchema,
  ZMaterialReminderResultSchema,
  ZMaterialSchema,
  ZMaterialSendSchema,
  ZMaterialUpdateSchema,
  ZMaterialViewSchema,
} from '../../../../../common/materials.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/materials.ts); type-only, so no zod in the bundle.
export {
  MATERIAL_KINDS as materialKinds,
  type TMaterialKind as MaterialKind,
} from '../../../../../common/materials-terms.ts';

/** 学习资料, with the reader's counts and his own mark */
export type Material = TJson<typeof ZMaterialSchema>;
export type MaterialInput = TJson<typeof ZMaterialCreateSchema>;
export type MaterialPatch = TJson<typeof ZMaterialUpdateSchema>;
/** 发放 to one unit, with its receipt */
export type Sending = TJson<typeof ZMaterialDistributionSchema>;
export type SendInput = TJson<typeof ZMaterialSendSchema>;
export type ReceiptInput = TJson<typeof ZMaterialReceiptSchema>;
export type ReminderResult = TJson<typeof ZMaterialReminderResultSchema>;
export type MaterialView = TJson<typeof ZMaterialViewSchema>;
