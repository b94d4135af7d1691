import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { t } from '../../../i18n';
import type { QueryParams } from '../../../ui/api';
import { useDownload } from '../../../ui/excel/useDownload';
import { CASES_PATH } from '../api/casesApi';

/** 问题销号台账: the filtered cases as the ledger workbook the server builds. */
export function LedgerExportButton({ query }: { query: QueryParams }) {
  const { downloading, download } = useDownload();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={downloading !== null}
      onClick={() => void download(`${CASES_PATH}/export`, t('cases.exportFile'), query)}
    >
      {t('cases.exportLedger')}
    </Button>
  );
}
