import { useQuery } from '@tanstack/react-query';
import { authKeys, fetchCurrentUser } from '../api/authApi';
import type { CurrentUser } from '../types/auth';

export function useCurrentUserQuery() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: fetchCurrentUser,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** For components under RequireAuth, where a signed-in user is guaranteed. */
export function useCurrentUser(): CurrentUser {
  const { data } = useCurrentUserQuery();
  if (!data) throw new Error('useCurrentUser used outside RequireAuth');
  return data;
}
