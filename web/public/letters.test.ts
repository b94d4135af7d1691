import { describe, expect, expectTypeOf, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../common/paging.ts';
import {
  ZPublicLetterListSchema,
  ZPublicLetterQuerySchema,
  type ZPublicLetterSchema,
} from '../../common/public-letters.ts';
import type { TJson } from '../../common/zod.ts';
import { LETTERS_PAGE_SIZE, letterExcerpt, type TPublicLetter } from './letters';

/**
 * The citizens' site takes the letter's type from common/public-letters.ts by `import type` (no
 * zod in its bundle: cases.test.ts checks every source); here the schema itself, loaded in the
 * test only, checks that what the pages use is what the server answers.
 */
describe('the public letter contract, as the site uses it', () => {
  const answer = ZPublicLetterListSchema.encode({
    items: [
      {
        id: '01900000-0000-7000-8000-0000000000aa',
        title: '致联系村群众的一封信',
        body: '# 乡亲们\n\n您好！\n\n- **有事找我**\n- 电话见连心卡',
        author: '张三（局长）',
        orgName: '甲单位',
        publishedAt: new Date('2014-06-01T02:00:00Z'),
      },
    ],
    total: 1,
  });

  it('is the JSON of the server schema: date-times as ISO strings', () => {
    expectTypeOf<TPublicLetter>().toEqualTypeOf<TJson<typeof ZPublicLetterSchema>>();
    const [letter] = answer.items;
    expectTypeOf(letter).toEqualTypeOf<TPublicLetter | undefined>();
    expect(letter?.publishedAt).toBe('2014-06-01T02:00:00.000Z');
    expect(Object.keys(letter ?? {}).sort()).toEqual(
      ['author', 'body', 'id', 'orgName', 'publishedAt', 'title'].sort(),
    );
  });

  it('asks for pages the server accepts', () => {
    expect(LETTERS_PAGE_SIZE).toBeLessThanOrEqual(MAX_PAGE_SIZE);
    const query = new URLSearchParams({ page: '3', pageSize: String(LETTERS_PAGE_SIZE) });
    expect(ZPublicLetterQuerySchema.parse(Object.fromEntries(query))).toMatchObject({
      page: 3,
      pageSize: LETTERS_PAGE_SIZE,
    });
  });
});

describe('letterExcerpt', () => {
  it('is the text without markers, on one line', () => {
    expect(letterExcerpt('# 乡亲们\n\n您好！\n\n- **有事找我**\n- 电话')).toBe(
      '乡亲们 您好！ · 有事找我 · 电话',
    );
  });

  it('cuts a long letter at whole characters, with an ellipsis', () => {
    const long = `${'字'.repeat(79)}𠀀𠀀尾`;
    const cut = letterExcerpt(long);
    expect(Array.from(cut)).toHaveLength(81);
    expect(cut.endsWith('𠀀…')).toBe(true);
    expect(letterExcerpt('短信')).toBe('短信');
    expect(letterExcerpt('字'.repeat(80))).toBe('字'.repeat(80));
  });

  it('keeps markup-looking HTML as the characters it is (the page draws it as text)', () => {
    expect(letterExcerpt('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
