import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, login } from '../api/authApi';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Data of a previous user must not leak into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.me[0] });
      queryClient.setQueryData(authKeys.me, user);
    },
  });
}
