import type {
  ZCalendarSchema,
  ZCampaignRefSchema,
  ZComplianceItemSchema,
  ZComplianceListSchema,
  ZMyMonthSchema,
  ZUnitSummarySchema,
} from '../../../../../common/compliance.ts';
import type { TJson } from '../../../../../common/zod.ts';
import type { Campaign } from '../../campaigns/types/campaign';

// The answers are the server's (common/compliance.ts); type-only, so no zod in the bundle.
export type CampaignRef = TJson<typeof ZCampaignRefSchema>;
/** One cadre's month against the quota rules of his rank. */
export type ComplianceItem = TJson<typeof ZComplianceItemSchema>;
export type ComplianceList = TJson<typeof ZComplianceListSchema>;
export type UnitSummary = TJson<typeof ZUnitSummarySchema>;
export type UnitSummaryRow = UnitSummary['items'][number];
export type CalendarDay = TJson<typeof ZCalendarSchema>['items'][number];
export type MyMonth = TJson<typeof ZMyMonthSchema>;

export type ComplianceFilters = {
  month: string;
  orgId?: string;
  campaignId?: string;
  /** false = 只看未达标 */
  met?: boolean;
  leadingOnly?: boolean;
  q?: string;
};

export type ComplianceListParams = ComplianceFilters & { page: number; pageSize: number };

/** A campaign as the month picker needs it (GET /api/campaigns). */
export type CampaignSpan = Pick<Campaign, 'id' | 'name' | 'startDate' | 'endDate' | 'status'>;
