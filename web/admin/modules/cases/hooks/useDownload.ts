import { App } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { ApiError, apiDownload, type QueryParams } from '../../../ui/api';

/** A download button's state: pending while the file comes, the server's message if it fails. */
export function useDownload() {
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  const run = async (path: string, fallbackName: string, query?: QueryParams) => {
    setPending(true);
    try {
      await apiDownload(path, fallbackName, query);
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('excel.downloadFailed'));
    } finally {
      setPending(false);
    }
  };
  return { pending, run };
}
