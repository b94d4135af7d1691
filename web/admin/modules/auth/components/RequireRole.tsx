import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import { useCurrentUser } from '../hooks/useCurrentUser';
import type { Role } from '../types/auth';

type RequireRoleProps = {
  roles: readonly Role[];
  children: ReactNode;
};

export function RequireRole({ roles, children }: RequireRoleProps) {
  const user = useCurrentUser();
  if (roles.includes(user.role)) return children;
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('app.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
