import { useQuery } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import { Form, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { formatDate } from '../../../ui/format';
import {
  cadreColumn,
  type RowAction,
  RowActions,
  StateTag,
  stateTags,
} from '../../../ui/list/cells';
import { type ControlProps, type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import { UploadsField } from '../../../ui/UploadsField';
import { cadreField } from '../../cadres/components/cadreField';
import { campaignField } from '../../campaigns/components/campaignField';
import { searchCases } from '../../cases/api/casesApi';
import { orgField } from '../../orgs/components/orgField';
import { fetchSelfExamsOf, rectificationKeys } from '../api/rectificationsApi';
import {
  RECTIFICATION_LEN,
  RECTIFICATION_STATES,
  type Rectification,
  rectificationStateLabels,
  type TRectificationState,
} from '../types/rectification';

const R = 'rectifications' as const;

/** 待整改 grey, 整改中 blue, 申请销号 orange, 已销号 green. */
export const rectificationStateTags = stateTags(
  RECTIFICATION_STATES,
  (s) => rectificationStateLabels[s],
  {
    in_progress: 'processing',
    submitted: 'orange',
    done: 'success',
  } satisfies Partial<Record<TRectificationState, string>>,
);

/** The state and, past the deadline and not signed off, 逾期 in red. */
export function RectificationState({ row }: { row: Rectification }) {
  return (
    <>
      <StateTag state={row.state} tags={rectificationStateTags} />
      {row.overdue ? <Tag color="red">{t(`${R}.overdue`)}</Tag> : null}
    </>
  );
}

export const rectificationFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t(`${R}.searchPlaceholder`),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 240,
  },
  orgField('orgId', t(`${R}.filterOrg`)),
  {
    name: 'state',
    label: t(`${R}.filterState`),
    kind: 'select',
    options: options(RECTIFICATION_STATES, (s) => rectificationStateLabels[s]),
    width: 120,
  },
  campaignField('campaignId', t(`${R}.campaign`)),
  cadreField('cadreId', t(`${R}.cadre`), { width: 140 }),
  { name: 'overdue', label: t(`${R}.filterOverdue`), kind: 'flag' },
];

