import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSettings, putSetting, settingKeys } from '../api/settingsApi';
import type { SettingValue } from '../types/setting';

export function useSettings() {
  return useQuery({ queryKey: settingKeys.all, queryFn: fetchSettings });
}

export function useSaveSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value }: { key: string; value: SettingValue }) => putSetting(key, value),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingKeys.all }),
  });
}
