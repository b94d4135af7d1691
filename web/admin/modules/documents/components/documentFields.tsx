import type { TableColumnsType } from 'antd';
import { Tag, Typography } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import {
  cadreColumn,
  type RowAction,
  RowActions,
  StateTag,
  stateTags,
} from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import { cadreField } from '../../cadres/components/cadreField';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import {
  type AnyDocument,
  DOCUMENT_RATING_LABELS,
  DOCUMENT_STATE_LABELS,
  DOCUMENT_STATES,
  type DocumentState,
} from '../types/document';

/** A document's state as its tag: 草稿 grey … 已发布 green, 退回修改 red. */
export const documentStateTags = stateTags(DOCUMENT_STATES, (s) => DOCUMENT_STATE_LABELS[s], {
  submitted: 'processing',
  returned: 'error',
  approved: 'cyan',
  published: 'success',
  withdrawn: 'default',
} satisfies Partial<Record<DocumentState, string>>);

const C = 'documents.common' as const;

/** The filters of every kind's list; `cadreId` comes in the address from the six-ones board. */
export const documentFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t(`${C}.searchPlaceholder`),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 220,
  },
  orgField('orgId', t(`${C}.filterOrg`)),
  {
    name: 'status',
    label: t(`${C}.filterState`),
    kind: 'select',
    options: options(DOCUMENT_STATES, (s) => DOCUMENT_STATE_LABELS[s]),
    width: 120,
  },
  campaignField('campaignId', t(`${C}.campaign`)),
  cadreField('cadreId', t(`${C}.cadre`), { width: 140 }),
  { name: 'featured', label: t(`${C}.filterFeatured`), kind: 'flag' },
];

/** Who writes it and in which campaign: asked of a writer for a cadre, on creating only. */
export const authorFields = (writer: boolean): Field<never>[] => [
  ...(writer
    ? [cadreField('cadreId', t(`${C}.cadre`), { item: { extra: t(`${C}.cadreHint`) } })]
    : []),
  campaignField('campaignId', t(`${C}.campaign`), { item: { extra: t(`${C}.campaignHint`) } }),
];

export const titleField = (label: string, required: string): Field<never> => ({
  name: 'title',
  label,
  kind: 'text',
  maxLength: MAX_LEN.documentTitle,
  required,
  wide: true,
});

export const bodyField = (label: string, hint: string): Field<never> => ({
  name: 'body',
  label,
  kind: 'textarea',
  maxLength: MAX_LEN.documentBody,
  wide: true,
  item: { extra: hint },
  input: { autoSize: { minRows: 8, maxRows: 20 } },
});

/** 评定等次 in words, or nothing before the review (or for a kind that is not rated). */
export const ratingText = (d: Pick<AnyDocument, 'rating'>) =>
  d.rating ? DOCUMENT_RATING_LABELS[d.rating] : '';

export function documentColumns<D extends AnyDocument>(
  open: (row: D) => void,
  actions: (row: D) => readonly RowAction[],
  /** the kind is rated (心得体会): a column of its 评定等次 */
  rated = false,
): TableColumnsType<D> {
  return [
    {
      title: t(`${C}.title`),
      key: 'title',
      fixed: 'start',
      // a rated kind's 评定等次 takes its room from the title (the list fits 1366 px)
      width: rated ? 190 : 240,
      render: (_: unknown, row: D) => (
        <Typography.Link onClick={() => open(row)}>
          {row.title}
          {row.featured ? (
            <Tag color="gold" style={{ marginInlineStart: 8 }}>
              {t(`${C}.featuredYes`)}
            </Tag>
          ) : null}
        </Typography.Link>
      ),
    },
    cadreColumn(
      t(`${C}.cadre`),
      (r: D) => r.cadreName,
      (r: D) => r.leading,
    ),
    { title: t(`${C}.org`), dataIndex: 'orgName', width: 150 },
    { title: t(`${C}.campaign`), dataIndex: 'campaignName', width: 170, ellipsis: true },
    {
      title: t(`${C}.state`),
      key: 'state',
      width: 140,
      render: (_: unknown, row: D) => (
        <>
          <StateTag state={row.state} tags={documentStateTags} />
          {row.waitingFor ? (
            <Typography.Text type="secondary">{row.waitingFor}</Typography.Text>
          ) : null}
        </>
      ),
    },
    ...(rated
      ? [
          {
            title: t(`${C}.rating`),
            key: 'rating',
            width: 90,
            render: (_: unknown, row: D) => ratingText(row),
          },
        ]
      : []),
    actionColumn(150, (row: D) => <RowActions actions={actions(row)} />),
  ];
}