/** 关联诉求件: a case found by its tracking code among those the user may read. */
function CaseCodeSelect(props: ControlProps) {
  const [code, setCode] = useState('');
  const found = useQuery({
    queryKey: ['cases', 'rectification-link', code],
    queryFn: () => searchCases(code),
    enabled: code.length >= 2,
  });
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: (v) => setCode(v.trim().toUpperCase()) }}
      allowClear
      placeholder={t(`${R}.casePlaceholder`)}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.trackingCode} ${c.categoryName}`,
      }))}
      notFoundContent={code.length >= 2 ? t(`${R}.caseNotFound`, { code }) : null}
    />
  );
}

/** 来自对照检查材料: the chosen cadre's (or one's own) self-examination reports. */
function SelfExamSelect(props: ControlProps & { ownCadreId: string | null }) {
  const { ownCadreId, ...rest } = props;
  const form = Form.useFormInstance();
  const chosen = Form.useWatch('cadreId', form) as string | undefined;
  const cadreId = chosen || ownCadreId || '';
  const exams = useQuery({
    queryKey: rectificationKeys.selfExams(cadreId),
    queryFn: () => fetchSelfExamsOf(cadreId),
    enabled: Boolean(cadreId),
    retry: false,
  });
  return (
    <Select<string>
      {...rest}
      allowClear
      loading={exams.isFetching}
      options={(exams.data?.items ?? []).map((d) => ({ value: d.id, label: d.title }))}
      notFoundContent={t(`${R}.selfExamNone`)}
    />
  );
}

const L = RECTIFICATION_LEN;

/** The form: who (a writer for a cadre of his units), where it comes from, what, by when. */
export function rectificationForm(
  creating: boolean,
  writer: boolean,
  ownCadreId: string | null,
): Field<never>[] {
  return [
    ...(creating && writer
      ? [cadreField('cadreId', t(`${R}.cadre`), { item: { extra: t(`${R}.cadreHint`) } })]
      : []),
    campaignField('campaignId', t(`${R}.campaign`)),
    {
      name: 'selfExamId',
      label: t(`${R}.selfExam`),
      kind: 'custom',
      control: (p) => <SelfExamSelect {...p} ownCadreId={ownCadreId} />,
      item: { extra: t(`${R}.selfExamHint`) },
    },
    {
      name: 'standard',
      label: t(`${R}.standard`),
      kind: 'text',
      maxLength: L.standard,
      item: { extra: t(`${R}.standardHint`) },
    },
    {
      name: 'caseId',
      label: t(`${R}.case`),
      kind: 'custom',
      control: (p) => <CaseCodeSelect {...p} />,
      item: { extra: t(`${R}.caseHint`) },
    },
    {
      name: 'problem',
      label: t(`${R}.problem`),
      kind: 'textarea',
      maxLength: L.problem,
      required: t(`${R}.problemRequired`),
      wide: true,
    },
    {
      name: 'measure',
      label: t(`${R}.measure`),
      kind: 'textarea',
      maxLength: L.measure,
      required: t(`${R}.measureRequired`),
      wide: true,
    },
    {
      name: 'responsible',
      label: t(`${R}.responsible`),
      kind: 'text',
      maxLength: L.responsible,
      required: t(`${R}.responsibleRequired`),
    },
    {
      name: 'deadline',
      label: t(`${R}.deadline`),
      kind: 'date',
      required: t(`${R}.deadlineRequired`),
    },
    ...(creating
      ? []
      : [
          {
            name: 'evidence',
            label: t(`${R}.evidence`),
            kind: 'textarea',
            maxLength: L.evidence,
            wide: true,
            item: { extra: t(`${R}.evidenceHint`) },
          } as Field<never>,
        ]),
    {
      name: 'uploads',
      label: t(`${R}.attachments`),
      kind: 'text',
      element: (
        <UploadsField
          label={t(`${R}.attachments`)}
          hint={t(`${R}.attachmentsHint`)}
          button={t(`${R}.upload`)}
        />
      ),
    } as Field<never>,
  ];
}

export function rectificationColumns(
  open: (row: Rectification) => void,
  actions: (row: Rectification) => readonly RowAction[],
): TableColumnsType<Rectification> {
  return [
    {
      title: t(`${R}.problem`),
      key: 'problem',
      fixed: 'start',
      width: 200,
      ellipsis: true,
      render: (_: unknown, row: Rectification) => (
        <Typography.Link onClick={() => open(row)}>{row.problem}</Typography.Link>
      ),
    },
    cadreColumn(
      t(`${R}.cadre`),
      (r: Rectification) => r.cadreName,
      () => false,
    ),
    { title: t(`${R}.org`), dataIndex: 'orgName', width: 120, ellipsis: true },
    { title: t(`${R}.responsible`), dataIndex: 'responsible', width: 90, ellipsis: true },
    {
      title: t(`${R}.deadline`),
      key: 'deadline',
      width: 104,
      render: (_: unknown, row: Rectification) => (
        <Typography.Text type={row.overdue ? 'danger' : undefined}>
          {formatDate(row.deadline)}
        </Typography.Text>
      ),
    },
    {
      title: t(`${R}.state`),
      key: 'state',
      width: 120,
      render: (_: unknown, row: Rectification) => <RectificationState row={row} />,
    },
    {
      title: t(`${R}.case`),
      key: 'case',
      width: 110,
      render: (_: unknown, row: Rectification) =>
        row.caseId && row.caseTrackingCode ? (
          <Link to={`/cases/${row.caseId}`}>{row.caseTrackingCode}</Link>
        ) : null,
    },
    actionColumn(130, (row: Rectification) => <RowActions actions={actions(row)} />),
  ];
}
