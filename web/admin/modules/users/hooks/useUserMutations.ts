import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useInvalidate, useSave } from '../../../ui/list/mutations';
import {
  changeOwnPassword,
  createUser,
  endOwnSession,
  sessionKeys,
  updateUser,
  userKeys,
} from '../api/usersApi';
import type { PasswordChangeInput, UserInput, UserUpdateInput } from '../types/user';

/** Create (with a password) when `id` is null, otherwise edit. */
export const useSaveUser = () =>
  useSave<UserInput | UserUpdateInput>(
    (input) => createUser(input as UserInput),
    updateUser,
    userKeys.all,
  );

/** Edit, reset password, disable/enable and unlock are all one PATCH. */
export function useUpdateUser() {
  const invalidate = useInvalidate(userKeys.all);
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UserUpdateInput }) => updateUser(id, input),
    onSuccess: invalidate,
  });
}

export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChangeInput) => changeOwnPassword(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export function useEndOwnSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => endOwnSession(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
