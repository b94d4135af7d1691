import { Button, Empty, Flex, Grid, Table, type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import { EMPTY_CELL, orDash } from '../../../ui/format';
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
  const setActive = useSetCadreActive();
  const next = !cadre.active;
  return (
    <ConfirmLinkButton
      label={t(next ? 'cadres.activate' : 'cadres.deactivate')}
      confirmTitle={t(next ? 'cadres.activateConfirm' : 'cadres.deactivateConfirm', {
        name: cadre.name,
      })}
      doneMessage={t(next ? 'cadres.activated' : 'cadres.deactivated')}
      danger={!next}
      pending={setActive.isPending}
      onConfirm={() => setActive.mutateAsync({ id: cadre.id, active: next })}
    />
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
  // On a phone, pinned columns would leave no room for the others.
  const pinColumns = Grid.useBreakpoint().md === true;
  const columns: TableColumnsType<Cadre> = [
    {
      title: t('cadres.name'),
      dataIndex: 'name',
      fixed: pinColumns ? 'start' : undefined,
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
      render: (gender: Cadre['gender']) => (gender ? t(`cadres.genders.${gender}`) : EMPTY_CELL),
    },
    {
      title: t('cadres.rank'),
      dataIndex: 'rank',
      width: 72,
      render: (rank: Cadre['rank']) => t(`cadres.ranks.${rank}`),
    },
    { title: t('cadres.post'), dataIndex: 'post', width: 140, ellipsis: true, render: orDash },
    { title: t('cadres.org'), dataIndex: 'orgName', width: 160, ellipsis: true },
    { title: t('cadres.phone'), dataIndex: 'phone', width: 130, render: orDash },
    { title: t('cadres.email'), dataIndex: 'email', width: 170, ellipsis: true, render: orDash },
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
            fixed: pinColumns ? ('end' as const) : undefined,
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
