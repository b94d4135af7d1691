/** 月报 (a month, a unit or the bureau) and 活动总结 (a whole campaign, phase by phase). */
export const REPORT_KINDS = ['monthly', 'campaign_summary'] as const;
export type TReportKind = (typeof REPORT_KINDS)[number];
export const reportKindLabels: Record<TReportKind, string> = {
  monthly: '月报',
  campaign_summary: '活动总结',
};

/** The files of a report: the Word document (the form a bureau files) and the same figures in Excel. */
export const REPORT_FORMATS = ['docx', 'xlsx'] as const;
export type TReportFormat = (typeof REPORT_FORMATS)[number];
