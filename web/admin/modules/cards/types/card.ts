import type {
  ZCadreCardSchema,
  ZCadreCardUpdateSchema,
  ZCardRecordCreateSchema,
  ZCardRecordListSchema,
  ZCardRecordSchema,
} from '../../../../../common/cards.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/cards.ts); type-only, so no zod in the bundle.
export type { TCardRecordKind as CardRecordKind } from '../../../../../common/card-terms.ts';
/** 干群连心卡 as it prints */
export type CadreCard = TJson<typeof ZCadreCardSchema>;
export type CadreCardInput = TJson<typeof ZCadreCardUpdateSchema>;
/** 印制 / 发放 */
export type CardRecord = TJson<typeof ZCardRecordSchema>;
export type CardRecordList = TJson<typeof ZCardRecordListSchema>;
export type CardRecordInput = TJson<typeof ZCardRecordCreateSchema>;
