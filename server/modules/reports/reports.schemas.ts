export {
  ZCampaignSummaryQuerySchema,
  ZMonthlyReportQuerySchema,
  ZReportFileQuerySchema,
  ZReportFilterSchema,
  ZReportListQuerySchema,
  ZReportListSchema,
  ZReportSchema,
} from '../../../common/reports.ts';
