import { Button, Flex, type TableColumnsType, Typography } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { QueryParams } from '../../../ui/api';
import { cadreColumn } from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import type { ListFilters } from '../../../ui/list/listState';
import { MonthControl, monthOr } from '../../../ui/list/MonthControl';
import { cadreRanks } from '../../cadres/types/cadre';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import type { ComplianceItem } from '../types/compliance';
import { MetMark } from './MetMark';

/** 月份, 单位, a name search, 职级, 达标/未达标 and 只看领导干部; `month` is the one shown at first. */
export const complianceFilters = (month: string): Field<never>[] => [
  {
    name: 'month',
    label: t('compliance.month'),
    kind: 'custom',
    width: 140,
    control: (props) => <MonthControl {...props} fallback={month} />,
  },
  orgField('orgId', t('compliance.filterOrg')),
  campaignField('campaignId', t('compliance.filterCampaign')),
  {
    name: 'q',
    label: t('compliance.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 180,
  },
  {
    name: 'rank',
    label: t('compliance.rank'),
    kind: 'select',
    options: options(cadreRanks, (r) => t(`cadres.ranks.${r}`)),
    width: 110,
  },
  {
    name: 'met',
    label: t('compliance.metFilter'),
    kind: 'select',
    options: [
      { value: 'false', label: t('compliance.notMet') },
      { value: 'true', label: t('compliance.met') },
    ],
    width: 110,
  },
  { name: 'leadingOnly', label: t('compliance.leadingOnly'), kind: 'flag' },
];

/** The filters as the API takes them (达标情况 is the API's `met`, as the dashboard links it). */
export const complianceQuery =
  (month: string) =>
  (f: ListFilters): QueryParams => ({
    ...f,
    month: monthOr(f.month, month),
  });

const flagged = (bad: boolean, text: React.ReactNode) => (
  <Typography.Text type={bad ? 'danger' : undefined}>{text}</Typography.Text>
);

/** One cadre a row: days x/y, paired households, poor households helped, met with the reasons. */
export function complianceColumns(
  onCalendar: (item: ComplianceItem) => void,
): TableColumnsType<ComplianceItem> {
  return [
    cadreColumn<ComplianceItem>(
      t('compliance.cadre'),
      (r) => r.cadreName,
      (r) => r.leading,
      130,
    ),
    {
      title: t('compliance.rank'),
      dataIndex: 'rank',
      width: 60,
      render: (rank: ComplianceItem['rank']) => t(`cadres.ranks.${rank}`),
    },
    { title: t('compliance.unit'), dataIndex: 'orgName', width: 160, ellipsis: true },
    {
      title: t('compliance.days'),
      key: 'days',
      width: 80,
      render: (_, r) =>
        flagged(r.daysLogged < r.daysRequired, `${r.daysLogged} / ${r.daysRequired}`),
    },
    {
      title: t('compliance.paired'),
      key: 'paired',
      width: 90,
      render: (_, r) =>
        flagged(
          r.pairedHouseholds < r.minHouseholds || r.pairedHouseholds > r.maxHouseholds,
          r.pairedHouseholds,
        ),
    },
    {
      title: t('compliance.poorHelped'),
      key: 'poor',
      width: 100,
      render: (_, r) => flagged(r.poorHouseholdsHelped < r.minPoorHelped, r.poorHouseholdsHelped),
    },
    {
      title: t('compliance.status'),
      key: 'met',
      width: 240,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <MetMark met={r.met} />
          {r.reasons.length ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.reasons.join('；')}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    actionColumn(72, (r: ComplianceItem) => (
      <Button type="link" size="small" onClick={() => onCalendar(r)}>
        {t('compliance.calendar')}
      </Button>
    )),
  ];
}
