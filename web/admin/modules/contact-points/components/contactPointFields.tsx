import type { TableColumnsType } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { inRange } from '../../../ui/forms';
import { deleteAction, editAction, fieldColumn, rowActionsColumn } from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { orgField } from '../../orgs/components/orgField';
import type { useDeleteContactPoint } from '../hooks/useContactPoints';
import {
  type ContactPoint,
  type ContactPointInput,
  contactPointKinds,
} from '../types/contactPoint';

export const contactPointFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t('contactPoints.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 280,
  },
  orgField('orgId', t('contactPoints.filterOrg')),
];

export const contactPointKind: Field<ContactPoint> = {
  name: 'kind',
  label: t('contactPoints.kind'),
  kind: 'select',
  options: options(contactPointKinds, (k) => t(`contactPoints.kinds.${k}`)),
};

const coordinate = (name: string, max: number): Field<never> => ({
  name,
  label: t(`contactPoints.${name as 'latitude' | 'longitude'}`),
  kind: 'number',
  input: { step: 0.000001 },
  item: { rules: [inRange(-max, max)] },
});

export const contactPointForm: readonly Field<never>[] = [
  {
    name: 'name',
    label: t('contactPoints.name'),
    kind: 'text',
    maxLength: MAX_LEN.name,
    required: t('contactPoints.nameRequired'),
    span: 16,
  },
  {
    ...contactPointKind,
    required: t('contactPoints.kindRequired'),
    input: { allowClear: false },
    span: 8,
  },
  {
    name: 'county',
    label: t('contactPoints.county'),
    kind: 'text',
    maxLength: MAX_LEN.county,
    span: 8,
  },
  {
    name: 'address',
    label: t('contactPoints.address'),
    kind: 'text',
    maxLength: MAX_LEN.address,
    span: 16,
  },
  coordinate('latitude', 90),
  coordinate('longitude', 180),
  orgField('orgId', t('contactPoints.org'), { required: t('contactPoints.orgRequired') }),
];

type FormValues = Omit<ContactPointInput, 'county' | 'address'> & {
  county?: string;
  address?: string;
};

export const toContactPointValues = (point: ContactPoint | null, orgId: string | null) =>
  point ?? { kind: 'village' as const, ...(orgId ? { orgId } : {}) };

export const toContactPointInput = (v: FormValues): ContactPointInput => ({
  name: v.name.trim(),
  kind: v.kind,
  county: v.county?.trim() ?? '',
  address: v.address?.trim() ?? '',
  latitude: v.latitude ?? null,
  longitude: v.longitude ?? null,
  orgId: v.orgId,
});

export function formatCoordinates(point: ContactPoint): string {
  if (point.latitude === null || point.longitude === null) return '';
  return `${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)}`;
}

/** The list's columns; a point of a unit above the user's own is shown for reference only. */
export function contactPointColumns(
  canWrite: boolean,
  onEdit: (point: ContactPoint) => void,
  remove: ReturnType<typeof useDeleteContactPoint>,
): TableColumnsType<ContactPoint> {
  return [
    { title: t('contactPoints.name'), dataIndex: 'name', fixed: 'start', width: 140 },
    fieldColumn(contactPointKind, { width: 56 }),
    { title: t('contactPoints.county'), dataIndex: 'county', width: 100 },
    { title: t('contactPoints.address'), dataIndex: 'address', width: 220, ellipsis: true },
    {
      title: t('contactPoints.coordinates'),
      key: 'coordinates',
      width: 160,
      render: (_: unknown, point) => formatCoordinates(point),
    },
    { title: t('contactPoints.org'), dataIndex: 'orgName', width: 160, ellipsis: true },
    ...rowActionsColumn(
      110,
      (p: ContactPoint) => [
        editAction(() => onEdit(p), p.editable),
        deleteAction(
          p.name,
          () => remove.mutateAsync({ id: p.id, arg: undefined }),
          remove.isPending,
          p.editable,
        ),
      ],
      canWrite,
    ),
  ];
}
