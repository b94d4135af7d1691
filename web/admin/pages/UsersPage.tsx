import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { USERS_PATH, userKeys } from '../modules/users/api/usersApi';
import { ResetPasswordModal } from '../modules/users/components/ResetPasswordModal';
import {
  toUserInput,
  toUserValues,
  type UserFormValues,
  userColumns,
  userFilters,
  userForm,
} from '../modules/users/components/userFields';
import { useSaveUser, useUpdateUser } from '../modules/users/hooks/useUserMutations';
import type { User } from '../modules/users/types/user';
import { fieldOfCode } from '../modules/users/utils/serverErrors';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

/** 账号管理 — the system admin's list of login accounts (the route admits admins only). */
export function UsersPage() {
  const me = useCurrentUser();
  const [editing, setEditing] = useState<User | null>();
  const [resetting, setResetting] = useState<User | null>(null);
  const list = useList<User>({
    path: USERS_PATH,
    queryKey: userKeys.lists(),
    filters: userFilters,
  });
  const save = useSaveUser();
  const update = useUpdateUser();

  return (
    <ListPage<User, typeof list.filters>
      title={t('users.title')}
      create={{ label: t('users.create'), onClick: () => setEditing(null) }}
      extra={
        <ExcelActions
          basePath={USERS_PATH}
          exportFileName={t('users.exportFile')}
          exportQuery={list.query}
        />
      }
      filters={userFilters}
      list={list}
      columns={userColumns({
        selfId: me.id,
        onEdit: setEditing,
        onResetPassword: setResetting,
        update,
      })}
      rowKey="id"
      empty={t('users.empty')}
    >
      <FormDialog
        name="user"
        editing={editing}
        title={{ create: t('users.createTitle'), edit: t('users.editTitle') }}
        fields={userForm(editing ?? null)}
        initialValues={toUserValues}
        onSubmit={(values: UserFormValues, user) =>
          save.mutateAsync({ id: user?.id ?? null, input: toUserInput(values, user) })
        }
        // a cadre of the old unit cannot stay linked
        onValuesChange={(changed, form) => {
          if ('orgId' in changed) form.setFieldValue('cadreId', undefined);
        }}
        codeFields={fieldOfCode}
        done={editing ? t('common.saved') : t('users.created')}
        onClose={() => setEditing(undefined)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </ListPage>
  );
}
