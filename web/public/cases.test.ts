import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as common from '../../common/cases.ts';
import {
  emptyDraft,
  newClientId,
  newDraft,
  type TDraft,
  toRequest,
  validateDraft,
} from './modules/submit/draft';

/**
 * The citizens' site takes the case's words from the zod-free common/case-terms.ts, never zod; the
 * answers' types come from the schemas by `import type`, which leaves nothing in the bundle.
 */
describe('the citizens site bundle', () => {
  it('loads no zod, nor common/cases.ts or common/public-letters.ts (types only; values only in tests)', () => {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'),
    );
    expect(sources.length).toBeGreaterThan(10);
    for (const f of sources) {
      const text = readFileSync(path.join(root, f), 'utf8').replace(/^import type [^;]*;/gms, '');
      expect(text, f).not.toMatch(
        /from '[^']*common\/(cases|public-letters)(\.ts)?'|from 'zod'|common\/zod/,
      );
    }
  });
});

const category = '01900000-0000-7000-8000-000000000011';
const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.constantFrom(
      '',
      '  ',
      '道路',
      '村口道路坑洼',
      ' 五个字以上的内容 ',
      '张三',
      '139 0000 1111',
    ),
  );
const phone = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '13900001111',
    '+86 139-0000-1111',
    '0799-1234567',
    '1234',
    '12345',
    'abc12345',
    '１３９',
  ),
  fc.stringMatching(/^[0-9+\- a]{0,24}$/),
);
const draft: fc.Arbitrary<TDraft> = fc.record({
  categoryId: fc.constantFrom('', category),
  content: fc.oneof(
    text(20),
    fc.constantFrom('字'.repeat(5000), ` ${'字'.repeat(5000)} `, '字'.repeat(5001)),
  ),
  name: fc.oneof(
    text(10),
    fc.constantFrom('名'.repeat(50), '名'.repeat(51), ` ${'名'.repeat(50)} `),
  ),
  phone,
  anonymous: fc.boolean(),
  cadreId: fc.constant(null),
  photos: fc.constant([]),
  clientId: fc.constantFrom('', newClientId()),
});

describe('validateDraft', () => {
  it('accepts exactly what ZPublicCaseCreateSchema accepts', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const clientOk = Object.keys(validateDraft(d)).length === 0;
        const serverOk = common.ZPublicCaseCreateSchema.safeParse(
          toRequest(d, { withCadre: false }),
        ).success;
        expect(clientOk, JSON.stringify(d)).toBe(serverOk);
      }),
      { numRuns: 2000 },
    );
  });

  it('names each wrong field in Chinese, with the server schema messages', () => {
    const errors = validateDraft({ ...emptyDraft, content: '短', phone: 'x' });
    expect(errors).toEqual({
      categoryId: '请选择类别',
      content: '请至少写 5 个字',
      phone: '电话应为 11 位手机号，或带区号的固定电话（如 0799-1234567）',
    });
    const server = common.ZPublicCaseCreateSchema.safeParse({ categoryId: '', content: '短' });
    const messages = server.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining(['请选择类别', '请至少写 5 个字']));
  });

  it('sends no name or phone when anonymous, and leaves empty fields out', () => {
    const d = {
      ...emptyDraft,
      categoryId: category,
      content: ' 内容五个字 ',
      name: '张三',
      phone: '13900001111',
    };
    expect(toRequest({ ...d, anonymous: true }, { withCadre: false })).toEqual({
      categoryId: category,
      content: '内容五个字',
      anonymous: true,
    });
    expect(toRequest({ ...d, name: ' ', phone: '' }, { withCadre: false })).toEqual({
      categoryId: category,
      content: '内容五个字',
      anonymous: false,
    });
  });

  it('addresses the cadre only when asked, and carries uploaded photos as ids', () => {
    const cadreId = '01900000-0000-7000-8000-0000000000aa';
    const d: TDraft = {
      ...emptyDraft,
      categoryId: category,
      content: '内容五个字',
      cadreId,
      photos: [{ id: 'p1', fileName: 'a.jpg', mimeType: 'image/jpeg', size: 1 }],
    };
    expect(toRequest(d, { withCadre: true })).toMatchObject({ cadreId, attachments: ['p1'] });
    expect(toRequest(d, { withCadre: false }).cadreId).toBeUndefined();
  });
});

describe('newDraft', () => {
  it('gives every submission its own clientId, a UUID the server accepts', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newDraft().clientId));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      const body = toRequest(
        { ...newDraft(), clientId: id, categoryId: category, content: '村口路灯坏了' },
        { withCadre: false },
      );
      expect(body.clientId).toBe(id);
      expect(common.ZPublicCaseCreateSchema.safeParse(body).success).toBe(true);
    }
  });
});
