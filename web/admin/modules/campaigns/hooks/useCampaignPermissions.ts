import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

/**
 * The office and the system admin plan campaigns and assign work; a unit admin reports progress.
 * The server enforces the same rules — hiding buttons is courtesy.
 */
export function useCampaignPermissions() {
  const { role } = useCurrentUser();
  return { canPlan: role === 'admin' || role === 'office', canReport: role === 'unit_admin' };
}
