import type { TAttachmentDto } from '../../../../../common/attachments.ts';
import type { ZHouseholdSchema } from '../../../../../common/households.ts';
import type {
  ZVisitCreateSchema,
  ZVisitSchema,
  ZVisitUpdateSchema,
} from '../../../../../common/visits.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/visits.ts); type-only, so no zod in the bundle.
export { MAX_VISIT_DAYS } from '../../../../../common/limits.ts';

/** A photo or file already on the server (POST /api/attachments). */
export type Attachment = TAttachmentDto;

/** 走访记录 — a cadre's stay of one or more days at a grassroots contact point. */
export type Visit = TJson<typeof ZVisitSchema>;
/**
 * The body of POST /api/visits. The app always sends `clientId` (optional on the server), the
 * phone's own id for the log: a retried upload is never stored twice.
 */
export type VisitCreateInput = TJson<typeof ZVisitCreateSchema> & { clientId: string };
export type VisitUpdateInput = TJson<typeof ZVisitUpdateSchema>;

export type VisitFilters = {
  month?: string;
  orgId?: string;
  cadreId?: string;
  contactPointId?: string;
};

export type VisitListParams = VisitFilters & { page: number; pageSize: number };

/** 户 as the household picker needs it. */
export type HouseholdOption = Pick<
  TJson<typeof ZHouseholdSchema>,
  'id' | 'headName' | 'address' | 'categories'
>;
