import { z } from 'zod';

// Validation messages in zh-CN everywhere zod is used (server and web).
z.config(z.locales.zhCN());
// A limit zod's locale words as "数值过大：期望 string <=100 字符" is said plainly instead. A field
// a user types names itself too: `text(label, max)` in common/fields.ts.
z.config({
  customError: (iss) => {
    if (iss.code === 'too_big' && iss.origin === 'string')
      return `不能超过 ${String(iss.maximum)} 个字`;
    if (iss.code === 'too_big' && (iss.origin === 'number' || iss.origin === 'int'))
      return `不能大于 ${String(iss.maximum)}`;
    if (iss.code === 'too_small' && (iss.origin === 'number' || iss.origin === 'int'))
      return `不能小于 ${String(iss.minimum)}`;
    return undefined;
  },
});

export { z };

/**
 * A schema's value as it travels as JSON — what the web sees: date-times as ISO strings (the
 * codec's input side), fields with a default optional. The server works with `z.infer` (`T…`).
 */
export type TJson<S extends z.ZodType> = z.input<S>;

type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer I extends z.ZodType> ? I : S[K]>;
};

/**
 * A PATCH body from a create schema: every field optional and WITHOUT the create's default, so a
 * field left out is left alone (`.partial()` keeps the defaults: `{ active: false }` would also
 * write `post: ''`). `common/patch-schemas.test.ts` fails an update schema with a default.
 */
export function patchOf<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
): z.ZodObject<PatchShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const f = field as z.ZodType;
      return [key, (f instanceof z.ZodDefault ? (f.removeDefault() as z.ZodType) : f).optional()];
    }),
  );
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}
