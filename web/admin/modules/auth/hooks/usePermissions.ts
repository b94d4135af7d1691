import { canReadAudit, canWrite } from '../utils/permissions';
import { useCurrentUser } from './useCurrentUser';

export function usePermissions() {
  const user = useCurrentUser();
  return { canWrite: canWrite(user.role), canReadAudit: canReadAudit(user.role) };
}
