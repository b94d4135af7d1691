import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clearOfflineData } from '../../offline/utils/serviceWorker';
import { authKeys, login } from '../api/authApi';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (user) => {
      // Data of a previous user must not leak into this session, nor stay kept for offline use.
      await clearOfflineData();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.me[0] });
      queryClient.setQueryData(authKeys.me, user);
    },
  });
}
