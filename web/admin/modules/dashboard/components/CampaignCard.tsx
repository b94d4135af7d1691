import { Card, Empty, Flex, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import type { Dashboard } from '../types/dashboard';

const stateColor = { draft: 'default', not_started: 'blue', ongoing: 'green', ended: 'default' };

/** The campaign of the period: its name, state, phase and the days left. */
export function CampaignCard({ campaign }: { campaign: Dashboard['campaign'] }) {
  if (!campaign)
    return (
      <Card size="small" style={{ height: '100%' }}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noCampaign')} />
      </Card>
    );
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex vertical gap="small">
        <Flex gap="small" align="center" wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
          </Typography.Title>
          <Tag color={stateColor[campaign.state]}>
            {t(`dashboard.campaignStates.${campaign.state}`)}
          </Tag>
        </Flex>
        <Typography.Text type="secondary">
          {t('dashboard.campaignPeriod', { start: campaign.startDate, end: campaign.endDate })}
        </Typography.Text>
        <Flex gap="large" wrap>
          <Statistic
            title={t('dashboard.campaignPhase')}
            value={campaign.phase ?? t('dashboard.noPhase')}
            styles={{ content: { fontSize: 20 } }}
          />
          <Statistic
            title={t('dashboard.daysLeft')}
            value={campaign.daysLeft}
            suffix={t('dashboard.daysUnit')}
            styles={{ content: { fontSize: 20 } }}
          />
        </Flex>
      </Flex>
    </Card>
  );
}
