import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchUsers, userKeys } from '../api/usersApi';
import type { UserListParams } from '../types/user';

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: () => fetchUsers(params),
    placeholderData: keepPreviousData,
  });
}
