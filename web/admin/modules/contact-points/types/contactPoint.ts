import type { ZContactPointCreateSchema, ZContactPointSchema } from '../../../../../common/org.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/org.ts); type-only, so no zod in the bundle.
export {
  CONTACT_POINT_KINDS as contactPointKinds,
  type TContactPointKind as ContactPointKind,
} from '../../../../../common/terms.ts';
/** 基层联系点 — `editable` false for a point of a unit above the user's own */
export type ContactPoint = TJson<typeof ZContactPointSchema>;
export type ContactPointInput = TJson<typeof ZContactPointCreateSchema>;

export type ContactPointFilters = {
  q?: string;
  orgId?: string;
};

export type ContactPointListParams = ContactPointFilters & { page: number; pageSize: number };
