import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createQuotaRule, fetchQuotaRules, quotaRuleKeys } from '../api/quotaRulesApi';
import type { QuotaRuleInput } from '../types/quotaRule';

export function useQuotaRules(campaignId: string) {
  return useQuery({
    queryKey: quotaRuleKeys.list(campaignId),
    queryFn: () => fetchQuotaRules(campaignId),
  });
}

export function useCreateQuotaRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuotaRuleInput) => createQuotaRule(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quotaRuleKeys.all }),
  });
}
