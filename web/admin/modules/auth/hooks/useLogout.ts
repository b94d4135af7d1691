import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clearOfflineData } from '../../offline/utils/serviceWorker';
import { authKeys, logout } from '../api/authApi';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // before the login page shows: an offline reload must not bring this account's data back
      await clearOfflineData();
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
