import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../i18n';

export function ForbiddenPage() {
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
