import { Card, Flex, type TableColumnsType, Typography } from 'antd';
import { t } from '../../../i18n';
import type { Messages } from '../../../i18n/zh-CN';
import { orDash } from '../../../ui/format';
import { editAction, RowActions } from '../../../ui/list/cells';
import { actionColumn } from '../../../ui/list/ListTable';
import { CategoryTags } from '../../households/components/CategoryTags';
import type { Assistance } from '../types/assistance';

const w = (key: keyof Messages['households']['assistance']) => t(`households.assistance.${key}`);
const edit = (a: Assistance, onEdit: (a: Assistance) => void) => (
  <RowActions actions={[editAction(() => onEdit(a), a.editable)]} />
);

/** The assistance list's columns on a wide screen. */
export function assistanceColumns(onEdit: (a: Assistance) => void): TableColumnsType<Assistance> {
  const cell = (
    key: keyof Assistance,
    title: Parameters<typeof w>[0],
    width: number,
    ellipsis = false,
  ) => ({ title: w(title), dataIndex: key, width, ellipsis });
  return [
    { ...cell('date', 'date', 100), fixed: 'start' },
    cell('cadreName', 'cadre', 80),
    cell('orgName', 'org', 120, true),
    cell('householdHeadName', 'household', 80),
    {
      title: w('categories'),
      dataIndex: 'householdCategories',
      width: 120,
      render: (c: Assistance['householdCategories']) =>
        c.length ? <CategoryTags categories={c} /> : orDash(null),
    },
    cell('contactPointName', 'contactPoint', 100, true),
    cell('measure', 'measure', 190, true),
    { ...cell('result', 'result', 170, true), render: orDash },
    actionColumn(64, (a: Assistance) => edit(a, onEdit)),
  ];
}

/** One record on a phone: household and tags, when and who, measure and result. */
export function AssistanceCard({ a, onEdit }: { a: Assistance; onEdit: (a: Assistance) => void }) {
  const line = (key: 'measure' | 'result', margin: string) => (
    <Typography.Paragraph style={{ margin, whiteSpace: 'pre-wrap' }}>
      <strong>{w(key)}：</strong>
      {a[key]}
    </Typography.Paragraph>
  );
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        <Flex gap={8} wrap align="center">
          <span>{a.householdHeadName}</span>
          <CategoryTags categories={a.householdCategories} />
        </Flex>
      }
      extra={edit(a, onEdit)}
    >
      <Typography.Text type="secondary">
        {a.date} · {a.cadreName} · {a.contactPointName}
      </Typography.Text>
      {line('measure', '4px 0 0')}
      {a.result ? line('result', '0') : null}
    </Card>
  );
}
