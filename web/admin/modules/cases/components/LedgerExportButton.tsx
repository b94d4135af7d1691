import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { t } from '../../../i18n';
import { CASES_PATH, caseFilterQuery } from '../api/casesApi';
import { useDownload } from '../hooks/useDownload';
import type { CaseFilters } from '../types/case';

/** 问题销号台账: the filtered cases as the ledger workbook the server builds. */
export function LedgerExportButton({ filters }: { filters: CaseFilters }) {
  const download = useDownload();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={download.pending}
      onClick={() =>
        void download.run(`${CASES_PATH}/export`, t('cases.exportFile'), caseFilterQuery(filters))
      }
    >
      {t('cases.exportLedger')}
    </Button>
  );
}
