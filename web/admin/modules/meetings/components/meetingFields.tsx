import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { formatDate } from '../../../ui/format';
import { type RowAction, RowActions } from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import {
  MEETING_KINDS,
  MEETING_LEN,
  type Meeting,
  type MeetingCheck,
  meetingKindLabels,
} from '../types/meeting';

const M = 'meetings' as const;

const YEARS = Array.from({ length: 13 }, (_, i) => String(2014 + i));

export const meetingFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t(`${M}.searchPlaceholder`),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 220,
  },
  orgField('orgId', t(`${M}.filterOrg`)),
  {
    name: 'kind',
    label: t(`${M}.filterKind`),
    kind: 'select',
    options: options(MEETING_KINDS, (k) => meetingKindLabels[k]),
    width: 130,
  },
  {
    name: 'year',
    label: t(`${M}.filterYear`),
    kind: 'select',
    options: options(YEARS, (y) => y),
    width: 100,
  },
];

/** One rule as a tag: ✓ green, ✗ red, … (still within the report's window) orange; words on hover. */
export function CheckTag({ check }: { check: MeetingCheck }) {
  const rule = t(`${M}.rules.${check.rule}`);
  const [color, icon, mark] =
    check.ok === null
      ? ['orange', <ClockCircleFilled key="i" />, t(`${M}.checkPending`)]
      : check.ok
        ? ['success', <CheckCircleFilled key="i" />, t(`${M}.checkOk`)]
        : ['error', <CloseCircleFilled key="i" />, t(`${M}.checkFailed`)];
  return (
    <Tooltip title={check.detail}>
      <Tag color={color} icon={icon} data-rule={check.rule} data-ok={String(check.ok)}>
        {rule} {mark}
      </Tag>
    </Tooltip>
  );
}

/** The three checks, each with its words (the drawer shows them in full). */
export function CheckLines({ checks }: { checks: readonly MeetingCheck[] }) {
  return (
    <Flex vertical gap={4}>
      {checks.map((c) => (
        <Flex key={c.rule} gap={8} align="center" wrap>
          <CheckTag check={c} />
          <Typography.Text type={c.ok === false ? 'danger' : undefined}>{c.detail}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** The meeting's own fields in the form; the roster and the 回头看 are elements of the page. */
export function meetingForm(creating: boolean): Field<never>[] {
  return [
    ...(creating ? [orgField('orgId', t(`${M}.org`), { required: t(`${M}.orgRequired`) })] : []),
    {
      name: 'kind',
      label: t(`${M}.kind`),
      kind: 'select',
      options: options(MEETING_KINDS, (k) => meetingKindLabels[k]),
      required: t(`${M}.kindRequired`),
    },
    { name: 'heldOn', label: t(`${M}.heldOn`), kind: 'date', required: t(`${M}.heldOnRequired`) },
    campaignField('campaignId', t(`${M}.campaign`)),
    {
      name: 'topic',
      label: t(`${M}.topic`),
      kind: 'text',
      maxLength: MEETING_LEN.topic,
      required: t(`${M}.topicRequired`),
      wide: true,
    },
    { name: 'place', label: t(`${M}.place`), kind: 'text', maxLength: MEETING_LEN.place },
    { name: 'host', label: t(`${M}.host`), kind: 'text', maxLength: MEETING_LEN.host },
    {
      name: 'criticism',
      label: t(`${M}.criticism`),
      kind: 'textarea',
      maxLength: MEETING_LEN.criticism,
      wide: true,
      item: { extra: t(`${M}.criticismHint`) },
      input: { autoSize: { minRows: 4, maxRows: 12 } },
    },
    {
      name: 'measures',
      label: t(`${M}.measures`),
      kind: 'textarea',
      maxLength: MEETING_LEN.measures,
      wide: true,
    },
    {
      name: 'reportedOn',
      label: t(`${M}.reportedOn`),
      kind: 'date',
      item: { extra: t(`${M}.reportedOnHint`) },
    },
    {
      name: 'reportNote',
      label: t(`${M}.reportNote`),
      kind: 'text',
      maxLength: MEETING_LEN.reportNote,
    },
  ];
}

export function meetingColumns(
  open: (row: Meeting) => void,
  actions: (row: Meeting) => readonly RowAction[],
): TableColumnsType<Meeting> {
  return [
    {
      title: t(`${M}.org`),
      key: 'org',
      fixed: 'start',
      width: 140,
      ellipsis: true,
      render: (_: unknown, row: Meeting) => (
        <Typography.Link onClick={() => open(row)}>{row.orgName}</Typography.Link>
      ),
    },
    {
      title: t(`${M}.kind`),
      key: 'kind',
      width: 96,
      render: (_: unknown, row: Meeting) => meetingKindLabels[row.kind],
    },
    {
      title: t(`${M}.heldOn`),
      key: 'heldOn',
      width: 104,
      render: (_: unknown, row: Meeting) => formatDate(row.heldOn),
    },
    { title: t(`${M}.topic`), dataIndex: 'topic', width: 170, ellipsis: true },
    {
      title: t(`${M}.attendance`),
      key: 'attendance',
      width: 64,
      render: (_: unknown, row: Meeting) =>
        t(`${M}.attendanceCount`, { present: row.present, due: row.due }),
    },
    {
      title: t(`${M}.checks`),
      key: 'checks',
      width: 250,
      render: (_: unknown, row: Meeting) => (
        <Flex gap={4} wrap>
          {row.checks.map((c) => (
            <CheckTag key={c.rule} check={c} />
          ))}
        </Flex>
      ),
    },
    actionColumn(130, (row: Meeting) => <RowActions actions={actions(row)} />),
  ];
}
