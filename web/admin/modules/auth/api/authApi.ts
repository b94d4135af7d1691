import { ApiError, apiRequest, setCsrfToken } from '../../../ui/api';
import { clearOfflineData } from '../../offline/utils/serviceWorker';
import type { CurrentUser, LoginInput, Session } from '../types/auth';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** The signed-in user, or null when there is no session (401). */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    const session = await apiRequest<Session>('/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      // no session (it ended, or the cookie is gone): what was kept for offline use is another's
      await clearOfflineData();
      return null;
    }
    throw error;
  }
}

export async function login(input: LoginInput): Promise<CurrentUser> {
  const session = await apiRequest<Session>('/api/auth/login', { method: 'POST', body: input });
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function logout(): Promise<void> {
  try {
    await apiRequest<void>('/api/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}
