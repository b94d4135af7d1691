import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, logout } from '../api/authApi';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
