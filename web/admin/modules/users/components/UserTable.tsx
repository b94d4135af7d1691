import { App, Button, Flex, Popconfirm, type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { orDash } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import type { Role } from '../../auth/types/auth';
import { useUpdateUser } from '../hooks/useUserMutations';
import { statusOf, type User, type UserStatus } from '../types/user';

type UserTableProps = {
  rows: User[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  /** the signed-in admin, who may not disable themselves */
  selfId: string;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
};

const roleColors: Record<Role, string> = {
  admin: 'red',
  office: 'volcano',
  unit_admin: 'blue',
  cadre: 'green',
  inspector: 'purple',
};

const statusColors: Record<UserStatus, string> = {
  normal: 'success',
  locked: 'warning',
  disabled: 'default',
};

function DisableToggle({ user }: { user: User }) {
  const { message } = App.useApp();
  const update = useUpdateUser();
  const disable = !user.disabled;
  return (
    <Popconfirm
      title={t(disable ? 'users.disableConfirm' : 'users.enableConfirm', { name: user.username })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: disable, loading: update.isPending }}
      onConfirm={() =>
        update.mutate(
          { id: user.id, input: { disabled: disable } },
          {
            onSuccess: () => void message.success(t(disable ? 'users.disabled' : 'users.enabled')),
            onError: (error) => void message.error(errorMessage(error)),
          },
        )
      }
    >
      <Button type="link" size="small" danger={disable}>
        {t(disable ? 'users.disable' : 'users.enable')}
      </Button>
    </Popconfirm>
  );
}

function UnlockButton({ user }: { user: User }) {
  const { message } = App.useApp();
  const update = useUpdateUser();
  return (
    <Popconfirm
      title={t('users.unlockConfirm', { name: user.username })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: update.isPending }}
      onConfirm={() =>
        update.mutate(
          { id: user.id, input: { unlock: true } },
          {
            onSuccess: () => void message.success(t('users.unlocked')),
            onError: (error) => void message.error(errorMessage(error)),
          },
        )
      }
    >
      <Button type="link" size="small">
        {t('users.unlock')}
      </Button>
    </Popconfirm>
  );
}

export function UserTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  selfId,
  onEdit,
  onResetPassword,
}: UserTableProps) {
  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      fixed: 'start',
      width: 120,
    },
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
      render: (role: Role) => <Tag color={roleColors[role]}>{t(`roles.${role}`)}</Tag>,
    },
    { title: t('users.org'), dataIndex: 'orgName', width: 160, ellipsis: true, render: orDash },
    { title: t('users.cadre'), dataIndex: 'cadreName', width: 90, render: orDash },
    {
      title: t('users.status'),
      key: 'status',
      width: 72,
      render: (_: unknown, user) => {
        const status = statusOf(user);
        return <Tag color={statusColors[status]}>{t(`users.statuses.${status}`)}</Tag>;
      },
    },
    actionColumn(230, (user: User) => (
      <Flex gap={0} wrap>
        <Button type="link" size="small" onClick={() => onEdit(user)}>
          {t('common.edit')}
        </Button>
        <Button type="link" size="small" onClick={() => onResetPassword(user)}>
          {t('users.resetPassword')}
        </Button>
        {user.id === selfId ? null : <DisableToggle user={user} />}
        {user.locked ? <UnlockButton user={user} /> : null}
      </Flex>
    )),
  ];

  return (
    <ListTable<User>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('users.empty')}
    />
  );
}
