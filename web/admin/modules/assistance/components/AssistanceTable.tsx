import {
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  List,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { t } from '../../../i18n';
import { orDash } from '../../../ui/format';
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
    { title: t('households.assistance.date'), dataIndex: 'date', width: 110, fixed: 'start' },
    { title: t('households.assistance.cadre'), dataIndex: 'cadreName', width: 100 },
    { title: t('households.assistance.org'), dataIndex: 'orgName', width: 140, ellipsis: true },
    { title: t('households.assistance.household'), dataIndex: 'householdHeadName', width: 100 },
    {
      title: t('households.assistance.categories'),
      dataIndex: 'householdCategories',
      width: 150,
      render: (c: Assistance['householdCategories']) =>
        c.length ? <CategoryTags categories={c} /> : orDash(null),
    },
    {
      title: t('households.assistance.contactPoint'),
      dataIndex: 'contactPointName',
      width: 120,
      ellipsis: true,
    },
    { title: t('households.assistance.measure'), dataIndex: 'measure', width: 260, ellipsis: true },
    {
      title: t('households.assistance.result'),
      dataIndex: 'result',
      width: 220,
      ellipsis: true,
      render: orDash,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'end',
      render: (_: unknown, a: Assistance) =>
        canEdit(a) ? (
          <Button type="link" size="small" onClick={() => onEdit(a)}>
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Table<Assistance>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(paging, total, onPageChange)}
      locale={{ emptyText: empty }}
    />
  );
}
