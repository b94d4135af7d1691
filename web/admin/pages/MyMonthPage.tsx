import {
  EditOutlined,
  LeftOutlined,
  RightOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { CalendarHeatmap } from '../modules/compliance/components/CalendarHeatmap';
import {
  useCalendar,
  useDefaultMonth,
  useMyMonth,
} from '../modules/compliance/hooks/useCompliance';
import { monthBounds, monthOf } from '../modules/compliance/utils/months';
import { MyHomeCards } from '../modules/my/components/MyHomeCards';
import { MyProgressCard } from '../modules/my/components/MyProgressCard';
import { OutboxBanner } from '../modules/visits/components/OutboxBanner';
import {
  VisitFormDrawer,
  type VisitFormTarget,
} from '../modules/visits/components/VisitFormDrawer';
import { canLogVisits } from '../modules/visits/utils/permissions';
import { FullPageSpin } from '../ui/FullPageSpin';
import { formatMonth } from '../ui/format';
import { QueryError } from '../ui/QueryError';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const shift = (month: string, by: number) =>
  dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');

/** Today for this month; for a past month its last day, so a late log lands in that month. */
function defaultVisitDate(month: string): string {
  const today = dayjs().format('YYYY-MM-DD');
  const { last } = monthBounds(month);
  if (last < today) return last;
  return today;
}

function NoCadre() {
  return (
    <Card title={t('compliance.my.title')}>
      <Empty description={t('compliance.my.noCadre')}>
        <Typography.Text type="secondary">{t('compliance.my.noCadreHint')}</Typography.Text>
      </Empty>
    </Card>
  );
}

function MyMonth({ month, onMonth }: { month: string; onMonth: (month: string) => void }) {
  const user = useCurrentUser();
  const [form, setForm] = useState<VisitFormTarget | null>(null);
  const me = useMyMonth(month);
  const { first, last } = monthBounds(month);
  const calendar = useCalendar(user.cadreId ?? undefined, first, last);
  const isCurrent = month >= monthOf(new Date());
  const data = me.data;

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 640 }}>
      <Flex vertical gap={0}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('compliance.my.title')}
        </Typography.Title>
        {data?.campaign ? (
          <Typography.Text type="secondary">
            {t('compliance.my.campaignLabel', { name: data.campaign.name })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Flex justify="space-between" align="center">
        <Button
          size="large"
          icon={<LeftOutlined />}
          aria-label={shift(month, -1)}
          onClick={() => onMonth(shift(month, -1))}
        />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {formatMonth(month)}
        </Typography.Title>
        <Button
          size="large"
          icon={<RightOutlined />}
          aria-label={shift(month, 1)}
          disabled={isCurrent}
          onClick={() => onMonth(shift(month, 1))}
        />
      </Flex>
      <OutboxBanner />
      {me.error ? <QueryError error={me.error} onRetry={() => void me.refetch()} /> : null}
      {me.isPending ? <Card loading /> : null}
      {data && !data.campaign ? (
        <Card>
          <Empty description={t('compliance.my.noCampaign')} />
        </Card>
      ) : null}
      {data?.campaign && !data.progress ? (
        <Card>
          <Empty description={t('compliance.my.noQuota')} />
        </Card>
      ) : null}
      {data?.progress ? (
        <MyProgressCard progress={data.progress} nextAction={data.nextAction} />
      ) : null}
      {canLogVisits(user) ? (
        <Button
          type="primary"
          size="large"
          block
          icon={<EditOutlined />}
          style={{ height: 56, fontSize: 20 }}
          onClick={() => setForm({ kind: 'new', date: defaultVisitDate(month) })}
        >
          {t('compliance.my.logVisit')}
        </Button>
      ) : null}
      <Card
        title={t('compliance.my.calendarTitle')}
        extra={
          <Link to={`/visits?month=${month}&cadreId=${user.cadreId ?? ''}`}>
            <UnorderedListOutlined /> {t('compliance.my.myVisits')}
          </Link>
        }
      >
        {calendar.error ? (
          <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
        ) : (
          <CalendarHeatmap
            month={month}
            days={calendar.data?.items ?? []}
            height={280}
            loading={calendar.isPending}
          />
        )}
      </Card>
      {user.cadreId ? <MyHomeCards cadreId={user.cadreId} /> : null}
      <VisitFormDrawer target={form} onClose={() => setForm(null)} />
    </Flex>
  );
}

/**
 * 我的本月: the cadre's home page (?month=YYYY-MM for another month); under his month, his six ones,
 * his open cases and what waits for him.
 */
export function MyMonthPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultMonth();
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : fallback;
  if (!user.cadreId) return <NoCadre />;
  if (!month) return <FullPageSpin />;
  return (
    <MyMonth month={month} onMonth={(next) => setParams({ month: next }, { replace: true })} />
  );
}
