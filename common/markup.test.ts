import { describe, expect, it } from 'vitest';
import { markupToPlainText, parseMarkup, parseSpans } from './markup.ts';

describe('the document markup', () => {
  it('reads headings, paragraphs, both lists and bold', () => {
    const blocks = parseMarkup(
      '# 给群众的一封信\n\n乡亲们：\n你们好！\n\n- 第一条\n- **第二条**\n\n1. 甲\n2、乙\n\n## 结语',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'heading']);
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      lines: [[{ text: '乡亲们：', bold: false }], [{ text: '你们好！', bold: false }]],
    });
    expect(blocks[2]).toMatchObject({
      ordered: false,
      items: [[{ text: '第一条' }], [{ text: '第二条', bold: true }]],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, items: [[{ text: '甲' }], [{ text: '乙' }]] });
    expect(blocks[4]).toMatchObject({ type: 'heading', level: 2 });
  });

  it('keeps HTML and an unmatched marker as text', () => {
    expect(parseSpans('<script>alert(1)</script> **半')).toEqual([
      { text: '<script>alert(1)</script> **半', bold: false },
    ]);
    expect(parseSpans('a **b** c')).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: true },
      { text: ' c', bold: false },
    ]);
    expect(markupToPlainText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives the plain text without markers', () => {
    expect(markupToPlainText('# 题\n\n**重要**的事\n\n- 一\n- 二')).toBe(
      '题\n\n重要的事\n\n· 一\n· 二',
    );
  });
});
