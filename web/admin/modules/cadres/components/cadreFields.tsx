import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { PHONE_RE } from '../../../../../common/phone.ts';
import { t } from '../../../i18n';
import {
  activeColumn,
  activeToggle,
  cadreColumn,
  editAction,
  fieldColumn,
  rowActionsColumn,
} from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { orgField } from '../../orgs/components/orgField';
import type { useSetCadreActive } from '../hooks/useCadreMutations';
import { type Cadre, cadreRanks, genders } from '../types/cadre';

const rank: Field<Cadre> = {
  name: 'rank',
  label: t('cadres.rank'),
  kind: 'select',
  options: options(cadreRanks, (r) => t(`cadres.ranks.${r}`)),
};
const gender: Field<Cadre> = {
  name: 'gender',
  label: t('cadres.gender'),
  kind: 'select',
  options: options(genders, (g) => t(`cadres.genders.${g}`)),
};
const yesNo = (name: string, label: string): Field<Cadre> => ({ name, label, kind: 'boolean' });
const text = (name: string, label: string, maxLength?: number): Field<Cadre> => ({
  name,
  label,
  kind: 'text',
  maxLength,
});

/** The fields of a cadre as its list shows them. */
export const cadreFields = {
  gender,
  rank,
  post: text('post', t('cadres.post'), MAX_LEN.post),
  phone: text('phone', t('cadres.phone')),
  email: text('email', t('cadres.email'), MAX_LEN.email),
  partyMember: yesNo('partyMember', t('cadres.partyMember')),
};

export const cadreFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t('cadres.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 260,
  },
  orgField('orgId', t('cadres.filterOrg')),
  { ...rank, width: 120 },
  { ...yesNo('leading', t('cadres.filterLeading')), width: 150 },
  {
    name: 'active',
    label: t('cadres.filterStatus'),
    kind: 'boolean',
    width: 120,
    options: options(['true', 'false'], (v) =>
      t(`cadres.statuses.${v === 'true' ? 'active' : 'inactive'}`),
    ),
  },
];

/** The form's fields; 职级生效日期 shows when an edit changes the rank. */
export function cadreFormFields(editing: Cadre | null): Field<never>[] {
  return [
    {
      name: 'name',
      label: t('cadres.name'),
      kind: 'text',
      maxLength: MAX_LEN.personName,
      required: t('cadres.nameRequired'),
    },
    gender,
    { ...rank, required: t('cadres.rankRequired'), input: { allowClear: false } },
    {
      name: 'rankEffectiveFrom',
      label: t('cadres.rankEffectiveFrom'),
      kind: 'date',
      shownWhen: (v) => editing !== null && v.rank !== undefined && v.rank !== editing.rank,
      input: { allowClear: false },
      item: {
        extra: t('cadres.rankEffectiveFromHint'),
        initialValue: dayjs(),
        preserve: false,
        rules: [{ required: true, message: t('cadres.rankEffectiveFromRequired') }],
      },
    },
    cadreFields.post,
    orgField('orgId', t('cadres.org'), { required: t('cadres.orgRequired') }),
    {
      name: 'phone',
      label: t('cadres.phone'),
      kind: 'text',
      input: { inputMode: 'numeric', maxLength: 11 },
      item: { rules: [{ pattern: PHONE_RE, message: t('cadres.phoneInvalid') }] },
    },
    {
      name: 'email',
      label: t('cadres.email'),
      kind: 'text',
      maxLength: MAX_LEN.email,
      input: { inputMode: 'email' },
      item: { rules: [{ type: 'email', message: t('cadres.emailInvalid') }] },
    },
    yesNo('leading', t('cadres.leading')),
    yesNo('partyMember', t('cadres.partyMember')),
  ];
}

/** The cadre list's columns; 编辑 and 启用/停用 for the roles that write. */
export function cadreColumns(
  canWrite: boolean,
  onEdit: (cadre: Cadre) => void,
  setActive: ReturnType<typeof useSetCadreActive>,
): TableColumnsType<Cadre> {
  const f = cadreFields;
  return [
    cadreColumn(
      t('cadres.name'),
      (c) => c.name,
      (c) => c.leading,
    ),
    fieldColumn(f.gender, { width: 56 }),
    fieldColumn(f.rank, { width: 60 }),
    fieldColumn(f.post, { width: 110, ellipsis: true }),
    { title: t('cadres.org'), dataIndex: 'orgName', width: 140, ellipsis: true },
    fieldColumn(f.phone, { width: 110 }),
    fieldColumn(f.email, { width: 160, ellipsis: true }),
    fieldColumn(f.partyMember, { width: 56 }),
    activeColumn(t('cadres.status'), {
      active: t('cadres.statuses.active'),
      inactive: t('cadres.statuses.inactive'),
    }),
    ...rowActionsColumn(
      110,
      (c: Cadre) => [
        editAction(() => onEdit(c)),
        activeToggle(
          c.active,
          (w) => t(`cadres.${w}`, { name: c.name }),
          setActive.isPending,
          (active) => setActive.mutateAsync({ id: c.id, active }),
        ),
      ],
      canWrite,
    ),
  ];
}
