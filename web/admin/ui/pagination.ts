import type { TablePaginationConfig } from 'antd';
import { t } from '../i18n';

export type PageState = {
  page: number;
  pageSize: number;
};

/** Server-side paging for an antd Table. */
export function tablePagination(
  state: PageState,
  total: number,
  onChange: (next: PageState) => void,
): TablePaginationConfig {
  return {
    current: state.page,
    pageSize: state.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => t('common.total', { total: count }),
    onChange: (page, pageSize) =>
      onChange({ page: pageSize === state.pageSize ? page : 1, pageSize }),
  };
}
