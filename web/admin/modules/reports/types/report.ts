import type { ZReportSchema } from '../../../../../common/reports.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/reports.ts); type-only, so no zod in the bundle.
export {
  REPORT_FORMATS,
  REPORT_KINDS,
  reportKindLabels,
  type TReportFormat,
  type TReportKind,
} from '../../../../../common/report-terms.ts';

/** 月报 or 活动总结 as the list shows it. */
export type Report = TJson<typeof ZReportSchema>;
