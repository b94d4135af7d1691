import type { TableColumnsType } from 'antd';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ACCESS, may } from '../../../common/access.ts';
import { MAX_LEN } from '../../../common/limits.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { campaignField } from '../modules/campaigns/components/campaignField';
import {
  GOOD_PRACTICES_PATH,
  goodPracticeKeys,
  unmarkGoodPractice,
} from '../modules/good-practices/api/goodPracticesApi';
import {
  GOOD_PRACTICE_KINDS,
  GOOD_PRACTICE_SUBJECT_LABELS,
  type GoodPractice,
} from '../modules/good-practices/types/goodPractice';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { formatDateTime } from '../ui/format';
import { RowActions } from '../ui/list/cells';
import { type Field, options } from '../ui/list/fields';
import { ListPage } from '../ui/list/ListPage';
import { actionColumn } from '../ui/list/ListTable';
import { useRowChange } from '../ui/list/mutations';
import { useList } from '../ui/list/useList';

const G = 'goodPractices' as const;

const filters: readonly Field<never>[] = [
  { name: 'q', label: t(`${G}.searchPlaceholder`), kind: 'text', maxLength: MAX_LEN.search },
  campaignField('campaignId', t(`${G}.filterCampaign`)),
  {
    name: 'kind',
    label: t(`${G}.filterKind`),
    kind: 'select',
    options: options(GOOD_PRACTICE_KINDS, (k) => t(`${G}.kinds.${k}`)),
    width: 200,
  },
];

/** 诉求件, 调研报告 or 心得体会. */
const subjectLabel = (p: GoodPractice) =>
  GOOD_PRACTICE_SUBJECT_LABELS[p.kind === 'case' ? 'case' : (p.documentKind ?? 'research')];

/** Where the marked record is: the case's page, or the document's drawer on its kind's list. */
const subjectPath = (p: GoodPractice) =>
  p.kind === 'case'
    ? `/cases/${p.subjectId}`
    : `/${p.documentKind === 'reflection' ? 'reflections' : 'research-topics'}?id=${p.subjectId}`;

/**
 * 经验做法: the reports, reflections and cases the office marked for a campaign, with its note;
 * those a copy carried from an earlier campaign say where from. The office unmarks (asked first).
 */
export function GoodPracticesPage() {
  const user = useCurrentUser();
  const canWrite = may(ACCESS.goodPractices.write, user.role);
  const list = useList<GoodPractice>({
    path: GOOD_PRACTICES_PATH,
    queryKey: goodPracticeKeys.lists(),
    filters,
  });
  const unmark = useRowChange((id) => unmarkGoodPractice(id), goodPracticeKeys.all);
  const columns: TableColumnsType<GoodPractice> = [
    {
      title: t(`${G}.subject`),
      dataIndex: 'title',
      width: 200,
      fixed: 'start',
      render: (_, p) => (
        <Flex vertical gap={4} align="start">
          <Link to={subjectPath(p)}>{p.title}</Link>
          {p.sourceCampaignName ? (
            <Tooltip title={t(`${G}.sourceHint`)}>
              <Tag color="blue">
                {t(`${G}.source`)}：{p.sourceCampaignName}
              </Tag>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    { title: t(`${G}.kind`), width: 80, render: (_, p) => <Tag>{subjectLabel(p)}</Tag> },
    { title: t(`${G}.campaign`), dataIndex: 'campaignName', width: 170 },
    {
      title: t(`${G}.note`),
      dataIndex: 'note',
      width: 200,
      render: (note: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: note }} style={{ margin: 0 }}>
          {note}
        </Typography.Paragraph>
      ),
    },
    { title: t(`${G}.markedBy`), dataIndex: 'markedByName', width: 80 },
    {
      title: t(`${G}.createdAt`),
      dataIndex: 'createdAt',
      width: 140,
      render: (v: string) => formatDateTime(v),
    },
    actionColumn(100, (p: GoodPractice) => (
      <RowActions
        actions={[
          {
            label: t(`${G}.unmark`),
            confirm: t(`${G}.unmarkConfirm`, { title: p.title }),
            confirmOk: t(`${G}.unmark`),
            done: t(`${G}.unmarked`),
            danger: true,
            pending: unmark.isPending,
            run: () => unmark.mutateAsync({ id: p.id, arg: undefined }),
            shown: canWrite,
          },
        ]}
      />
    )),
  ];
  return (
    <ListPage<GoodPractice, typeof list.filters>
      title={t(`${G}.title`)}
      intro={t(`${G}.intro`)}
      extra={
        <ExcelActions
          basePath={GOOD_PRACTICES_PATH}
          exportFileName={`${t(`${G}.title`)}.xlsx`}
          exportQuery={list.query}
        />
      }
      filters={filters}
      list={list}
      columns={columns}
      rowKey="id"
      empty={t(`${G}.empty`)}
    />
  );
}
