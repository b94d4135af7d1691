import { DownloadOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router-dom';
import { may, WRITER_ROLES } from '../../../../../common/access.ts';
import { t } from '../../../i18n';
import { useDownload } from '../../../ui/excel/useDownload';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { DASHBOARD_EXPORT_PATH, MONTHLY_REPORT_PATH } from '../api/dashboardApi';
import type { DashboardQuery } from '../types/dashboard';

type ReportActionsProps = {
  /** the month of the report: the month of the period's end */
  month: string;
  query: DashboardQuery;
};

/** 生成月报 (Word or Excel of the month, for the unit shown), 报告 and the dashboard's export. */
export function ReportActions({ month, query }: ReportActionsProps) {
  const navigate = useNavigate();
  // who may generate a report (the reports module's ACCESS.reports.generate): not the inspector
  const mayGenerate = may(WRITER_ROLES, useCurrentUser().role);
  const { downloading, download } = useDownload();
  const report = (format: 'docx' | 'xlsx') =>
    void download(MONTHLY_REPORT_PATH, t('dashboard.reportFile', { month, ext: format }), {
      month,
      orgId: query.orgId,
      format,
    });
  return (
    <>
      {mayGenerate ? (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              {
                key: 'docx',
                icon: <FileWordOutlined />,
                label: t('dashboard.reportWord', { month }),
                onClick: () => report('docx'),
              },
              {
                key: 'xlsx',
                icon: <DownloadOutlined />,
                label: t('dashboard.reportExcel', { month }),
                onClick: () => report('xlsx'),
              },
            ],
          }}
        >
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            loading={downloading === MONTHLY_REPORT_PATH}
          >
            {t('dashboard.report')}
          </Button>
        </Dropdown>
      ) : null}
      <Button icon={<FileTextOutlined />} onClick={() => navigate('/reports')}>
        {t('dashboard.reports')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        loading={downloading === DASHBOARD_EXPORT_PATH}
        onClick={() =>
          void download(DASHBOARD_EXPORT_PATH, t('dashboard.exportFile'), { ...query })
        }
      >
        {t('dashboard.export')}
      </Button>
    </>
  );
}
