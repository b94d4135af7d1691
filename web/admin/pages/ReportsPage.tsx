import { FileAddOutlined, FileDoneOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ACCESS, may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  downloadReport,
  generateCampaignSummary,
  generateMonthly,
  REPORTS_PATH,
  reportKeys,
} from '../modules/reports/api/reportsApi';
import {
  monthlyForm,
  reportColumns,
  reportFilters,
  summaryForm,
} from '../modules/reports/components/reportFields';
import type { Report, TReportFormat } from '../modules/reports/types/report';
import { errorMessage } from '../ui/errors';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useInvalidate } from '../ui/list/mutations';
import { useList } from '../ui/list/useList';

const R = 'reports' as const;

type MonthlyValues = { month: Dayjs | string; orgId?: string; format: TReportFormat };
type SummaryValues = { campaignId: string; orgId?: string; format: TReportFormat };

/** the server names the refused query values `querystring.<name>`; the form holds them by name */
const aliases = {
  'querystring.month': 'month',
  'querystring.orgId': 'orgId',
  'querystring.campaignId': 'campaignId',
};

const monthOf = (v: Dayjs | string) => (typeof v === 'string' ? v : v.format('YYYY-MM'));

/**
 * 报告: the 月报 and 活动总结 of the reader's scope (newest first) with 下载 Word / Excel, and for
 * those who may generate, the two dialogs that make one from today's figures and download it
 * (the spinner on the dialog's button while the server builds it; a refusal in words).
 */
export function ReportsPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const mayGenerate = may(ACCESS.reports.generate, user.role);
  const [dialog, setDialog] = useState<'monthly' | 'summary' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useList<Report>({
    path: REPORTS_PATH,
    queryKey: reportKeys.lists(),
    filters: reportFilters,
  });
  const reload = useInvalidate(reportKeys.all);
  const download = async (row: Report, format: TReportFormat) => {
    setBusy(`${row.id}:${format}`);
    try {
      await downloadReport(row.id, format, `${row.title}.${format}`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <ListPage<Report, typeof list.filters>
      title={t(`${R}.title`)}
      intro={t(`${R}.intro`)}
      extra={
        <Space wrap>
          {mayGenerate ? (
            <>
              <Button
                type="primary"
                icon={<FileAddOutlined />}
                onClick={() => setDialog('monthly')}
              >
                {t(`${R}.generateMonthly`)}
              </Button>
              <Button icon={<FileDoneOutlined />} onClick={() => setDialog('summary')}>
                {t(`${R}.generateSummary`)}
              </Button>
            </>
          ) : null}
          <ExcelActions
            basePath={REPORTS_PATH}
            exportFileName={`${t(`${R}.title`)}.xlsx`}
            exportQuery={list.query}
          />
        </Space>
      }
      filters={reportFilters}
      list={list}
      columns={reportColumns((row, format) => void download(row, format), busy)}
      rowKey="id"
      empty={t(`${R}.empty`)}
    >
      <FormDialog<null, MonthlyValues>
        name="monthlyReport"
        editing={dialog === 'monthly' ? null : undefined}
        title={{ create: t(`${R}.monthlyTitle`), edit: t(`${R}.monthlyTitle`) }}
        intro={<p>{t(`${R}.monthlyIntro`)}</p>}
        fields={monthlyForm}
        aliases={aliases}
        okText={t(`${R}.generate`)}
        done={t(`${R}.generated`)}
        initialValues={() => ({ format: 'docx' })}
        onSubmit={async (v) => {
          const month = monthOf(v.month);
          await generateMonthly(
            { month, format: v.format, ...(v.orgId ? { orgId: v.orgId } : {}) },
            `${month}.${v.format}`,
          );
          await reload();
        }}
        onClose={() => setDialog(null)}
      />
      <FormDialog<null, SummaryValues>
        name="campaignSummary"
        editing={dialog === 'summary' ? null : undefined}
        title={{ create: t(`${R}.summaryTitle`), edit: t(`${R}.summaryTitle`) }}
        intro={<p>{t(`${R}.summaryIntro`)}</p>}
        fields={summaryForm}
        aliases={aliases}
        okText={t(`${R}.generate`)}
        done={t(`${R}.generated`)}
        initialValues={() => ({ format: 'docx' })}
        onSubmit={async (v) => {
          await generateCampaignSummary(
            { campaignId: v.campaignId, format: v.format, ...(v.orgId ? { orgId: v.orgId } : {}) },
            `${t(`${R}.summaryTitle`)}.${v.format}`,
          );
          await reload();
        }}
        onClose={() => setDialog(null)}
      />
    </ListPage>
  );
}
