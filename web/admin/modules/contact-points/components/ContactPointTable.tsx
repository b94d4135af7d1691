import { App, Button, Empty, Flex, Grid, Popconfirm, Table, type TableColumnsType } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
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
  // On a phone, pinned columns would leave no room for the others.
  const pinColumns = Grid.useBreakpoint().md === true;
  const columns: TableColumnsType<ContactPoint> = [
    {
      title: t('contactPoints.name'),
      dataIndex: 'name',
      fixed: pinColumns ? 'start' : undefined,
      width: 160,
    },
    {
      title: t('contactPoints.kind'),
      dataIndex: 'kind',
      width: 72,
      render: (kind: ContactPoint['kind']) => t(`contactPoints.kinds.${kind}`),
    },
    { title: t('contactPoints.county'), dataIndex: 'county', width: 120 },
    { title: t('contactPoints.address'), dataIndex: 'address', width: 240, ellipsis: true },
    {
      title: t('contactPoints.coordinates'),
      key: 'coordinates',
      width: 190,
      render: (_: unknown, point) => formatCoordinates(point),
    },
    { title: t('contactPoints.org'), dataIndex: 'orgName', width: 180, ellipsis: true },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: pinColumns ? ('end' as const) : undefined,
            width: 120,
            render: (_: unknown, point: ContactPoint) =>
              // a point of a unit above the user's own is shown for reference only
              point.editable && (
                <Flex gap={0}>
                  <Button type="link" size="small" onClick={() => onEdit(point)}>
                    {t('common.edit')}
                  </Button>
                  <DeleteButton point={point} />
                </Flex>
              ),
          },
        ]
      : []),
  ];

  return (
    <Table<ContactPoint>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(paging, total, onPageChange)}
      locale={{ emptyText: <Empty description={t('contactPoints.empty')} /> }}
    />
  );
}
