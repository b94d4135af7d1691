import { Button, type TableColumnsType, Tag } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { PHONE_RE } from '../../../../../common/phone.ts';
import { t } from '../../../i18n';
import { EMPTY_CELL, orDash } from '../../../ui/format';
import { emptyToNull } from '../../../ui/forms';
import { activeColumn, activeToggle, editAction, rowActionsColumn } from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { contactPointField } from '../../contact-points/components/ContactPointSelect';
import { orgField } from '../../orgs/components/orgField';
import type { useSetHouseholdActive } from '../hooks/useHouseholds';
import {
  type Household,
  type HouseholdCategory,
  type HouseholdInput,
  type HouseholdMember,
  householdCategories,
} from '../types/household';
import { CategoryTags } from './CategoryTags';
import { MembersInput } from './MembersInput';

/** 18 characters, the last a digit or X; the server checks the GB 11643 check character. */
const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;

const categoryOptions = options(householdCategories, (c) => t(`households.categories.${c}`));

const baseFilters: Field<never>[] = [
  { name: 'q', label: t('households.searchPlaceholder'), kind: 'text', maxLength: MAX_LEN.search },
  orgField('orgId', t('households.filterOrg'), { width: 200 }),
  contactPointField('contactPointId', t('households.filterContactPoint')),
  {
    name: 'category',
    label: t('households.filterCategory'),
    kind: 'select',
    options: categoryOptions,
    width: 120,
  },
  {
    name: 'active',
    label: t('households.filterStatus'),
    kind: 'boolean',
    width: 110,
    options: options(['true', 'false'], (v) =>
      t(`households.statuses.${v === 'true' ? 'active' : 'inactive'}`),
    ),
  },
];

/** The list's filters; 只看重复身份证号 for the roles that may merge duplicates. */
export const householdFilters = {
  all: baseFilters,
  withDuplicates: [
    ...baseFilters,
    { name: 'duplicateIdNumber', label: t('households.duplicatesOnly'), kind: 'flag' },
  ] as Field<never>[],
};

/** The list's columns: 姓名 opens the details; 编辑 and 启用/停用 for the roles that write. */
export function householdColumns(
  canWrite: boolean,
  onView: (h: Household) => void,
  onEdit: (h: Household) => void,
  setActive: ReturnType<typeof useSetHouseholdActive>,
): TableColumnsType<Household> {
  const text = (dataIndex: keyof Household, width: number, ellipsis = false) => ({
    title: t(`households.${dataIndex as 'phone'}`),
    dataIndex,
    width,
    ellipsis,
    render: orDash,
  });
  return [
    {
      title: t('households.headName'),
      dataIndex: 'headName',
      fixed: 'start',
      width: 80,
      render: (name: string, h) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onView(h)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('households.categoriesLabel'),
      dataIndex: 'categories',
      width: 120,
      render: (categories: HouseholdCategory[]) =>
        categories.length ? <CategoryTags categories={categories} /> : EMPTY_CELL,
    },
    {
      title: t('households.contactPoint'),
      dataIndex: 'contactPointName',
      width: 100,
      ellipsis: true,
      render: (name: string, h) => <span title={h.orgName}>{name}</span>,
    },
    text('idNumber', 140),
    text('phone', 96),
    text('address', 100, true),
    {
      title: t('households.members'),
      dataIndex: 'members',
      width: 100,
      ellipsis: true,
      render: (members: HouseholdMember[]) =>
        members.length ? members.map((m) => `${m.name}(${m.relation})`).join('、') : EMPTY_CELL,
    },
    {
      title: t('households.pairedCadres'),
      dataIndex: 'pairedCadres',
      width: 90,
      ellipsis: true,
      render: (names: string[]) =>
        names.length ? names.join('、') : <Tag>{t('households.unpaired')}</Tag>,
    },
    activeColumn(
      t('households.status'),
      { active: t('households.statuses.active'), inactive: t('households.statuses.inactive') },
      64,
    ),
    ...rowActionsColumn(canWrite ? 150 : 60, (h: Household) => [
      { label: t('households.view'), onClick: () => onView(h) },
      editAction(() => onEdit(h), canWrite),
      {
        ...activeToggle(
          h.active,
          (w) => t(`households.${w}`, { name: h.headName }),
          setActive.isPending,
          (active) => setActive.mutateAsync({ id: h.id, arg: active }),
        ),
        shown: canWrite,
      },
    ]),
  ];
}

/**
 * The form's fields. When editing, ID number and phone are only known masked: the fields start
 * empty (the masked value as placeholder) and an empty field leaves the stored value unchanged.
 */
export function householdForm(editing: Household | null): Field<never>[] {
  const keep = (value: string | null | undefined) => ({
    extra: editing && value ? t('households.keepHint', { value }) : undefined,
  });
  return [
    {
      name: 'headName',
      label: t('households.headName'),
      kind: 'text',
      maxLength: MAX_LEN.personName,
      required: t('households.headNameRequired'),
    },
    contactPointField('contactPointId', t('households.contactPoint'), {
      required: t('households.contactPointRequired'),
    }),
    {
      name: 'idNumber',
      label: t('households.idNumber'),
      kind: 'text',
      placeholder: editing?.idNumber ?? undefined,
      input: { maxLength: 18, autoComplete: 'off' },
      item: {
        ...keep(editing?.idNumber),
        rules: [{ pattern: ID_NUMBER_PATTERN, message: t('households.idNumberInvalid') }],
      },
    },
    {
      name: 'phone',
      label: t('households.phone'),
      kind: 'text',
      placeholder: editing?.phone ?? undefined,
      input: { maxLength: MAX_LEN.phone, inputMode: 'tel', autoComplete: 'off' },
      item: {
        ...keep(editing?.phone),
        rules: [{ pattern: PHONE_RE, message: t('households.phoneInvalid') }],
      },
    },
    {
      name: 'address',
      label: t('households.address'),
      kind: 'text',
      maxLength: MAX_LEN.address,
      wide: true,
    },
    {
      name: 'categories',
      label: t('households.categoriesLabel'),
      kind: 'select',
      options: categoryOptions,
      input: { mode: 'multiple' },
      wide: true,
    },
    { name: 'members', label: t('households.members'), kind: 'custom', element: <MembersInput /> },
    {
      name: 'notes',
      label: t('households.notes'),
      kind: 'textarea',
      maxLength: MAX_LEN.note,
      wide: true,
    },
  ];
}

type FormValues = {
  contactPointId: string;
  headName: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  categories: HouseholdCategory[];
  members: HouseholdMember[];
  notes?: string;
};

export function toHouseholdValues(h: Household | null, contactPointId?: string) {
  if (!h) return { categories: [], members: [], ...(contactPointId ? { contactPointId } : {}) };
  const { contactPointId: point, headName, address, categories, members, notes } = h;
  return { contactPointId: point, headName, address, categories, members, notes };
}

export function toHouseholdInput(values: FormValues, editing: Household | null): HouseholdInput {
  const idNumber = emptyToNull(values.idNumber)?.toUpperCase() ?? null;
  const phone = emptyToNull(values.phone);
  return {
    contactPointId: values.contactPointId,
    headName: values.headName.trim(),
    address: values.address?.trim() ?? '',
    categories: values.categories,
    members: values.members.map((m) => ({ name: m.name.trim(), relation: m.relation.trim() })),
    notes: values.notes?.trim() ?? '',
    // editing: an empty field keeps what is stored (it is only shown masked)
    ...(editing ? {} : { idNumber, phone }),
    ...(editing && idNumber ? { idNumber } : {}),
    ...(editing && phone ? { phone } : {}),
  };
}
