import { Button, Card, Empty, Flex, Grid, List, type TableColumnsType, Typography } from 'antd';
import { t } from '../../../i18n';
import { orDash } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import { CategoryTags } from '../../households/components/CategoryTags';
import type { Assistance } from '../types/assistance';

type AssistanceTableProps = {
  rows: Assistance[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  /** whether this record may be edited by the user */
  canEdit: (row: Assistance) => boolean;
  onEdit: (row: Assistance) => void;
};

/** The assistance list: a table on a wide screen, cards on a phone. */
export function AssistanceTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  canEdit,
  onEdit,
}: AssistanceTableProps) {
  const wide = Grid.useBreakpoint().md === true;
  const empty = <Empty description={t('households.assistance.empty')} />;

  if (!wide) {
    return (
      <List<Assistance>
        loading={loading}
        dataSource={rows}
        locale={{ emptyText: empty }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total,
          size: 'small',
          onChange: (page, pageSize) => onPageChange({ page, pageSize }),
        }}
        renderItem={(a) => (
          <List.Item style={{ padding: '6px 0' }}>
            <Card
              size="small"
              style={{ width: '100%' }}
              title={
                <Flex gap={8} wrap align="center">
                  <span>{a.householdHeadName}</span>
                  <CategoryTags categories={a.householdCategories} />
                </Flex>
              }
              extra={
                canEdit(a) ? (
                  <Button type="link" size="small" onClick={() => onEdit(a)}>
                    {t('common.edit')}
                  </Button>
                ) : null
              }
            >
              <Typography.Text type="secondary">
                {a.date} · {a.cadreName} · {a.contactPointName}
              </Typography.Text>
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                <strong>{t('households.assistance.measure')}：</strong>
                {a.measure}
              </Typography.Paragraph>
              {a.result ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  <strong>{t('households.assistance.result')}：</strong>
                  {a.result}
                </Typography.Paragraph>
              ) : null}
            </Card>
          </List.Item>
        )}
      />
    );
  }

  const columns: TableColumnsType<Assistance> = [
    { title: t('households.assistance.date'), dataIndex: 'date', width: 100, fixed: 'start' },
    { title: t('households.assistance.cadre'), dataIndex: 'cadreName', width: 80 },
    { title: t('households.assistance.org'), dataIndex: 'orgName', width: 120, ellipsis: true },
    { title: t('households.assistance.household'), dataIndex: 'householdHeadName', width: 80 },
    {
      title: t('households.assistance.categories'),
      dataIndex: 'householdCategories',
      width: 120,
      render: (c: Assistance['householdCategories']) =>
        c.length ? <CategoryTags categories={c} /> : orDash(null),
    },
    {
      title: t('households.assistance.contactPoint'),
      dataIndex: 'contactPointName',
      width: 100,
      ellipsis: true,
    },
    { title: t('households.assistance.measure'), dataIndex: 'measure', width: 190, ellipsis: true },
    {
      title: t('households.assistance.result'),
      dataIndex: 'result',
      width: 170,
      ellipsis: true,
      render: orDash,
    },
    actionColumn(64, (a: Assistance) =>
      canEdit(a) ? (
        <Button type="link" size="small" onClick={() => onEdit(a)}>
          {t('common.edit')}
        </Button>
      ) : null,
    ),
  ];
  return (
    <ListTable<Assistance>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('households.assistance.empty')}
    />
  );
}
