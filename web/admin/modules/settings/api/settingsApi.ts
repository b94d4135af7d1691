import { apiRequest } from '../../../ui/api';
import type { Setting, SettingValue } from '../types/setting';

const PATH = '/api/settings';

export const settingKeys = { all: ['settings'] as const };

export function fetchSettings(): Promise<{ items: Setting[] }> {
  return apiRequest<{ items: Setting[] }>(PATH);
}

export function putSetting(key: string, value: SettingValue): Promise<Setting> {
  return apiRequest<Setting>(`${PATH}/${encodeURIComponent(key)}`, {
    method: 'PUT',
    body: { value },
  });
}
