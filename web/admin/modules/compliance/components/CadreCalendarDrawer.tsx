import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { t } from '../../../i18n';
import { formatMonth } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useCalendar } from '../hooks/useCompliance';
import type { ComplianceItem } from '../types/compliance';
import { monthBounds } from '../utils/months';
import { CalendarHeatmap } from './CalendarHeatmap';
import { MetMark } from './MetMark';

type CadreCalendarDrawerProps = {
  item: ComplianceItem | null;
  onClose: () => void;
};

const shift = (month: string, by: number) =>
  dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');

/** One cadre's days at the contact point, month by month. */
export function CadreCalendarDrawer({ item, onClose }: CadreCalendarDrawerProps) {
  const isPhone = !Grid.useBreakpoint().md;
  const [month, setMonth] = useState(item?.month ?? '');
  useEffect(() => {
    if (item) setMonth(item.month);
  }, [item]);
  const { first, last } = monthBounds(month || '2000-01');
  const calendar = useCalendar(item && month ? item.cadreId : undefined, first, last);

  return (
    <Drawer
      open={item !== null}
      title={item ? t('compliance.calendarTitle', { name: item.cadreName }) : ''}
      onClose={onClose}
      size={isPhone ? '100%' : 480}
    >
      {item ? (
        <Flex vertical gap="middle">
          <Flex justify="space-between" align="center">
            <Button
              icon={<LeftOutlined />}
              aria-label={shift(month, -1)}
              onClick={() => setMonth(shift(month, -1))}
            />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {formatMonth(month)}
            </Typography.Title>
            <Button
              icon={<RightOutlined />}
              aria-label={shift(month, 1)}
              onClick={() => setMonth(shift(month, 1))}
            />
          </Flex>
          {month === item.month ? (
            <Flex vertical gap={4}>
              <MetMark met={item.met} />
              <Typography.Text>
                {t('compliance.days')}：{item.daysLogged} / {item.daysRequired} ·{' '}
                {t('compliance.paired')}：{item.pairedHouseholds} · {t('compliance.poorHelped')}：
                {item.poorHouseholdsHelped}
              </Typography.Text>
              {item.reasons.length ? (
                <Typography.Text type="secondary">{item.reasons.join('；')}</Typography.Text>
              ) : null}
            </Flex>
          ) : null}
          {calendar.error ? (
            <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
          ) : (
            <CalendarHeatmap
              month={month}
              days={calendar.data?.items ?? []}
              height={300}
              loading={calendar.isPending}
            />
          )}
        </Flex>
      ) : null}
    </Drawer>
  );
}
