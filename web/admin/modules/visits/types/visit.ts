/** The longest stay one log may cover (common/visits.ts MAX_VISIT_DAYS). */
export const MAX_VISIT_DAYS = 31;

/** A photo or file already on the server (POST /api/attachments). */
export type Attachment = {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  url: string;
};

/** 走访记录 — a cadre's stay of one or more days at a grassroots contact point. */
export type Visit = {
  id: string;
  cadreId: string;
  cadreName: string;
  orgId: string;
  orgName: string;
  contactPointId: string;
  contactPointName: string;
  startDate: string;
  endDate: string;
  days: number;
  heard: string;
  done: string;
  households: { id: string; headName: string }[];
  photos: Attachment[];
  createdAt: string;
};

/** The body of POST /api/visits (common/visits.ts ZVisitCreateSchema). */
export type VisitCreateInput = {
  /** left out when a cadre logs for himself */
  cadreId?: string;
  contactPointId: string;
  startDate: string;
  endDate?: string;
  householdIds: string[];
  heard: string;
  done: string;
  attachmentIds: string[];
  /** the phone's own id for this log: a retried upload is never stored twice */
  clientId: string;
};

export type VisitUpdateInput = Partial<Omit<VisitCreateInput, 'cadreId' | 'clientId'>>;

export type VisitFilters = {
  month?: string;
  orgId?: string;
  cadreId?: string;
  contactPointId?: string;
};

export type VisitListParams = VisitFilters & { page: number; pageSize: number };

/** 户 as the household picker needs it. */
export type HouseholdOption = {
  id: string;
  headName: string;
  address: string;
  categories: string[];
};
