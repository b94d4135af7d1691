import type { ZOrgCreateSchema, ZOrgSchema, ZOrgUpdateSchema } from '../../../../../common/org.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/org.ts); type-only, so no zod in the bundle.
export { ORG_KINDS as orgKinds, type TOrgKind as OrgKind } from '../../../../../common/terms.ts';
export type Org = TJson<typeof ZOrgSchema>;
export type OrgCreateInput = TJson<typeof ZOrgCreateSchema>;
export type OrgUpdateInput = TJson<typeof ZOrgUpdateSchema>;

/** An org with its children, built on the client from `parentId`. */
export type OrgNode = Org & { children: OrgNode[] };
