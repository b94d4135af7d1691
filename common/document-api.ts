import {
  ZAddedAttachmentIdsSchema,
  ZAttachmentIdsSchema,
  ZAttachmentSchema,
} from './attachments.ts';
import {
  DOCUMENT_KINDS_LIST,
  DOCUMENT_LINK_TYPES,
  DOCUMENT_RATINGS,
  DOCUMENT_STATES,
} from './documents.ts';
import { requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import {
  listOf,
  ZDateSchema,
  ZDateTimeSchema,
  ZPageQuerySchema,
  ZQueryBoolSchema,
} from './paging.ts';
import { patchOf, z } from './zod.ts';

/**
 * The API of every reviewable document kind (common/documents.ts): the answer, the list query, the
 * create and update bodies — the same for each kind but for its `details`. A kind's module calls
 * `documentSchemas(details)` with its own details schema.
 */

export const ZDocumentStateSchema = z.enum(DOCUMENT_STATES);
export const ZDocumentKindSchema = z.enum(DOCUMENT_KINDS_LIST);

const title = requiredText('标题', MAX_LEN.documentTitle);
const body = text('正文', MAX_LEN.documentBody);

/** What every kind answers, `details` aside. */
export const ZDocumentBaseSchema = z.object({
  id: z.uuid(),
  kind: ZDocumentKindSchema,
  cadreId: z.uuid(),
  cadreName: z.string(),
  cadrePost: z.string(),
  leading: z.boolean().describe('是否领导干部'),
  orgId: z.uuid(),
  orgName: z.string(),
  campaignId: z.uuid(),
  campaignName: z.string(),
  title: z.string(),
  body: z.string().describe('正文（简单标记：空行分段、# 标题、- 列表、**加粗**；不含 HTML）'),
  state: ZDocumentStateSchema,
  stateLabel: z.string(),
  /** while submitted: who it waits for, e.g. 单位审核 */
  waitingFor: z.string().nullable().describe('待哪一级审核（已提交时）'),
  comment: z.string().nullable().describe('最近一次审核意见或退回理由'),
  featured: z.boolean().describe('是否推荐为优秀'),
  /** 评定等次 of a rated kind (心得体会), given at the last review; null before or for other kinds */
  rating: z
    .enum(DOCUMENT_RATINGS)
    .nullable()
    .describe('评定等次（心得体会：优秀、良好、一般、较差）'),
  ratingLabel: z.string().nullable().describe('评定等次的名称'),
  submittedAt: ZDateTimeSchema.nullable(),
  approvedAt: ZDateTimeSchema.nullable(),
  publishedAt: ZDateTimeSchema.nullable(),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
  /** whether the reader may change its title, body and details now (草稿、退回、撤回 by its writer) */
  editable: z.boolean(),
  attachments: z.array(ZAttachmentSchema).describe('附件'),
});
export type TDocumentBase = z.infer<typeof ZDocumentBaseSchema>;

export const ZDocumentListQuerySchema = ZPageQuerySchema.extend({
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  status: ZDocumentStateSchema.optional().describe('状态'),
  campaignId: z.uuid().optional().describe('活动'),
  cadreId: z.uuid().optional().describe('干部'),
  featured: ZQueryBoolSchema.optional().describe('只看推荐的'),
});
export type TDocumentListQuery = z.infer<typeof ZDocumentListQuerySchema>;
export const ZDocumentFilterSchema = ZDocumentListQuerySchema.omit({ page: true, pageSize: true });
export type TDocumentFilter = z.infer<typeof ZDocumentFilterSchema>;

/** The schemas of one kind, given its details. */
export function documentSchemas<D extends z.ZodObject>(details: D) {
  const answer = ZDocumentBaseSchema.extend({ details });
  const create = z.strictObject({
    cadreId: z.uuid().optional().describe('作者（干部）；干部本人填写时省略'),
    campaignId: z.uuid().optional().describe('活动；省略时为当前进行中的活动'),
    title,
    body: body.optional(),
    details: details.optional(),
    attachmentIds: ZAttachmentIdsSchema.describe('先上传（POST /api/attachments）的附件'),
  });
  const update = z.strictObject({
    title: title.optional(),
    body: body.optional(),
    details: patchOf(details).optional(),
    attachmentIds: ZAddedAttachmentIdsSchema.describe('再附上的附件（已有的保留）'),
  });
  return { answer, list: listOf(answer), create, update };
}

/** 待我审核: a document waiting for the reader, of any kind. */
export const ZReviewQueueItemSchema = ZDocumentBaseSchema.pick({
  id: true,
  kind: true,
  cadreName: true,
  orgName: true,
  campaignName: true,
  title: true,
  state: true,
  waitingFor: true,
  submittedAt: true,
}).extend({ kindLabel: z.string(), path: z.string().describe('在管理端打开它的路径') });
export const ZReviewQueueSchema = listOf(ZReviewQueueItemSchema);
export const ZReviewQueueQuerySchema = ZPageQuerySchema.extend({
  kind: ZDocumentKindSchema.optional().describe('文书类别'),
});
export type TReviewQueueQuery = z.infer<typeof ZReviewQueueQuerySchema>;

/** 佐证: a visit or a case attached to a document. */
export const ZDocumentLinkSchema = z.object({
  id: z.uuid(),
  targetType: z.enum(DOCUMENT_LINK_TYPES),
  targetId: z.uuid(),
  /** what it is, in words: 走访 2014-03-02 张某某户 / 诉求件 TX… 标题 */
  label: z.string(),
  at: ZDateSchema.nullable().describe('走访日期或来件日期'),
});
export type TDocumentLink = z.infer<typeof ZDocumentLinkSchema>;
export const ZDocumentLinkCreateSchema = z.strictObject({
  targetType: z.enum(DOCUMENT_LINK_TYPES),
  targetId: z.uuid('无效的编号'),
});
export type TDocumentLinkCreate = z.infer<typeof ZDocumentLinkCreateSchema>;

/**
 * 材料雷同: another document of the same campaign (心得体会 or 对照检查材料) whose text is close to
 * this one's — 「与 某某 的材料高度相似 87%」. Only for reviewers and overseers, never a cadre.
 * A match outside the reader's scope names its author and unit but not its title or id.
 */
export const ZSimilarDocumentSchema = z.object({
  documentId: z.uuid().nullable().describe('相似材料的编号（不在本人管辖范围内时为空）'),
  kind: ZDocumentKindSchema,
  kindLabel: z.string(),
  title: z.string().nullable().describe('相似材料的标题（不在本人管辖范围内时为空）'),
  author: z.string().describe('相似材料的作者'),
  orgName: z.string(),
  score: z.number().min(0).max(1).describe('相似度 0–1'),
  percent: z.number().int().describe('相似度（百分比）'),
});
export type TSimilarDocument = z.infer<typeof ZSimilarDocumentSchema>;
export const ZSimilarDocumentsSchema = z.object({
  items: z.array(ZSimilarDocumentSchema),
  /** the threshold in force (系统设置 documents.similarityThreshold), 0–1 */
  threshold: z.number(),
});
export type TSimilarDocuments = z.infer<typeof ZSimilarDocumentsSchema>;
