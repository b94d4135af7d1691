import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import { EMPTY_CELL, orDash } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import { useSetHouseholdActive } from '../hooks/useHouseholds';
import type { Household } from '../types/household';
import { CategoryTags } from './CategoryTags';

type HouseholdTableProps = {
  rows: Household[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  canWrite: boolean;
  onView: (household: Household) => void;
  onEdit: (household: Household) => void;
};

function ActiveToggle({ household }: { household: Household }) {
  const setActive = useSetHouseholdActive();
  const next = !household.active;
  return (
    <ConfirmLinkButton
      label={t(next ? 'households.activate' : 'households.deactivate')}
      confirmTitle={t(next ? 'households.activateConfirm' : 'households.deactivateConfirm', {
        name: household.headName,
      })}
      doneMessage={t(next ? 'households.activated' : 'households.deactivated')}
      danger={!next}
      pending={setActive.isPending}
      onConfirm={() => setActive.mutateAsync({ id: household.id, active: next })}
    />
  );
}

export function HouseholdTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  canWrite,
  onView,
  onEdit,
}: HouseholdTableProps) {
  const columns: TableColumnsType<Household> = [
    {
      title: t('households.headName'),
      dataIndex: 'headName',
      fixed: 'start',
      width: 80,
      render: (name: string, h) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onView(h)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('households.categoriesLabel'),
      dataIndex: 'categories',
      width: 120,
      render: (categories: Household['categories']) =>
        categories.length ? <CategoryTags categories={categories} /> : EMPTY_CELL,
    },
    {
      title: t('households.contactPoint'),
      dataIndex: 'contactPointName',
      width: 100,
      ellipsis: true,
      render: (name: string, h) => <span title={h.orgName}>{name}</span>,
    },
    { title: t('households.idNumber'), dataIndex: 'idNumber', width: 140, render: orDash },
    { title: t('households.phone'), dataIndex: 'phone', width: 96, render: orDash },
    {
      title: t('households.address'),
      dataIndex: 'address',
      width: 100,
      ellipsis: true,
      render: orDash,
    },
    {
      title: t('households.members'),
      dataIndex: 'members',
      width: 100,
      ellipsis: true,
      render: (members: Household['members']) =>
        members.length ? members.map((m) => `${m.name}(${m.relation})`).join('、') : EMPTY_CELL,
    },
    {
      title: t('households.pairedCadres'),
      dataIndex: 'pairedCadres',
      width: 90,
      ellipsis: true,
      render: (names: string[]) =>
        names.length ? names.join('、') : <Tag>{t('households.unpaired')}</Tag>,
    },
    {
      title: t('households.status'),
      dataIndex: 'active',
      width: 64,
      render: (active: boolean) =>
        active ? (
          <Tag color="success">{t('households.statuses.active')}</Tag>
        ) : (
          <Tag>{t('households.statuses.inactive')}</Tag>
        ),
    },
    actionColumn(canWrite ? 150 : 60, (h: Household) => (
      <Flex gap={0}>
        <Button type="link" size="small" onClick={() => onView(h)}>
          {t('households.view')}
        </Button>
        {canWrite ? (
          <>
            <Button type="link" size="small" onClick={() => onEdit(h)}>
              {t('common.edit')}
            </Button>
            <ActiveToggle household={h} />
          </>
        ) : null}
      </Flex>
    )),
  ];

  return (
    <ListTable<Household>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('households.empty')}
    />
  );
}
