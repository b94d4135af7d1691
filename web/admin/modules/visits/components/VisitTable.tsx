import { CameraOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Empty,
  Flex,
  Grid,
  List,
  Pagination,
  Popconfirm,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { EMPTY_CELL } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useDeleteVisit } from '../hooks/useVisits';
import type { Visit } from '../types/visit';
import { dateSpan } from '../utils/format';
import type { OutboxItem } from '../utils/outbox';
import { canChangeVisit } from '../utils/permissions';
import { OutboxActions } from './OutboxActions';

/** A visit on the server, or one still waiting on this phone (待上传). */
export type VisitRow =
  | { key: string; kind: 'server'; visit: Visit }
  | { key: string; kind: 'pending'; item: OutboxItem };

type VisitTableProps = {
  visits: Visit[];
  pending: OutboxItem[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  onView: (visit: Visit) => void;
  onEdit: (visit: Visit) => void;
  onFix: (item: OutboxItem) => void;
};

function PendingTag({ item }: { item: OutboxItem }) {
  return item.rejected ? (
    <Tag color="error">{t('visits.outbox.invalidTag')}</Tag>
  ) : (
    <Tag color="warning">{t('visits.outbox.tag')}</Tag>
  );
}

function DeleteButton({ visit }: { visit: Visit }) {
  const { message } = App.useApp();
  const remove = useDeleteVisit();
  return (
    <Popconfirm
      title={t('visits.deleteConfirm', { date: dateSpan(visit) })}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={() =>
        remove.mutateAsync(visit.id).then(
          () => void message.success(t('common.deleted')),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button type="link" size="small" danger>
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}

function rowFields(row: VisitRow) {
  if (row.kind === 'server') {
    const v = row.visit;
    return {
      date: dateSpan(v),
      cadre: v.cadreName,
      point: v.contactPointName,
      households: v.households.map((h) => h.headName),
      photos: v.photos.length,
      days: v.days,
    };
  }
  const { input, label, photos } = row.item;
  return {
    date: dateSpan(input),
    cadre: label.cadreName,
    point: label.contactPointName,
    households: label.householdNames,
    photos: photos.length,
    days: null,
  };
}

/** The list: a table on a desk, cards on a phone. Items waiting on this phone come first. */
export function VisitTable({
  visits,
  pending,
  total,
  loading,
  paging,
  onPageChange,
  onView,
  onEdit,
  onFix,
}: VisitTableProps) {
  const user = useCurrentUser();
  const isPhone = !Grid.useBreakpoint().md;
  const rows: VisitRow[] = [
    ...(paging.page === 1
      ? pending.map((item) => ({ key: item.clientId, kind: 'pending' as const, item }))
      : []),
    ...visits.map((visit) => ({ key: visit.id, kind: 'server' as const, visit })),
  ];

  const actions = (row: VisitRow) =>
    row.kind === 'pending' ? (
      <OutboxActions item={row.item} onFix={onFix} />
    ) : (
      <>
        <Button type="link" size="small" onClick={() => onView(row.visit)}>
          {t('visits.view')}
        </Button>
        {canChangeVisit(user, row.visit) ? (
          <>
            <Button type="link" size="small" onClick={() => onEdit(row.visit)}>
              {t('common.edit')}
            </Button>
            <DeleteButton visit={row.visit} />
          </>
        ) : null}
      </>
    );

  const empty = <Empty description={t('visits.empty')} />;

  if (isPhone) {
    return (
      <>
        <List<VisitRow>
          dataSource={rows}
          loading={loading}
          locale={{ emptyText: empty }}
          renderItem={(row) => {
            const f = rowFields(row);
            return (
              <List.Item key={row.key} style={{ display: 'block' }}>
                <Flex justify="space-between" align="center" gap="small" wrap>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {f.date}
                  </Typography.Text>
                  {row.kind === 'pending' ? <PendingTag item={row.item} /> : null}
                </Flex>
                <Typography.Text>
                  {f.point} · {f.cadre}
                  {f.days !== null ? ` · ${t('visits.daysValue', { days: f.days })}` : ''}
                </Typography.Text>
                {f.households.length ? (
                  <div>
                    <Typography.Text type="secondary">
                      {t('visits.households')}：{f.households.join('、')}
                    </Typography.Text>
                  </div>
                ) : null}
                {row.kind === 'pending' && row.item.rejected ? (
                  <div>
                    <Typography.Text type="danger">
                      {t('visits.outbox.rejected', { message: row.item.rejected.message })}
                    </Typography.Text>
                  </div>
                ) : null}
                <Flex justify="space-between" align="center">
                  <Typography.Text type="secondary">
                    {f.photos ? (
                      <>
                        <CameraOutlined /> {t('visits.outbox.photos', { count: f.photos })}
                      </>
                    ) : null}
                  </Typography.Text>
                  <Flex>{actions(row)}</Flex>
                </Flex>
              </List.Item>
            );
          }}
        />
        {total > paging.pageSize ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination
              simple
              current={paging.page}
              pageSize={paging.pageSize}
              total={total}
              onChange={(page) => onPageChange({ ...paging, page })}
            />
          </Flex>
        ) : null}
      </>
    );
  }

  const columns: TableColumnsType<VisitRow> = [
    {
      title: t('visits.date'),
      key: 'date',
      width: 170,
      render: (_, row) => (
        <Flex gap={4} wrap align="center">
          <span>{rowFields(row).date}</span>
          {row.kind === 'pending' ? <PendingTag item={row.item} /> : null}
        </Flex>
      ),
    },
    {
      title: t('visits.days'),
      key: 'days',
      width: 56,
      render: (_, row) => rowFields(row).days ?? EMPTY_CELL,
    },
    {
      title: t('visits.cadre'),
      key: 'cadre',
      width: 80,
      render: (_, row) => rowFields(row).cadre,
    },
    {
      title: t('visits.org'),
      key: 'org',
      width: 120,
      ellipsis: true,
      render: (_, row) => (row.kind === 'server' ? row.visit.orgName : EMPTY_CELL),
    },
    {
      title: t('visits.contactPoint'),
      key: 'point',
      width: 100,
      ellipsis: true,
      render: (_, row) => rowFields(row).point,
    },
    {
      title: t('visits.households'),
      key: 'households',
      width: 140,
      ellipsis: true,
      render: (_, row) => rowFields(row).households.join('、') || EMPTY_CELL,
    },
    {
      title: t('visits.heard'),
      key: 'heard',
      width: 170,
      ellipsis: true,
      render: (_, row) =>
        row.kind === 'pending' && row.item.rejected ? (
          <Typography.Text type="danger">
            {t('visits.outbox.rejected', { message: row.item.rejected.message })}
          </Typography.Text>
        ) : (
          (row.kind === 'server' ? row.visit.heard : row.item.input.heard) || EMPTY_CELL
        ),
    },
    {
      title: t('visits.photos'),
      key: 'photos',
      width: 56,
      render: (_, row) => rowFields(row).photos || EMPTY_CELL,
    },
    actionColumn(150, (row: VisitRow) => <Flex gap={0}>{actions(row)}</Flex>),
  ];

  return (
    <ListTable<VisitRow>
      rowKey="key"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('visits.empty')}
      onRow={(row) => (row.kind === 'server' ? { onDoubleClick: () => onView(row.visit) } : {})}
    />
  );
}
