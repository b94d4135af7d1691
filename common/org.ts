import { requiredText, text, tooLong } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateTimeSchema } from './paging.ts';
import { ZPhoneSchema } from './phone-schema.ts';
import { CONTACT_POINT_KINDS, GENDERS, ORG_KINDS, RANKS } from './terms.ts';
import { patchOf, z } from './zod.ts';

export {
  CONTACT_POINT_KINDS,
  GENDERS,
  ORG_KINDS,
  RANKS,
  type TContactPointKind,
  type TGender,
  type TOrgKind,
  type TRank,
} from './terms.ts';
export const ZOrgKindSchema = z.enum(ORG_KINDS);
export const ZRankSchema = z.enum(RANKS);
export const ZGenderSchema = z.enum(GENDERS);

export const ZOrgSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  kind: ZOrgKindSchema,
  sortOrder: z.number().int(),
  childCount: z.number().int(),
  cadreCount: z.number().int(),
  /** 上级单位 by name, top first (also those outside the reader's scope: names only) */
  ancestorNames: z.array(z.string()),
});
export type TOrg = z.infer<typeof ZOrgSchema>;

const orgName = requiredText('单位名称', MAX_LEN.name);

export const ZOrgCreateSchema = z.object({
  name: orgName,
  kind: ZOrgKindSchema,
  parentId: z.uuid().nullable(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export type TOrgCreate = z.infer<typeof ZOrgCreateSchema>;
export const ZOrgUpdateSchema = patchOf(ZOrgCreateSchema);
export type TOrgUpdate = z.infer<typeof ZOrgUpdateSchema>;

export { MOBILE_RE } from './phone.ts';

/** the one phone rule (common/phone.ts): a cadre's mobile or office line */
const phone = ZPhoneSchema;

export const ZCadreSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  name: z.string(),
  gender: ZGenderSchema.nullable(),
  rank: ZRankSchema,
  post: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  leading: z.boolean(),
  partyMember: z.boolean(),
  active: z.boolean(),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type TCadre = z.infer<typeof ZCadreSchema>;

export const ZCadreCreateSchema = z.object({
  orgId: z.uuid('请选择所属单位'),
  name: requiredText('姓名', MAX_LEN.personName),
  gender: ZGenderSchema.nullable().optional(),
  rank: ZRankSchema,
  post: text('职务', MAX_LEN.post).default(''),
  phone: phone.nullable().optional(),
  email: z
    .email('邮箱格式不正确')
    .max(MAX_LEN.email, tooLong('邮箱', MAX_LEN.email))
    .nullable()
    .optional(),
  leading: z.boolean().default(false),
  partyMember: z.boolean().default(true),
});
export type TCadreCreate = z.infer<typeof ZCadreCreateSchema>;
export const ZCadreUpdateSchema = patchOf(ZCadreCreateSchema).extend({
  active: z.boolean().optional(),
  /** the day a new rank takes effect (default today); compliance judges each month by the rank then */
  rankEffectiveFrom: z.iso.date('日期格式应为 YYYY-MM-DD').optional(),
});
export type TCadreUpdate = z.infer<typeof ZCadreUpdateSchema>;

export const ZContactPointSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  name: z.string(),
  kind: z.enum(CONTACT_POINT_KINDS),
  county: z.string(),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** false for a point of a unit above the reader's own: listed, but not theirs to change */
  editable: z.boolean(),
});
export type TContactPoint = z.infer<typeof ZContactPointSchema>;

export const ZContactPointCreateSchema = z.object({
  orgId: z.uuid('请选择所属单位'),
  name: requiredText('联系点名称', MAX_LEN.name),
  kind: z.enum(CONTACT_POINT_KINDS),
  county: text('县（市、区）', MAX_LEN.county).default(''),
  address: text('地址', MAX_LEN.address).default(''),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
});
export type TContactPointCreate = z.infer<typeof ZContactPointCreateSchema>;
export const ZContactPointUpdateSchema = patchOf(ZContactPointCreateSchema);
export type TContactPointUpdate = z.infer<typeof ZContactPointUpdateSchema>;
