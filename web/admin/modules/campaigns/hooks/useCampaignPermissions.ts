import { ACCESS, may } from '../../../../../common/access.ts';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

/**
 * The office and the system admin plan campaigns and assign work; a unit admin reports progress
 * (common/access.ts). The server enforces the same rules — hiding buttons is courtesy.
 */
export function useCampaignPermissions() {
  const { role } = useCurrentUser();
  return {
    canPlan: may(ACCESS.campaigns.write, role),
    canReport: may(ACCESS.assignments.report, role),
  };
}
