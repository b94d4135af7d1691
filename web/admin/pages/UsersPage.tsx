import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { ResetPasswordModal } from '../modules/users/components/ResetPasswordModal';
import { UserFilterBar } from '../modules/users/components/UserFilterBar';
import { UserFormModal } from '../modules/users/components/UserFormModal';
import { UserTable } from '../modules/users/components/UserTable';
import { useUsers } from '../modules/users/hooks/useUsers';
import type { User, UserFilters } from '../modules/users/types/user';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** The account being edited, a new one (null), or no open form (undefined). */
type Editing = User | null | undefined;

/** 账号管理 — the system admin's list of login accounts (the route admits admins only). */
export function UsersPage() {
  const me = useCurrentUser();
  // ?q= from a link (the audit log's): the list opens searched for that object
  const [linkedQuery] = useUrlParam('q');
  const [filters, setFilters] = useState<UserFilters>(() =>
    linkedQuery ? { q: linkedQuery } : {},
  );
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Editing>(undefined);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers({ ...filters, ...paging });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('users.create')}
            </Button>
            <ExcelActions
              basePath="/api/users"
              templateFileName=""
              exportFileName={t('users.exportFile')}
              exportQuery={{ q: filters.q?.trim(), role: filters.role, orgId: filters.orgId }}
              canImport={false}
              onImported={() => {}}
            />
          </Space>
        }
      />
      <Card>
        <UserFilterBar
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        {users.error ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <UserTable
            rows={users.data?.items ?? []}
            total={users.data?.total ?? 0}
            loading={users.isFetching}
            paging={paging}
            onPageChange={setPaging}
            selfId={me.id}
            onEdit={setEditing}
            onResetPassword={setResetting}
          />
        )}
      </Card>
      <UserFormModal
        open={editing !== undefined}
        user={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
