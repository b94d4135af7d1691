import { apiRequest, type Page } from '../../../ui/api';
import type { QuotaRule, QuotaRuleInput } from '../types/quotaRule';

export const QUOTA_RULES_PATH = '/api/quota-rules';

export const quotaRuleKeys = {
  all: ['quota-rules'] as const,
  list: (campaignId: string) => [...quotaRuleKeys.all, campaignId] as const,
};

export const fetchQuotaRules = (campaignId: string): Promise<Page<QuotaRule>> =>
  apiRequest(QUOTA_RULES_PATH, { query: { campaignId } });

export const createQuotaRule = (input: QuotaRuleInput): Promise<QuotaRule> =>
  apiRequest(QUOTA_RULES_PATH, { method: 'POST', body: input });
