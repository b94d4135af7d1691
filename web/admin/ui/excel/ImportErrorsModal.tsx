import { Modal, type TableColumnsType } from 'antd';
import { t } from '../../i18n';
import type { ApiErrorDetail } from '../api';
import { ListTable } from '../list/ListTable';

type ImportErrorsModalProps = {
  errors: ApiErrorDetail[] | null;
  onClose: () => void;
};

type ErrorRow = ApiErrorDetail & { key: number };

const columns: TableColumnsType<ErrorRow> = [
  { title: t('excel.row'), dataIndex: 'row', width: 80 },
  { title: t('excel.field'), dataIndex: 'field', width: 160 },
  { title: t('excel.error'), dataIndex: 'message', width: 400 },
];

/** The row-by-row report of a rejected import (nothing was imported). */
export function ImportErrorsModal({ errors, onClose }: ImportErrorsModalProps) {
  const rows: ErrorRow[] = (errors ?? []).map((error, index) => ({ ...error, key: index }));
  return (
    <Modal
      open={errors !== null}
      title={t('excel.errorsTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.confirm')}
      width={720}
    >
      <ListTable<ErrorRow>
        size="small"
        columns={columns}
        dataSource={rows}
        loading={false}
        empty={null}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        maxHeight={400}
      />
    </Modal>
  );
}
