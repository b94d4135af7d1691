import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  changeOwnPassword,
  createUser,
  endOwnSession,
  sessionKeys,
  updateUser,
  userKeys,
} from '../api/usersApi';
import type { PasswordChangeInput, UserInput, UserUpdateInput } from '../types/user';

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: UserInput) => createUser(input),
    onSuccess: invalidate,
  });
}

/** Edit, reset password, disable/enable and unlock are all one PATCH. */
export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
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
