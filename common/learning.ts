/**
 * 学习参与情况 (issue 13 §1–4): how each cadre and each unit took part in the campaign's learning
 * phase. Every figure is counted from the records (materials studied, session rosters, posts,
 * reflections, service records), never typed.
 */
import { listOf, ZPageQuerySchema, ZQueryBoolSchema } from './paging.ts';
import { z } from './zod.ts';

const count = (what: string) => z.number().int().describe(what);

/** The campaign the figures are counted over (null: no campaign is running and none was asked). */
export const ZLearningCampaignRefSchema = z
  .object({ id: z.uuid(), name: z.string(), startDate: z.string(), endDate: z.string() })
  .nullable();

/** One cadre's participation. */
export const ZParticipationRowSchema = z.object({
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  leading: z.boolean(),
  materialsViewed: count('在线学习的资料数'),
  sessionsDue: count('应参加的学习座谈/观看（名单中，已开始）'),
  sessionsAttended: count('出席（含迟到）'),
  sessionsLeave: count('请假'),
  sessionsAbsent: count('缺席'),
  posts: count('讨论发帖与回帖（未被删除）'),
  reflections: count('心得体会（已提交及以后）'),
  reflectionsApproved: count('心得体会（已通过或已发布）'),
  volunteerHours: z.number().describe('志愿服务时长（小时）'),
  frontline: count('选派一线次数'),
});
export type TParticipationRow = z.infer<typeof ZParticipationRowSchema>;

export const ZParticipationQuerySchema = ZPageQuerySchema.extend({
  campaignId: z.uuid().optional().describe('默认：当前进行中的活动'),
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  leadingOnly: ZQueryBoolSchema.optional().describe('只看领导干部'),
  /** only those who missed something: a session absent, or nothing studied, posted or written */
  lagging: ZQueryBoolSchema.optional().describe('只看参与不足的干部'),
});
export type TParticipationQuery = z.infer<typeof ZParticipationQuerySchema>;

export const ZParticipationFilterSchema = ZParticipationQuerySchema.omit({
  page: true,
  pageSize: true,
});
export type TParticipationFilter = z.infer<typeof ZParticipationFilterSchema>;

export const ZParticipationSchema = listOf(ZParticipationRowSchema).extend({
  campaign: ZLearningCampaignRefSchema,
  onlineMaterials: count('本次活动可在线学习的资料数'),
});
export type TParticipation = z.infer<typeof ZParticipationSchema>;

/** One unit's participation (the unit and the units below it). */
export const ZUnitParticipationRowSchema = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  cadres: count('在职干部数'),
  sessionsHeld: count('举办的学习座谈/观看'),
  sessionsDue: count('应出席人次'),
  sessionsAttended: count('实到人次（含迟到）'),
  attendanceRate: z.number().nullable().describe('出席率（0–1），无应出席人次时为空'),
  viewRate: z.number().nullable().describe('在线学习率：学习人次 ÷ (干部数 × 在线资料数)'),
  receiptsSent: count('下发资料份数（批次）'),
  receiptsConfirmed: count('已签收批次'),
  posts: count('讨论发帖与回帖'),
  reflections: count('心得体会（已提交及以后）'),
  volunteerHours: z.number(),
  volunteerTarget: z.number().describe('志愿服务目标时长：每人目标 × 干部数'),
});
export type TUnitParticipationRow = z.infer<typeof ZUnitParticipationRowSchema>;

export const ZUnitParticipationQuerySchema = z.object({
  campaignId: z.uuid().optional().describe('默认：当前进行中的活动'),
  orgId: z.uuid().optional().describe('上级单位：列出它的下级单位；默认本人管辖范围的顶层单位'),
});
export type TUnitParticipationQuery = z.infer<typeof ZUnitParticipationQuerySchema>;

export const ZUnitParticipationSchema = z.object({
  campaign: ZLearningCampaignRefSchema,
  items: z.array(ZUnitParticipationRowSchema),
});
export type TUnitParticipation = z.infer<typeof ZUnitParticipationSchema>;
