import { documentSchemas } from './document-api.ts';
import { requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateSchema } from './paging.ts';
import { z } from './zod.ts';

/**
 * 调研课题 — a leading cadre's research topic (SPEC §5.1): claimed with why it matters, a plan of
 * milestones and whom it concerns; the findings and the final report (the document's body) are
 * reviewed. Its fieldwork (visits, cases) is linked as evidence (`/links`), not retyped.
 */
export const ZResearchMilestoneSchema = z.object({
  title: requiredText('节点名称', MAX_LEN.name),
  due: ZDateSchema.describe('计划完成日期'),
  done: z.boolean().default(false),
});

export const ZResearchDetailsSchema = z.object({
  purpose: text('选题意义', MAX_LEN.note).default('').describe('为什么选这个题'),
  milestones: z
    .array(ZResearchMilestoneSchema)
    .max(20, '调研计划最多 20 个节点')
    .default([])
    .describe('调研计划：节点与日期'),
  contactPointId: z.uuid('无效的联系点').nullable().default(null).describe('所涉基层联系点'),
  concerns: text('涉及的住户或群众', MAX_LEN.address).default('').describe('涉及的住户或群众'),
  findings: text('调研发现', MAX_LEN.documentBody).default('').describe('调研发现'),
});
export type TResearchDetails = z.infer<typeof ZResearchDetailsSchema>;

export const researchSchemas = documentSchemas(ZResearchDetailsSchema);
export const ZResearchTopicSchema = researchSchemas.answer;
export type TResearchTopic = z.infer<typeof ZResearchTopicSchema>;
export const ZResearchTopicCreateSchema = researchSchemas.create;
export type TResearchTopicCreate = z.infer<typeof ZResearchTopicCreateSchema>;
export const ZResearchTopicUpdateSchema = researchSchemas.update;
export type TResearchTopicUpdate = z.infer<typeof ZResearchTopicUpdateSchema>;
