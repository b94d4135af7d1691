import { Breadcrumb } from 'antd';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { t } from '../../../i18n';
import { documentTitleOf, pageTrailOf } from '../pageTrail';

/** Sets the browser tab's title (`页面 · 贴心人`) on every route, the login page included. */
export function DocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = documentTitleOf(pathname);
  }, [pathname]);
  return null;
}

/** 当前位置: 首页 / 入户结亲 / 住户 — above every page of the app. */
export function PageBreadcrumb() {
  const { pathname } = useLocation();
  const { crumbs } = pageTrailOf(pathname);
  return (
    <nav aria-label={t('app.breadcrumb')}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={crumbs.map((c, i) => ({
          key: `${i}`,
          title: c.path && i < crumbs.length - 1 ? <Link to={c.path}>{c.title}</Link> : c.title,
        }))}
      />
    </nav>
  );
}
