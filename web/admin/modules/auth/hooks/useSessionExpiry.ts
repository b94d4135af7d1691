import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { t } from '../../../i18n';
import { setUnauthorizedHandler } from '../../../ui/api';
import { clearOfflineData } from '../../offline/utils/serviceWorker';
import { authKeys } from '../api/authApi';
import type { CurrentUser } from '../types/auth';

/** Any 401 while signed in means the session ended: forget the user so RequireAuth sends us to /login. */
export function useSessionExpiry(): void {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (!queryClient.getQueryData<CurrentUser | null>(authKeys.me)) return;
      queryClient.setQueryData(authKeys.me, null);
      // the kept copy of /api/auth/me would bring the ended session back on an offline reload
      void clearOfflineData();
      void message.warning(t('auth.sessionExpired'));
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient, message]);
}
