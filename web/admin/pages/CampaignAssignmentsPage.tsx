import { Card, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { t } from '../i18n';
import { AssignmentsPanel } from '../modules/campaigns/components/AssignmentsPanel';
import { useCampaignPermissions } from '../modules/campaigns/hooks/useCampaignPermissions';
import { PageHeader } from '../ui/PageHeader';

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
          initialFilters={{ overdue: search.get('overdue') === 'true' || undefined }}
        />
      </Card>
    </>
  );
}
