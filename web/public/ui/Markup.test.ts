import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markup } from './Markup';

const render = (source: string) => renderToStaticMarkup(createElement(Markup, { source }));

/** The citizens' site draws a letter's markup as elements; stored HTML stays text. */
describe('Markup (citizens site)', () => {
  it('draws headings, paragraphs with their line breaks, both lists and bold', () => {
    const html = render(
      '# 给群众的一封信\n\n乡亲们：\n你们好！\n\n- 第一条\n- **第二条**\n\n1. 甲\n2. 乙\n\n## 结语',
    );
    expect(html).toBe(
      '<div class="markup"><h2>给群众的一封信</h2><p>乡亲们：<br/>你们好！</p>' +
        '<ul><li>第一条</li><li><strong>第二条</strong></li></ul>' +
        '<ol><li>甲</li><li>乙</li></ol><h3>结语</h3></div>',
    );
  });

  it('shows <script> and <img onerror> in a body as text, never as elements', () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n# <svg onload=alert(3)>\n\n- **<iframe src="javascript:alert(4)">**',
    );
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('<h2>&lt;svg onload=alert(3)&gt;</h2>');
    expect(html).toContain(
      '<li><strong>&lt;iframe src=&quot;javascript:alert(4)&quot;&gt;</strong></li>',
    );
  });

  it('draws nothing but its frame for an empty text, and takes a class', () => {
    expect(render('')).toBe('<div class="markup"></div>');
    expect(
      renderToStaticMarkup(createElement(Markup, { source: '正文', className: 'letter-body' })),
    ).toBe('<div class="markup letter-body"><p>正文</p></div>');
  });
});

describe('Markup headings', () => {
  it('never skips a level: a text with ## headings only draws them as h2', () => {
    expect(render('## 一\n\n正文\n\n## 二')).toBe(
      '<div class="markup"><h2>一</h2><p>正文</p><h2>二</h2></div>',
    );
    expect(render('# 一\n\n## 二')).toBe('<div class="markup"><h2>一</h2><h3>二</h3></div>');
  });
});
