import { ROLES } from './access.ts';
import { requiredText, tooLong } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { z } from './zod.ts';

export { ROLES, type TRole } from './access.ts';
export const ZRoleSchema = z.enum(ROLES);

export const ZLoginSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, tooLong('用户名', 64)),
  password: z
    .string()
    .min(1, '请输入密码')
    .max(MAX_LEN.password, tooLong('密码', MAX_LEN.password)),
});
export type TLogin = z.infer<typeof ZLoginSchema>;

/** 登录设备 — one open session of the current user. */
export const ZSessionSchema = z.object({
  id: z.uuid(),
  createdAt: z.string().describe('登录时间'),
  lastSeenAt: z.string().describe('最近使用'),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean().describe('本次登录'),
});
export type TSession = z.infer<typeof ZSessionSchema>;
export const ZSessionListSchema = z.object({ items: z.array(ZSessionSchema) });
export type TSessionList = z.infer<typeof ZSessionListSchema>;

/** At least 8 characters with a letter and a digit. */
export const ZPasswordSchema = z
  .string()
  .min(8, '密码至少 8 位')
  .max(MAX_LEN.password, tooLong('密码', MAX_LEN.password))
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/\d/, '密码须包含数字');

export const ZUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  name: z.string(),
  role: ZRoleSchema,
  orgId: z.uuid().nullable(),
  orgName: z.string().nullable(),
  cadreId: z.uuid().nullable(),
  cadreName: z.string().nullable(),
  locked: z.boolean().describe('因连续登录失败而锁定'),
  disabled: z.boolean(),
});
export type TUser = z.infer<typeof ZUserSchema>;

/** The answer of login and /me: the account as its own user sees it, and the CSRF token. */
export const ZMeSchema = z.object({
  // `cadreId`: the cadre this account logs visits as (党员干部 accounts); null otherwise
  user: ZUserSchema.pick({
    id: true,
    username: true,
    name: true,
    role: true,
    orgId: true,
    orgName: true,
    cadreId: true,
  }),
  csrfToken: z.string(),
});
export type TMe = z.infer<typeof ZMeSchema>;

export const ZUserCreateSchema = z.object({
  username: z
    .string()
    .trim()
    .min(2, '用户名至少 2 个字符')
    .max(MAX_LEN.username, tooLong('用户名', MAX_LEN.username))
    .regex(/^[A-Za-z0-9_.-]+$/, '用户名只能包含字母、数字、下划线、点和连字符'),
  name: requiredText('姓名', MAX_LEN.personName),
  role: ZRoleSchema,
  orgId: z.uuid().nullable().default(null),
  cadreId: z.uuid().nullable().default(null),
  password: ZPasswordSchema,
});
export type TUserCreate = z.infer<typeof ZUserCreateSchema>;

export const ZUserUpdateSchema = z.object({
  name: ZUserCreateSchema.shape.name.optional(),
  role: ZRoleSchema.optional(),
  orgId: z.uuid().nullable().optional(),
  cadreId: z.uuid().nullable().optional(),
  /** 重置密码 */
  password: ZPasswordSchema.optional(),
  disabled: z.boolean().optional(),
  /** 解除锁定 */
  unlock: z.literal(true).optional(),
});
export type TUserUpdate = z.infer<typeof ZUserUpdateSchema>;

export const ZPasswordChangeSchema = z.object({
  currentPassword: z
    .string()
    .min(1, '请输入当前密码')
    .max(MAX_LEN.password, tooLong('当前密码', MAX_LEN.password)),
  newPassword: ZPasswordSchema,
});
export type TPasswordChange = z.infer<typeof ZPasswordChangeSchema>;
