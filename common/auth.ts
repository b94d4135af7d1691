import { z } from './zod.ts';

export const ROLES = ['admin', 'office', 'unit_admin', 'cadre', 'inspector'] as const;
export const ZRoleSchema = z.enum(ROLES);

export const ZLoginSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(200),
});

export const ZMeSchema = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    name: z.string(),
    role: ZRoleSchema,
    orgId: z.uuid().nullable(),
    orgName: z.string().nullable(),
  }),
  csrfToken: z.string(),
});
export type TMe = z.infer<typeof ZMeSchema>;
