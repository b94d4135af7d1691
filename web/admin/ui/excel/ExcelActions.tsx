import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n';
import { ApiError, type ApiErrorDetail, apiUpload, type QueryParams } from '../api';
import { errorMessage } from '../errors';
import { ImportErrorsModal } from './ImportErrorsModal';
import { useDownload } from './useDownload';

type ImportResult = { imported: number };

type ExcelActionsProps = {
  /** e.g. `/api/cadres`; the endpoints are `<base>/import-template`, `/import`, `/export`. */
  basePath: string;
  /** Used when the server sends no file name. */
  templateFileName?: string;
  exportFileName: string;
  exportQuery?: QueryParams;
  /** Import (and the template, which only serves importing) is for roles that may write. */
  canImport?: boolean;
  onImported?: () => void;
};

/** 下载导入模板 / 导入 / 导出 buttons with the row-by-row error report of a failed import. */
export function ExcelActions({
  basePath,
  templateFileName = '',
  exportFileName,
  exportQuery,
  canImport = false,
  onImported,
}: ExcelActionsProps) {
  const { message } = App.useApp();
  const [rowErrors, setRowErrors] = useState<ApiErrorDetail[] | null>(null);
  const { downloading, download } = useDownload();
  const templatePath = `${basePath}/import-template`;
  const exportPath = `${basePath}/export`;

  const importFile = useMutation({
    mutationFn: (file: File) => apiUpload<ImportResult>(`${basePath}/import`, file),
    onSuccess: (result) => {
      void message.success(t('excel.imported', { count: result.imported }));
      onImported?.();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'IMPORT_INVALID' && error.details.length) {
        setRowErrors(error.details);
      } else {
        void message.error(errorMessage(error));
      }
    },
  });

  return (
    <>
      {canImport ? (
        <>
          <Button
            icon={<FileExcelOutlined />}
            loading={downloading === templatePath}
            onClick={() => void download(templatePath, templateFileName)}
          >
            {t('excel.template')}
          </Button>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            beforeUpload={(file) => {
              importFile.mutate(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={importFile.isPending}>
              {importFile.isPending ? t('excel.importing') : t('excel.import')}
            </Button>
          </Upload>
        </>
      ) : null}
      <Button
        icon={<DownloadOutlined />}
        loading={downloading === exportPath}
        onClick={() => void download(exportPath, exportFileName, exportQuery)}
      >
        {t('excel.export')}
      </Button>
      <ImportErrorsModal errors={rowErrors} onClose={() => setRowErrors(null)} />
    </>
  );
}
