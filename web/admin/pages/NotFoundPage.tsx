import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../i18n';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
