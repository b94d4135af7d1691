import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import { EMPTY_CELL, orDash } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
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
  const columns: TableColumnsType<Cadre> = [
    {
      title: t('cadres.name'),
      dataIndex: 'name',
      fixed: 'start',
      width: 120,
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
      width: 56,
      render: (gender: Cadre['gender']) => (gender ? t(`cadres.genders.${gender}`) : EMPTY_CELL),
    },
    {
      title: t('cadres.rank'),
      dataIndex: 'rank',
      width: 60,
      render: (rank: Cadre['rank']) => t(`cadres.ranks.${rank}`),
    },
    { title: t('cadres.post'), dataIndex: 'post', width: 110, ellipsis: true, render: orDash },
    { title: t('cadres.org'), dataIndex: 'orgName', width: 140, ellipsis: true },
    { title: t('cadres.phone'), dataIndex: 'phone', width: 110, render: orDash },
    { title: t('cadres.email'), dataIndex: 'email', width: 160, ellipsis: true, render: orDash },
    {
      title: t('cadres.partyMember'),
      dataIndex: 'partyMember',
      width: 56,
      render: (member: boolean) => (member ? t('common.yes') : t('common.no')),
    },
    {
      title: t('cadres.status'),
      dataIndex: 'active',
      width: 72,
      render: (active: boolean) =>
        active ? (
          <Tag color="success">{t('cadres.statuses.active')}</Tag>
        ) : (
          <Tag>{t('cadres.statuses.inactive')}</Tag>
        ),
    },
    ...(canWrite
      ? [
          actionColumn(110, (cadre: Cadre) => (
            <Flex gap={0}>
              <Button type="link" size="small" onClick={() => onEdit(cadre)}>
                {t('common.edit')}
              </Button>
              <ActiveToggle cadre={cadre} />
            </Flex>
          )),
        ]
      : []),
  ];

  return (
    <ListTable<Cadre>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('cadres.empty')}
    />
  );
}
