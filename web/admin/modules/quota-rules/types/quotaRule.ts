import type { ZQuotaRuleCreateSchema, ZQuotaRuleSchema } from '../../../../../common/campaigns.ts';
import type { TJson } from '../../../../../common/zod.ts';

// 指标规则: the server's shapes (common/campaigns.ts); type-only, so no zod in the bundle.
export { RANKS as ranks, type TRank as Rank } from '../../../../../common/terms.ts';
/** one version of a rank's monthly quota, in force from `effectiveFrom` (YYYY-MM) */
export type QuotaRule = TJson<typeof ZQuotaRuleSchema>;
export type QuotaRuleInput = TJson<typeof ZQuotaRuleCreateSchema>;
