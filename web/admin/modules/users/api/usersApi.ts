import type { TSessionList } from '../../../../../common/auth.ts';
import { apiRequest } from '../../../ui/api';
import type {
  PasswordChangeInput,
  User,
  UserInput,
  UserListParams,
  UserUpdateInput,
} from '../types/user';

export const USERS_PATH = '/api/users';

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (params: UserListParams) => [...userKeys.lists(), params] as const,
};

export function createUser(input: UserInput): Promise<User> {
  return apiRequest<User>(USERS_PATH, { method: 'POST', body: input });
}

export function updateUser(id: string, input: UserUpdateInput): Promise<User> {
  return apiRequest<User>(`${USERS_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

/** 修改密码 — the signed-in user's own; the server ends their other sessions. */
export function changeOwnPassword(input: PasswordChangeInput): Promise<void> {
  return apiRequest<void>('/api/auth/password', { method: 'POST', body: input });
}

export const sessionKeys = { all: ['auth', 'sessions'] as const };

/** 登录设备 — the signed-in user's open sessions. */
export function fetchOwnSessions(): Promise<TSessionList> {
  return apiRequest<TSessionList>('/api/auth/sessions');
}

/** Ends one of the user's other sessions. */
export function endOwnSession(id: string): Promise<void> {
  return apiRequest<void>(`/api/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
