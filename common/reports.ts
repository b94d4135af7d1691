import { text } from './fields.ts';
import { listOf, ZDateTimeSchema, ZMonthSchema, ZPageQuerySchema } from './paging.ts';
import { REPORT_FORMATS, REPORT_KINDS } from './report-terms.ts';
import { z } from './zod.ts';

export * from './report-terms.ts';

/** One generated report as the 报告 list shows it. */
export const ZReportSchema = z.object({
  id: z.uuid(),
  kind: z.enum(REPORT_KINDS),
  title: z.string(),
  month: ZMonthSchema.nullable(),
  campaignId: z.uuid().nullable(),
  campaignName: z.string().nullable(),
  orgId: z.uuid().nullable().describe('null 为全局报告'),
  orgName: z.string().nullable(),
  generatedBy: z.uuid().nullable().describe('null 为每月 1 日自动生成'),
  generatedByName: z.string().nullable(),
  createdAt: ZDateTimeSchema,
});
export type TReport = z.infer<typeof ZReportSchema>;

export const ZReportFilterSchema = z.object({
  q: text('关键词', 100).optional().describe('标题包含'),
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  kind: z.enum(REPORT_KINDS).optional(),
});
export type TReportFilter = z.infer<typeof ZReportFilterSchema>;

export const ZReportListQuerySchema = ZPageQuerySchema.extend(ZReportFilterSchema.shape);
export type TReportListQuery = z.infer<typeof ZReportListQuerySchema>;
export const ZReportListSchema = listOf(ZReportSchema);

const format = z.enum(REPORT_FORMATS).default('docx').describe('docx（Word）或 xlsx（Excel）');

export const ZReportFileQuerySchema = z.object({ format });
export type TReportFileQuery = z.infer<typeof ZReportFileQuerySchema>;

/** GET /api/reports/monthly: makes the month's report from today's figures, records it, sends the file. */
export const ZMonthlyReportQuerySchema = z.object({
  month: ZMonthSchema,
  orgId: z.uuid().optional().describe('单位；缺省为全局（单位管理员为本单位）'),
  format,
});
export type TMonthlyReportQuery = z.infer<typeof ZMonthlyReportQuerySchema>;

/** GET /api/reports/campaign-summary: the whole campaign, phase by phase (活动总结). */
export const ZCampaignSummaryQuerySchema = z.object({
  campaignId: z.uuid('请选择活动'),
  orgId: z.uuid().optional().describe('单位；缺省为全局（单位管理员为本单位）'),
  format,
});
export type TCampaignSummaryQuery = z.infer<typeof ZCampaignSummaryQuerySchema>;
