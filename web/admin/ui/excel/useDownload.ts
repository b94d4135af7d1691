import { App } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n';
import { ApiError, apiDownload, type QueryParams } from '../api';

/**
 * The one way a file (an Excel export, an import template) is downloaded: `downloading` names the
 * file under way (for its button's spinner); a failure is said in the server's words, or
 * 下载失败 when there are none. The server's file name wins over `fileName`.
 */
export function useDownload() {
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState<string | null>(null);
  const download = async (path: string, fileName: string, query?: QueryParams) => {
    setDownloading(path);
    try {
      await apiDownload(path, fileName, query);
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('excel.downloadFailed'));
    } finally {
      setDownloading(null);
    }
  };
  return { downloading, download };
}
