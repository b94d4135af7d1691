import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN';
import { PAGES } from './pages';
import { documentTitleOf, pageTrailOf } from './pageTrail';

describe('page titles and breadcrumbs', () => {
  it('every route of the manifests has a title of its own (not 页面不存在)', () => {
    const paths = ['/login', ...PAGES.map((p) => `/${p.path}`)];
    expect(paths.length).toBeGreaterThan(15);
    for (const p of paths) {
      const title = pageTrailOf(p.replace(/:\w+/g, '0190f0a0-0000-7000-8000-000000000000')).title;
      expect(title, p).not.toBe(zhCN.app.notFound);
    }
  });

  it('titles the tab 页面 · 贴心人 and puts a page under its group or its list', () => {
    expect(documentTitleOf('/households')).toBe('住户 · 贴心人');
    expect(pageTrailOf('/households').crumbs.map((c) => c.title)).toEqual([
      '首页',
      '入户结亲',
      '住户',
    ]);
    expect(pageTrailOf('/cases/abc').crumbs).toEqual([
      { title: '首页', path: '/' },
      { title: '诉求件', path: '/cases' },
      { title: '诉求件详情' },
    ]);
    expect(pageTrailOf('/nowhere').title).toBe(zhCN.app.notFound);
  });
});
