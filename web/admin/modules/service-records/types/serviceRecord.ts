import type {
  ZServiceRecordCreateSchema,
  ZServiceRecordSchema,
  ZServiceSummarySchema,
} from '../../../../../common/service-records.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/service-records.ts); type-only, so no zod in the bundle.
export type ServiceRecord = TJson<typeof ZServiceRecordSchema>;
export type ServiceRecordInput = TJson<typeof ZServiceRecordCreateSchema>;
export type ServiceSummary = TJson<typeof ZServiceSummarySchema>;
export type { TServiceRecordKind as ServiceRecordKind } from '../../../../../common/service-record-terms.ts';
