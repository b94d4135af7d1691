import type { ZAssistanceSchema } from '../../../../../common/households.ts';
import type { TJson } from '../../../../../common/zod.ts';

/** 帮扶 — the server's shape (common/households.ts); type-only, so no zod in the bundle. */
export type Assistance = TJson<typeof ZAssistanceSchema>;

/** The body of POST /api/assistance; `cadreId` left out by a cadre (the server takes his own). */
export type AssistanceInput = Pick<Assistance, 'householdId' | 'date' | 'measure' | 'result'> &
  Partial<Pick<Assistance, 'cadreId'>>;

export type AssistanceUpdateInput = Pick<AssistanceInput, 'date' | 'measure' | 'result'>;

export type AssistanceFilters = {
  q?: string;
  orgId?: string;
  cadreId?: string;
  householdId?: string;
  /** YYYY-MM */
  from?: string;
  to?: string;
};

export type AssistanceListParams = AssistanceFilters & { page: number; pageSize: number };
