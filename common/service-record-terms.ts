// No zod here: the admin app imports these lists as values. The answers: ./service-records.ts.

/** 选派一线 (a posting: where, from–to, task, result) or 志愿服务 (a day's service, hours). */
export const SERVICE_RECORD_KINDS = ['frontline', 'volunteer'] as const;
export type TServiceRecordKind = (typeof SERVICE_RECORD_KINDS)[number];
export const SERVICE_RECORD_KIND_LABELS: Record<TServiceRecordKind, string> = {
  frontline: '选派一线',
  volunteer: '志愿服务',
};

/** The most hours one day of volunteer service may count. */
export const MAX_VOLUNTEER_HOURS_PER_DAY = 24;
