import type { FormRule, TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import {
  MAX_VOLUNTEER_HOURS_PER_DAY,
  SERVICE_RECORD_KINDS,
} from '../../../../../common/service-record-terms.ts';
import { t } from '../../../i18n';
import { formatDate } from '../../../ui/format';
import { deleteAction, editAction, fieldColumn, rowActionsColumn } from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { UploadsField, uploadedIds } from '../../../ui/UploadsField';
import { cadreField } from '../../cadres/components/cadreField';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import type { useDeleteServiceRecord } from '../api/serviceRecordsApi';
import type { ServiceRecord, ServiceRecordInput, ServiceRecordKind } from '../types/serviceRecord';

const kindField: Field<ServiceRecord> = {
  name: 'kind',
  label: t('serviceRecords.kind'),
  kind: 'select',
  options: options(SERVICE_RECORD_KINDS, (k) => t(`serviceRecords.kinds.${k}`)),
  width: 120,
};

export const serviceRecordFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t('serviceRecords.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 220,
  },
  kindField as Field<never>,
  campaignField('campaignId', t('serviceRecords.campaign')),
  orgField('orgId', t('serviceRecords.filterOrg')),
  { name: 'dates', label: t('serviceRecords.filterDates'), kind: 'dateRange' },
];

const DAY = 'YYYY-MM-DD';

const is = (kind: ServiceRecordKind) => (v: Record<string, unknown>) => v.kind === kind;

/** 服务时长: more than 0, at most 24 a day — refused in words, never clamped. */
const hoursRule: FormRule = {
  validator: (_, value: unknown) =>
    value === undefined ||
    value === null ||
    (typeof value === 'number' && value > 0 && value <= MAX_VOLUNTEER_HOURS_PER_DAY)
      ? Promise.resolve()
      : Promise.reject(new Error(t('serviceRecords.hoursRange'))),
};

/** The form: the fields change with the kind (a posting has from–to and a result, service hours). */
export function serviceRecordForm(oversees: boolean, editing: boolean): Field<never>[] {
  return [
    {
      ...(kindField as Field<never>),
      required: t('serviceRecords.kindRequired'),
      input: { allowClear: false, disabled: editing },
      span: 12,
    },
    ...(oversees && !editing
      ? [
          cadreField('cadreId', t('serviceRecords.cadre'), {
            item: { extra: t('serviceRecords.cadreHint') },
            span: 12,
          }),
        ]
      : []),
    campaignField('campaignId', t('serviceRecords.campaign'), {
      item: { extra: t('serviceRecords.campaignHint') },
      span: 12,
    }),
    {
      name: 'startsOn',
      label: t('serviceRecords.startsOn'),
      kind: 'date',
      required: t('serviceRecords.startsOnRequired'),
      span: 12,
    },
    {
      name: 'endsOn',
      label: t('serviceRecords.endsOn'),
      kind: 'date',
      item: { extra: t('serviceRecords.endsOnHint') },
      span: 12,
      shownWhen: is('frontline'),
    },
    {
      name: 'hours',
      label: t('serviceRecords.hours'),
      kind: 'number',
      required: t('serviceRecords.hoursRequired'),
      input: { step: 0.5 },
      item: { rules: [hoursRule] },
      span: 12,
      shownWhen: is('volunteer'),
    },
    {
      name: 'place',
      label: t('serviceRecords.place'),
      kind: 'text',
      maxLength: MAX_LEN.address,
      required: t('serviceRecords.placeRequired'),
      wide: true,
    },
    {
      name: 'task',
      label: t('serviceRecords.task'),
      kind: 'textarea',
      maxLength: MAX_LEN.note,
      required: t('serviceRecords.taskRequired'),
      wide: true,
    },
    {
      name: 'result',
      label: t('serviceRecords.result'),
      kind: 'textarea',
      maxLength: MAX_LEN.note,
      wide: true,
      shownWhen: is('frontline'),
    },
    {
      name: 'uploads',
      label: t('serviceRecords.evidence'),
      kind: 'text',
      element: (
        <UploadsField
          label={t('serviceRecords.evidence')}
          hint={t('serviceRecords.evidenceHint')}
          button={t('serviceRecords.upload')}
        />
      ),
    },
  ];
}

/** The form's values: the dates as the date picker holds them. */
type FormValues = Omit<ServiceRecordInput, 'attachmentIds' | 'startsOn' | 'endsOn'> & {
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  uploads?: Parameters<typeof uploadedIds>[0];
};

export const toServiceRecordValues = (row: ServiceRecord | null): Partial<FormValues> =>
  row
    ? {
        kind: row.kind,
        campaignId: row.campaignId ?? undefined,
        startsOn: dayjs(row.startsOn),
        endsOn: row.endsOn ? dayjs(row.endsOn) : undefined,
        hours: row.hours ?? undefined,
        place: row.place,
        task: row.task,
        result: row.result ?? undefined,
      }
    : { kind: 'volunteer' };

export function toServiceRecordInput(v: FormValues): ServiceRecordInput {
  const frontline = v.kind === 'frontline';
  return {
    kind: v.kind,
    ...(v.cadreId ? { cadreId: v.cadreId } : {}),
    ...(v.campaignId ? { campaignId: v.campaignId } : {}),
    startsOn: v.startsOn.format(DAY),
    endsOn: frontline && v.endsOn ? v.endsOn.format(DAY) : null,
    hours: frontline ? null : (v.hours ?? null),
    place: v.place.trim(),
    task: v.task.trim(),
    result: frontline ? (v.result?.trim() ?? null) : null,
    attachmentIds: uploadedIds(v.uploads),
  };
}

export function serviceRecordColumns(
  mayEdit: (row: ServiceRecord) => boolean,
  onEdit: (row: ServiceRecord) => void,
  remove: ReturnType<typeof useDeleteServiceRecord>,
): TableColumnsType<ServiceRecord> {
  return [
    { title: t('serviceRecords.cadre'), dataIndex: 'cadreName', fixed: 'start', width: 90 },
    fieldColumn(kindField, { width: 84 }),
    {
      title: t('serviceRecords.period'),
      key: 'period',
      width: 170,
      render: (_: unknown, r) =>
        r.kind === 'volunteer' && !r.endsOn
          ? formatDate(r.startsOn)
          : `${formatDate(r.startsOn)} 至 ${r.endsOn ? formatDate(r.endsOn) : t('serviceRecords.ongoing')}`,
    },
    { title: t('serviceRecords.place'), dataIndex: 'place', width: 150, ellipsis: true },
    { title: t('serviceRecords.task'), dataIndex: 'task', width: 180, ellipsis: true },
    {
      title: t('serviceRecords.hoursShort'),
      key: 'hours',
      width: 84,
      align: 'right',
      render: (_: unknown, r) => (r.hours === null ? '' : r.hours),
    },
    { title: t('serviceRecords.org'), dataIndex: 'orgName', width: 120, ellipsis: true },
    ...rowActionsColumn(110, (r: ServiceRecord) => [
      editAction(() => onEdit(r), mayEdit(r)),
      deleteAction(
        `${r.cadreName} ${r.startsOn}`,
        () => remove.mutateAsync({ id: r.id, arg: undefined }),
        remove.isPending,
        mayEdit(r),
      ),
    ]),
  ];
}
