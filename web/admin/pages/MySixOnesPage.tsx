import { Card, Empty, Flex, Typography } from 'antd';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { useCampaign } from '../modules/campaigns/hooks/useCampaigns';
import { SixOnesItems, SixOnesProgress } from '../modules/six-ones/components/SixOnesItems';
import { useCadreSixOnes } from '../modules/six-ones/hooks/useSixOnes';
import { QueryError } from '../ui/QueryError';

function CampaignLine({ campaignId }: { campaignId: string }) {
  const campaign = useCampaign(campaignId);
  if (!campaign.data) return null;
  const c = campaign.data;
  return (
    <Typography.Text type="secondary">
      {t('sixOnes.campaign', { name: c.name, start: c.startDate, end: c.endDate })}
    </Typography.Text>
  );
}

/** 我的六个一: a leading cadre's six with their state, what is missing and where to do it. */
export function MySixOnesPage() {
  const { cadreId } = useCurrentUser();
  const six = useCadreSixOnes(cadreId);
  if (!cadreId)
    return (
      <Card title={t('sixOnes.myTitle')}>
        <Empty description={t('sixOnes.noCadre')}>
          <Typography.Text type="secondary">{t('sixOnes.noCadreHint')}</Typography.Text>
        </Empty>
      </Card>
    );
  const data = six.data;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 880 }}>
      <Flex vertical gap={0}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('sixOnes.myTitle')}
        </Typography.Title>
        {data?.campaignId ? <CampaignLine campaignId={data.campaignId} /> : null}
        {data && !data.campaignId ? (
          <Typography.Text type="secondary">{t('sixOnes.noCampaign')}</Typography.Text>
        ) : null}
      </Flex>
      {six.error ? <QueryError error={six.error} onRetry={() => void six.refetch()} /> : null}
      {six.isPending ? <Card loading /> : null}
      {data ? (
        <>
          <Card>
            <SixOnesProgress items={data.items} />
          </Card>
          <SixOnesItems items={data.items} />
        </>
      ) : null}
    </Flex>
  );
}
