import { Card, Typography } from 'antd';
import { t } from '../i18n';
import { AssignmentsPanel } from '../modules/campaigns/components/AssignmentsPanel';
import { useCampaignPermissions } from '../modules/campaigns/hooks/useCampaignPermissions';
import { PageHeader } from '../ui/PageHeader';

/**
 * 任务进展: the assignments of the user's units across campaigns; unit admins report here. The
 * filters (活动, 单位, 活动项目, 状态, 只看逾期) live in the address: a figure of 首页 opens the list
 * with its filters, and a change of a filter is written back, so a reload or a link shows the same.
 */
export function CampaignAssignmentsPage() {
  const { canPlan, canReport } = useCampaignPermissions();
  return (
    <>
      <PageHeader title={t('campaigns.assignments.title')} />
      <Typography.Paragraph type="secondary">
        {t('campaigns.assignments.myHint')}
      </Typography.Paragraph>
      <Card>
        <AssignmentsPanel canPlan={canPlan} canReport={canReport} />
      </Card>
    </>
  );
}
