import { useQuery } from '@tanstack/react-query';
import { fetchOwnSessions, sessionKeys } from '../api/usersApi';

/** 登录设备 — fetched only while the 修改密码 dialog is open. */
export function useOwnSessions(enabled: boolean) {
  return useQuery({ queryKey: sessionKeys.all, queryFn: fetchOwnSessions, enabled });
}
