import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it('keeps the words and line breaks, drops tags, scripts and styles, decodes entities', () => {
    const html =
      '<html><head><title>t</title><style>p{color:red}</style></head><body>' +
      '<p>村口道路<b>坑洼</b>&amp;积水&nbsp;&#x4E25;&#37325;</p><p>请尽快修复<br>谢谢</p>' +
      '<ul><li>一</li><li>二</li></ul><script>alert(1)</script><!-- c --></body></html>';
    expect(htmlToText(html)).toBe('村口道路坑洼&积水 严重\n请尽快修复\n谢谢\n• 一\n• 二');
  });

  it('leaves unknown entities and plain text alone', () => {
    expect(htmlToText('a &foo; b')).toBe('a &foo; b');
    expect(htmlToText('  只有文字  ')).toBe('只有文字');
  });
});
