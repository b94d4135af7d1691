import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchOwnSessions, fetchUsers, sessionKeys, userKeys } from '../api/usersApi';
import type { UserListParams } from '../types/user';

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: () => fetchUsers(params),
    placeholderData: keepPreviousData,
  });
}

/** 登录设备 — fetched only while the 修改密码 dialog is open. */
export function useOwnSessions(enabled: boolean) {
  return useQuery({ queryKey: sessionKeys.all, queryFn: fetchOwnSessions, enabled });
}
