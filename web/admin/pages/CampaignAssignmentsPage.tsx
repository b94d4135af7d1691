import { Card, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { t } from '../i18n';
import { AssignmentsPanel } from '../modules/campaigns/components/AssignmentsPanel';
import { useCampaignPermissions } from '../modules/campaigns/hooks/useCampaignPermissions';
import { type AssignmentStatus, assignmentStatuses } from '../modules/campaigns/types/campaign';
import { PageHeader } from '../ui/PageHeader';

const assignmentStatus = (value: string | null): AssignmentStatus | undefined =>
  assignmentStatuses.find((s) => s === value);

/** 任务进展: the assignments of the user's units across campaigns; unit admins report here. */
export function CampaignAssignmentsPage() {
  const [search] = useSearchParams();
  const { canPlan, canReport } = useCampaignPermissions();
  return (
    <>
      <PageHeader title={t('campaigns.assignments.title')} />
      <Typography.Paragraph type="secondary">
        {t('campaigns.assignments.myHint')}
      </Typography.Paragraph>
      <Card>
        <AssignmentsPanel
          canPlan={canPlan}
          canReport={canReport}
          initialFilters={{
            overdue: search.get('overdue') === 'true' || undefined,
            // a figure of 首页 opens the list with its filters (活动, 单位, 活动项目, 状态)
            campaignId: search.get('campaignId') ?? undefined,
            orgId: search.get('orgId') ?? undefined,
            activityId: search.get('activityId') ?? undefined,
            status: assignmentStatus(search.get('status')),
          }}
        />
      </Card>
    </>
  );
}
