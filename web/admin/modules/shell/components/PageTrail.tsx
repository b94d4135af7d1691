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

const crumbRowStyle = { display: 'inline-flex', alignItems: 'center', minHeight: 44 } as const;
const crumbLinkStyle = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minHeight: 44,
  minWidth: 44,
} as const;

/** 当前位置: 首页 / 入户结亲 / 住户 — above every page of the app. */
export function PageBreadcrumb() {
  const { pathname } = useLocation();
  const { crumbs } = pageTrailOf(pathname);
  return (
    <nav aria-label={t('app.breadcrumb')}>
      <Breadcrumb
        style={{ marginBottom: 4 }}
        styles={{ item: crumbRowStyle, separator: crumbRowStyle }}
        items={crumbs.map((c, i) => ({
          key: `${i}`,
          title:
            c.path && i < crumbs.length - 1 ? (
              // a finger's target on a phone: 44 px high, at least 44 wide
              <Link to={c.path} style={crumbLinkStyle}>
                {c.title}
              </Link>
            ) : (
              c.title
            ),
        }))}
      />
    </nav>
  );
}
