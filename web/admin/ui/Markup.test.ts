import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markup } from './Markup';

const render = (source: string) => renderToStaticMarkup(createElement(Markup, { source }));

/** The admin app draws a document's markup (the citizens' site's renderer in Typography); stored HTML stays text. */
describe('Markup (admin)', () => {
  it('draws headings, paragraphs, both lists and bold as elements', () => {
    const html = render('# 调研报告\n\n第一段\n第二行\n\n- 甲\n- **乙**\n\n1. 丙\n\n## 小结');
    expect(html).toMatch(/<h4[^>]*>调研报告<\/h4>/);
    expect(html).toContain('<p>第一段<br/>第二行</p>');
    expect(html).toContain('<ul><li>甲</li><li><strong>乙</strong></li></ul>');
    expect(html).toContain('<ol><li>丙</li></ol>');
    expect(html).toMatch(/<h5[^>]*>小结<\/h5>/);
  });

  it('shows <script> and <img onerror> in a body as text, never as elements', () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n## <svg onload=alert(3)>\n\n1. **<a href="javascript:alert(4)">点我</a>**',
    );
    expect(html).not.toMatch(/<(script|img|svg|a)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('&lt;svg onload=alert(3)&gt;');
    expect(html).toContain('&lt;a href=&quot;javascript:alert(4)&quot;&gt;点我&lt;/a&gt;');
  });
});
