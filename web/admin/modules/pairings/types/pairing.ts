import type { ZPairingSchema } from '../../../../../common/households.ts';
import type {
  ZPairingOverviewItemSchema,
  ZPairingOverviewSchema,
} from '../../../../../common/pairings.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/households.ts, common/pairings.ts); type-only: no zod.
export type { TQuotaStatus as QuotaStatus } from '../../../../../common/terms.ts';
/** 结对 — `endDate` null while the pairing lasts. */
export type Pairing = TJson<typeof ZPairingSchema>;
export type PairingOverviewItem = TJson<typeof ZPairingOverviewItemSchema>;
export type PairingOverview = TJson<typeof ZPairingOverviewSchema>;

export type PairingFilters = {
  cadreId?: string;
  householdId?: string;
  orgId?: string;
  active?: boolean;
  mine?: boolean;
};

export type PairingListParams = PairingFilters & { page: number; pageSize: number };

export type PairingOverviewParams = { orgId?: string; q?: string; page: number; pageSize: number };
