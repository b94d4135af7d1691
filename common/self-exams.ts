import { ZCaseSchema } from './cases.ts';
import { documentSchemas } from './document-api.ts';
import { requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateSchema } from './paging.ts';
import { z } from './zod.ts';

/**
 * 对照检查材料 — a cadre's self-examination report (issue 13 §5, plan item 6): the problems found
 * against each of the campaign's standards (2014: 信念坚定、为民服务、勤政务实、敢于担当、清正廉洁),
 * their root causes under the campaign's headings (理想信念、宗旨意识、党性修养、政治纪律) and the
 * measures. The headings are data per campaign (GET/PUT /api/campaigns/{id}/self-exam-headings);
 * a report's sections are keyed by the headings' keys and checked against them.
 */

/** One heading: a stable key (the report's sections are stored under it) and its words. */
export const ZSelfExamHeadingSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]{0,31}$/, '标识须以小写字母开头，只含字母和数字，至多 32 位')
    .describe('标识（材料按它存各部分）'),
  label: requiredText('名称', MAX_LEN.shortName),
});
export type TSelfExamHeading = z.infer<typeof ZSelfExamHeadingSchema>;

const headingList = (what: string) =>
  z
    .array(ZSelfExamHeadingSchema)
    .min(1, `请至少设一项${what}`)
    .max(12, `${what}最多 12 项`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((h, i) => {
        if (seen.has(h.key))
          ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `标识「${h.key}」重复` });
        seen.add(h.key);
      });
    });

/** 对照标准 and 剖析根源: the headings of a campaign's reports. */
export const ZSelfExamHeadingsSchema = z.strictObject({
  standards: headingList('对照标准'),
  causes: headingList('根源剖析方面'),
});
export type TSelfExamHeadings = z.infer<typeof ZSelfExamHeadingsSchema>;

/** The 2014 headings: the five standards of 龚全珍 and the four roots the plan names. */
export const DEFAULT_SELF_EXAM_HEADINGS: TSelfExamHeadings = {
  standards: [
    { key: 'faith', label: '信念坚定' },
    { key: 'service', label: '为民服务' },
    { key: 'diligence', label: '勤政务实' },
    { key: 'responsibility', label: '敢于担当' },
    { key: 'integrity', label: '清正廉洁' },
  ],
  causes: [
    { key: 'ideals', label: '理想信念' },
    { key: 'purpose', label: '宗旨意识' },
    { key: 'partySpirit', label: '党性修养' },
    { key: 'discipline', label: '政治纪律' },
  ],
};

const sections = (label: string) =>
  z
    .record(z.string().max(32), text(label, MAX_LEN.longText))
    .default({})
    .refine((r) => Object.keys(r).length <= 12, '最多 12 项');

export const ZSelfExamDetailsSchema = z.object({
  /** 存在问题, by the key of each standard */
  problems: sections('存在问题').describe('对照每项标准查找的问题（键为标准的标识）'),
  /** 根源剖析, by the key of each root-cause heading */
  causes: sections('原因剖析').describe('根源剖析（键为方面的标识）'),
  /** 整改措施 (summary; the items themselves are the rectification list's) */
  measures: text('整改措施', MAX_LEN.longText).default('').describe('整改措施'),
});
export type TSelfExamDetails = z.infer<typeof ZSelfExamDetailsSchema>;

export const selfExamSchemas = documentSchemas(ZSelfExamDetailsSchema);
export const ZSelfExamSchema = selfExamSchemas.answer;
export type TSelfExam = z.infer<typeof ZSelfExamSchema>;
export const ZSelfExamCreateSchema = selfExamSchemas.create;
export type TSelfExamCreate = z.infer<typeof ZSelfExamCreateSchema>;
export const ZSelfExamUpdateSchema = selfExamSchemas.update;
export type TSelfExamUpdate = z.infer<typeof ZSelfExamUpdateSchema>;

// ---- 群众意见: what the masses said, beside the report ----------------------------------------

/** A case as the opinions panel shows it: the case list's masked shape, fewer fields. */
export const ZOpinionCaseSchema = ZCaseSchema.pick({
  id: true,
  trackingCode: true,
  channel: true,
  respondentGroup: true,
  categoryName: true,
  content: true,
  citizenName: true,
  citizenPhone: true,
  anonymous: true,
  status: true,
  assignedOrgName: true,
  handlerName: true,
  createdAt: true,
}).extend({
  /** addressed to the cadre (his mailbox, his card) or his to handle, not only his unit's */
  aboutCadre: z.boolean().describe('是否直接涉及本人（写给本人或本人承办）'),
});
export type TOpinionCase = z.infer<typeof ZOpinionCaseSchema>;

/** 走访听到的: what the cadre wrote down he heard on a visit at a contact point. */
export const ZOpinionVisitSchema = z.object({
  id: z.uuid(),
  startDate: ZDateSchema,
  contactPointName: z.string(),
  heard: z.string(),
});

export const ZSelfExamOpinionsSchema = z.object({
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgName: z.string(),
  campaignId: z.uuid(),
  from: ZDateSchema.describe('活动开始日期'),
  to: ZDateSchema.describe('活动结束日期'),
  /** 四风 cases (categories of kind four_winds) about him or his unit, newest first */
  fourWinds: z.array(ZOpinionCaseSchema),
  fourWindsTotal: z.number().int(),
  /** 下访听诉: cases taken in field interviews about him or his unit */
  interviews: z.array(ZOpinionCaseSchema),
  interviewsTotal: z.number().int(),
  /** his own visits' 听到了什么 */
  visits: z.array(ZOpinionVisitSchema),
  visitsTotal: z.number().int(),
});
export type TSelfExamOpinions = z.infer<typeof ZSelfExamOpinionsSchema>;

/** GET /api/self-exams/opinions: before a report exists, for a cadre and a campaign. */
export const ZSelfExamOpinionsQuerySchema = z.object({
  cadreId: z.uuid('无效的干部').optional().describe('干部；干部本人查看时省略'),
  campaignId: z.uuid('无效的活动').optional().describe('活动；省略时为当前进行中的活动'),
});
export type TSelfExamOpinionsQuery = z.infer<typeof ZSelfExamOpinionsQuerySchema>;
