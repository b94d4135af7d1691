import { ArrowLeftOutlined, CopyOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { t } from '../i18n';
import { ActivitiesTab } from '../modules/campaigns/components/ActivitiesTab';
import { AssignmentsPanel } from '../modules/campaigns/components/AssignmentsPanel';
import { BoardTab } from '../modules/campaigns/components/BoardTab';
import { CampaignFormModal } from '../modules/campaigns/components/CampaignFormModal';
import { CampaignStatusActions } from '../modules/campaigns/components/CampaignStatusActions';
import { CampaignStatusTag } from '../modules/campaigns/components/CampaignStatusTag';
import { CopyCampaignModal } from '../modules/campaigns/components/CopyCampaignModal';
import { formatRange } from '../modules/campaigns/components/dates';
import { PhasesTab } from '../modules/campaigns/components/PhasesTab';
import { useCampaignPermissions } from '../modules/campaigns/hooks/useCampaignPermissions';
import { useCampaign } from '../modules/campaigns/hooks/useCampaigns';
import { QuotaRulesTab } from '../modules/quota-rules/components/QuotaRulesTab';
import { ApiError } from '../ui/api';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

const TABS = ['phases', 'activities', 'assignments', 'board', 'rules'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => TABS.includes(v as Tab);

/** One campaign: phases, activities, assignments, the progress board and the quota rules. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const { canPlan, canReport } = useCampaignPermissions();
  const campaign = useCampaign(id);
  const [editing, setEditing] = useState(false);
  const [copying, setCopying] = useState(false);
  const tabParam = search.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'activities';

  if (campaign.isPending) return <Spin />;
  if (campaign.error) {
    if (campaign.error instanceof ApiError && campaign.error.status === 404)
      return (
        <Result
          status="404"
          title={t('campaigns.notFound')}
          extra={
            <Link to="/campaigns">
              <Button>{t('campaigns.back')}</Button>
            </Link>
          }
        />
      );
    return <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const c = campaign.data;

  return (
    <>
      <Link to="/campaigns">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('campaigns.back')}
        </Button>
      </Link>
      <PageHeader
        title={c.name}
        extra={
          canPlan ? (
            <>
              <CampaignStatusActions campaign={c} />
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
                {t('campaigns.copy')}
              </Button>
            </>
          ) : null
        }
      />
      <Flex wrap gap="small" align="center" style={{ marginBottom: 12 }}>
        <CampaignStatusTag state={c.state} />
        <Typography.Text>{formatRange(c.startDate, c.endDate)}</Typography.Text>
        <Typography.Text type="secondary">
          {t('campaigns.reminderDays')}：
          {t('campaigns.reminderDaysValue', { days: c.reminderDaysBeforeMonthEnd })}
        </Typography.Text>
      </Flex>
      {c.description ? (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, expandable: true, symbol: t('campaigns.activities.expand') }}
        >
          {c.description}
        </Typography.Paragraph>
      ) : null}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'phases',
              label: t('campaigns.tabs.phases'),
              children: <PhasesTab campaign={c} canPlan={canPlan} />,
            },
            {
              key: 'activities',
              label: t('campaigns.tabs.activities'),
              children: <ActivitiesTab campaign={c} canPlan={canPlan} />,
            },
            {
              key: 'assignments',
              label: t('campaigns.tabs.assignments'),
              children: <AssignmentsPanel campaign={c} canPlan={canPlan} canReport={canReport} />,
            },
            { key: 'board', label: t('campaigns.tabs.board'), children: <BoardTab campaign={c} /> },
            {
              key: 'rules',
              label: t('campaigns.tabs.rules'),
              children: <QuotaRulesTab campaign={c} canEdit={canPlan} />,
            },
          ]}
        />
      </Card>
      {canPlan ? (
        <>
          <CampaignFormModal open={editing} campaign={c} onClose={() => setEditing(false)} />
          <CopyCampaignModal
            campaign={copying ? c : null}
            onClose={() => setCopying(false)}
            onCopied={(copy) => void navigate(`/campaigns/${copy.id}`)}
          />
        </>
      ) : null}
    </>
  );
}
