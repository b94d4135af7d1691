import { App, Button, Empty, Flex, Popconfirm, Table, type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { type PageState, tablePagination } from '../../../ui/pagination';
import { useSetCadreActive } from '../hooks/useCadreMutations';
import type { Cadre } from '../types/cadre';

type CadreTableProps = {
  rows: Cadre[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  canWrite: boolean;
  onEdit: (cadre: Cadre) => void;
};

function ActiveToggle({ cadre }: { cadre: Cadre }) {
  const { message } = App.useApp();
  const setActive = useSetCadreActive();
  const next = !cadre.active;
  return (
    <Popconfirm
      title={t(next ? 'cadres.activateConfirm' : 'cadres.deactivateConfirm', { name: cadre.name })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: !next, loading: setActive.isPending }}
      onConfirm={() =>
        setActive.mutate(
          { id: cadre.id, active: next },
          {
            onSuccess: () =>
              void message.success(t(next ? 'cadres.activated' : 'cadres.deactivated')),
            onError: (error) => void message.error(errorMessage(error)),
          },
        )
      }
    >
      <Button type="link" size="small" danger={!next}>
        {t(next ? 'cadres.activate' : 'cadres.deactivate')}
      </Button>
    </Popconfirm>
  );
}

export function CadreTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  canWrite,
  onEdit,
}: CadreTableProps) {
  const columns: TableColumnsType<Cadre> = [
    {
      title: t('cadres.name'),
      dataIndex: 'name',
      fixed: 'start',
      width: 150,
      render: (name: string, cadre) => (
        <Flex gap={4} wrap align="center">
          <span>{name}</span>
          {cadre.leading ? <Tag color="volcano">{t('cadres.leading')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('cadres.gender'),
      dataIndex: 'gender',
      width: 64,
      render: (gender: Cadre['gender']) => (gender ? t(`cadres.genders.${gender}`) : ''),
    },
    {
      title: t('cadres.rank'),
      dataIndex: 'rank',
      width: 72,
      render: (rank: Cadre['rank']) => t(`cadres.ranks.${rank}`),
    },
    { title: t('cadres.post'), dataIndex: 'post', width: 160, ellipsis: true },
    { title: t('cadres.org'), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t('cadres.phone'), dataIndex: 'phone', width: 130 },
    { title: t('cadres.email'), dataIndex: 'email', width: 200, ellipsis: true },
    {
      title: t('cadres.partyMember'),
      dataIndex: 'partyMember',
      width: 64,
      render: (member: boolean) => (member ? t('common.yes') : t('common.no')),
    },
    {
      title: t('cadres.status'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) =>
        active ? (
          <Tag color="success">{t('cadres.statuses.active')}</Tag>
        ) : (
          <Tag>{t('cadres.statuses.inactive')}</Tag>
        ),
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'end' as const,
            width: 130,
            render: (_: unknown, cadre: Cadre) => (
              <Flex gap={0}>
                <Button type="link" size="small" onClick={() => onEdit(cadre)}>
                  {t('common.edit')}
                </Button>
                <ActiveToggle cadre={cadre} />
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<Cadre>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(paging, total, onPageChange)}
      locale={{ emptyText: <Empty description={t('cadres.empty')} /> }}
    />
  );
}
