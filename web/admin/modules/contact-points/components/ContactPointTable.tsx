import { App, Button, Flex, Popconfirm, type TableColumnsType } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import { useDeleteContactPoint } from '../hooks/useContactPoints';
import type { ContactPoint } from '../types/contactPoint';

type ContactPointTableProps = {
  rows: ContactPoint[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  canWrite: boolean;
  onEdit: (point: ContactPoint) => void;
};

function DeleteButton({ point }: { point: ContactPoint }) {
  const { message } = App.useApp();
  const remove = useDeleteContactPoint();
  return (
    <Popconfirm
      title={t('common.deleteConfirm', { name: point.name })}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={() =>
        remove.mutate(point.id, {
          onSuccess: () => void message.success(t('common.deleted')),
          onError: (error) => void message.error(errorMessage(error)),
        })
      }
    >
      <Button type="link" size="small" danger>
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}

function formatCoordinates(point: ContactPoint): string {
  if (point.latitude === null || point.longitude === null) return '';
  return `${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)}`;
}

export function ContactPointTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  canWrite,
  onEdit,
}: ContactPointTableProps) {
  const columns: TableColumnsType<ContactPoint> = [
    {
      title: t('contactPoints.name'),
      dataIndex: 'name',
      fixed: 'start',
      width: 140,
    },
    {
      title: t('contactPoints.kind'),
      dataIndex: 'kind',
      width: 56,
      render: (kind: ContactPoint['kind']) => t(`contactPoints.kinds.${kind}`),
    },
    { title: t('contactPoints.county'), dataIndex: 'county', width: 100 },
    { title: t('contactPoints.address'), dataIndex: 'address', width: 220, ellipsis: true },
    {
      title: t('contactPoints.coordinates'),
      key: 'coordinates',
      width: 160,
      render: (_: unknown, point) => formatCoordinates(point),
    },
    { title: t('contactPoints.org'), dataIndex: 'orgName', width: 160, ellipsis: true },
    ...(canWrite
      ? [
          actionColumn(110, (point: ContactPoint) =>
            // a point of a unit above the user's own is shown for reference only
            point.editable ? (
              <Flex gap={0}>
                <Button type="link" size="small" onClick={() => onEdit(point)}>
                  {t('common.edit')}
                </Button>
                <DeleteButton point={point} />
              </Flex>
            ) : null,
          ),
        ]
      : []),
  ];

  return (
    <ListTable<ContactPoint>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('contactPoints.empty')}
    />
  );
}
