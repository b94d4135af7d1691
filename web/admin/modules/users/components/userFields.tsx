import { Flex, Form, type TableColumnsType, Tag } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { orDash } from '../../../ui/format';
import {
  editAction,
  type RowAction,
  rowActionsColumn,
  StateTag,
  stateTags,
} from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import type { Role } from '../../auth/types/auth';
import { UnitCadreSelect } from '../../cadres/components/UnitCadreSelect';
import { orgField } from '../../orgs/components/orgField';
import type { useUpdateUser } from '../hooks/useUserMutations';
import {
  isUnitBound,
  roles,
  statusOf,
  type User,
  type UserInput,
  type UserStatus,
  type UserUpdateInput,
} from '../types/user';
import { passwordRules } from '../utils/password';

const roleTags = stateTags(roles, (r) => t(`roles.${r}`), {
  admin: 'red',
  office: 'volcano',
  unit_admin: 'blue',
  cadre: 'green',
  inspector: 'purple',
});
const statusTags = stateTags(
  ['normal', 'locked', 'disabled'] as const,
  (s: UserStatus) => t(`users.statuses.${s}`),
  { normal: 'success', locked: 'warning', disabled: 'default' },
);
const roleField: Field<never> = {
  name: 'role',
  label: t('users.role'),
  kind: 'select',
  options: options(roles, (r) => t(`roles.${r}`)),
};

export const userFilters: readonly Field<never>[] = [
  { name: 'q', label: t('users.searchPlaceholder'), kind: 'text', maxLength: MAX_LEN.search },
  { ...roleField, label: t('users.filterRole') },
  orgField('orgId', t('users.filterOrg')),
];

/** Same rule as the server: 2–32 characters of letters, digits, _ . - */
const USERNAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** The linked cadre is one of the unit picked above (the server refuses another unit's). */
function CadreOfUnit({ editing, ...props }: { editing: User | null; value?: string }) {
  const orgId = Form.useWatch('orgId', Form.useFormInstance()) as string | undefined;
  return (
    <UnitCadreSelect
      {...props}
      orgId={orgId}
      currentLabel={editing && editing.orgId === orgId ? editing.cadreName : null}
    />
  );
}

const unitBound = (v: Record<string, unknown>) => isUnitBound(v.role as Role | undefined);

/** The account form; the unit and cadre for unit-bound roles, the password for a new account. */
export function userForm(editing: User | null): Field<never>[] {
  return [
    {
      name: 'username',
      label: t('users.username'),
      kind: 'text',
      maxLength: MAX_LEN.username,
      required: t('users.usernameRequired'),
      input: { disabled: editing !== null, autoComplete: 'off' },
      item: {
        extra: editing ? t('users.usernameFixed') : undefined,
        rules: [
          { min: 2, max: 32, message: t('users.usernameLength') },
          { pattern: USERNAME_PATTERN, message: t('users.usernameInvalid') },
        ],
      },
    },
    {
      name: 'name',
      label: t('users.name'),
      kind: 'text',
      maxLength: MAX_LEN.personName,
      required: t('users.nameRequired'),
    },
    { ...roleField, required: t('users.roleRequired'), input: { allowClear: false } },
    orgField('orgId', t('users.org'), {
      required: t('users.orgRequired'),
      wide: false,
      shownWhen: unitBound,
    }),
    {
      name: 'cadreId',
      label: t('users.cadre'),
      kind: 'custom',
      wide: true,
      shownWhen: unitBound,
      control: (props) => <CadreOfUnit {...props} editing={editing} />,
      item: {
        extra: t('users.cadreHint'),
        rules: [
          ({ getFieldValue }) => ({
            required: getFieldValue('role') === 'cadre',
            message: t('users.cadreRequired'),
          }),
        ],
      },
    },
    {
      name: 'password',
      label: t('users.password'),
      kind: 'password',
      maxLength: MAX_LEN.password,
      shownWhen: () => editing === null,
      input: { autoComplete: 'new-password' },
      item: { extra: t('users.passwordRule'), rules: passwordRules },
    },
  ];
}

export type UserFormValues = {
  username: string;
  name: string;
  role: Role;
  orgId?: string;
  cadreId?: string;
  password?: string;
};

export const toUserValues = (user: User | null): Partial<UserFormValues> =>
  user
    ? {
        username: user.username,
        name: user.name,
        role: user.role,
        orgId: user.orgId ?? undefined,
        cadreId: user.cadreId ?? undefined,
      }
    : {};

/** The unit and the linked cadre belong to unit-bound roles only. */
export function toUserInput(v: UserFormValues, editing: User | null): UserInput | UserUpdateInput {
  const bound = isUnitBound(v.role);
  const binding = {
    role: v.role,
    orgId: bound ? (v.orgId ?? null) : null,
    cadreId: bound ? (v.cadreId ?? null) : null,
  };
  if (!editing) {
    return {
      username: v.username.trim(),
      name: v.name.trim(),
      password: v.password ?? '',
      ...binding,
    };
  }
  return {
    name: v.name.trim(),
    role: binding.role,
    cadreId: binding.cadreId,
    // other roles keep the unit they had (e.g. the office an inspector works in)
    ...(bound ? { orgId: binding.orgId } : {}),
  };
}

type Handlers = {
  selfId: string;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  update: ReturnType<typeof useUpdateUser>;
};

/** A PATCH of one account asked first (停用, 启用, 解除锁定). */
const patchAction = (
  user: User,
  update: Handlers['update'],
  input: UserUpdateInput,
  words: Pick<RowAction, 'label' | 'confirm' | 'done' | 'danger' | 'shown'>,
): RowAction => ({
  ...words,
  pending: update.isPending,
  run: () => update.mutateAsync({ id: user.id, input }),
});

export function userColumns({
  selfId,
  onEdit,
  onResetPassword,
  update,
}: Handlers): TableColumnsType<User> {
  return [
    { title: t('users.username'), dataIndex: 'username', fixed: 'start', width: 120 },
    {
      title: t('users.name'),
      dataIndex: 'name',
      width: 130,
      render: (name: string, user) => (
        <Flex gap={4} wrap align="center">
          <span>{name}</span>
          {user.id === selfId ? <Tag>{t('users.self')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('users.role'),
      dataIndex: 'role',
      width: 100,
      render: (role: Role) => <StateTag state={role} tags={roleTags} />,
    },
    { title: t('users.org'), dataIndex: 'orgName', width: 160, ellipsis: true, render: orDash },
    { title: t('users.cadre'), dataIndex: 'cadreName', width: 90, render: orDash },
    {
      title: t('users.status'),
      key: 'status',
      width: 72,
      render: (_: unknown, user) => <StateTag state={statusOf(user)} tags={statusTags} />,
    },
    ...rowActionsColumn(230, (user: User) => {
      const disable = !user.disabled;
      const name = { name: user.username };
      return [
        editAction(() => onEdit(user)),
        { label: t('users.resetPassword'), onClick: () => onResetPassword(user) },
        patchAction(
          user,
          update,
          { disabled: disable },
          {
            label: t(disable ? 'users.disable' : 'users.enable'),
            confirm: t(disable ? 'users.disableConfirm' : 'users.enableConfirm', name),
            done: t(disable ? 'users.disabled' : 'users.enabled'),
            danger: disable,
            shown: user.id !== selfId,
          },
        ),
        patchAction(
          user,
          update,
          { unlock: true },
          {
            label: t('users.unlock'),
            confirm: t('users.unlockConfirm', name),
            done: t('users.unlocked'),
            shown: user.locked,
          },
        ),
      ];
    }),
  ];
}
