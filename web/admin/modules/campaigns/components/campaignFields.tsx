import { Button, Flex, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { inRange } from '../../../ui/forms';
import { type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import { type Campaign, type CampaignInput, campaignStates } from '../types/campaign';
import { CampaignStatusActions } from './CampaignStatusActions';
import { CampaignStatusTag } from './CampaignStatusTag';
import { formatRange, fromDay, toDay } from './dates';

export const campaignFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t('campaigns.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 260,
  },
  {
    name: 'state',
    label: t('campaigns.status'),
    kind: 'select',
    options: options(campaignStates, (s) => t(`campaigns.states.${s}`)),
  },
];

/** A blank campaign or an edit: name, dates, reminder days, description. */
export const campaignFormFields: readonly Field<never>[] = [
  {
    name: 'name',
    label: t('campaigns.name'),
    kind: 'text',
    maxLength: MAX_LEN.name,
    required: t('campaigns.nameRequired'),
    wide: true,
  },
  {
    name: 'dates',
    label: t('campaigns.dates'),
    kind: 'dateRange',
    wide: true,
    input: { order: false },
    item: { rules: [{ required: true, message: t('campaigns.datesRequired') }] },
  },
  {
    name: 'reminderDaysBeforeMonthEnd',
    label: t('campaigns.reminderDays'),
    kind: 'number',
    wide: true,
    input: { precision: 0 },
    item: {
      extra: t('campaigns.reminderDaysHelp'),
      rules: [{ required: true, message: t('campaigns.rules.required') }, inRange(0, 27)],
    },
  },
  {
    name: 'description',
    label: t('campaigns.description'),
    kind: 'textarea',
    maxLength: MAX_LEN.longText,
    input: { rows: 4 },
    wide: true,
  },
];

export type CampaignValues = {
  name: string;
  description?: string;
  dates: [ReturnType<typeof toDay>, ReturnType<typeof toDay>];
  reminderDaysBeforeMonthEnd: number;
};

export const toCampaignValues = (c: Campaign | null): Partial<CampaignValues> =>
  c
    ? {
        name: c.name,
        description: c.description,
        dates: [toDay(c.startDate), toDay(c.endDate)],
        reminderDaysBeforeMonthEnd: c.reminderDaysBeforeMonthEnd,
      }
    : { reminderDaysBeforeMonthEnd: 5 };

export const toCampaignInput = (v: CampaignValues): CampaignInput => ({
  name: v.name.trim(),
  description: v.description?.trim() ?? '',
  startDate: fromDay(v.dates[0]),
  endDate: fromDay(v.dates[1]),
  reminderDaysBeforeMonthEnd: v.reminderDaysBeforeMonthEnd,
});

/** The campaign list's columns; 打开 leads to the campaign, planners also copy and move it on. */
export function campaignColumns(
  canPlan: boolean,
  onCopy: (c: Campaign) => void,
): TableColumnsType<Campaign> {
  return [
    {
      title: t('campaigns.name'),
      dataIndex: 'name',
      fixed: 'start',
      width: 220,
      render: (name: string, c) => <Link to={`/campaigns/${c.id}`}>{name}</Link>,
    },
    {
      title: t('campaigns.dates'),
      key: 'dates',
      width: 200,
      render: (_: unknown, c) => formatRange(c.startDate, c.endDate),
    },
    {
      title: t('campaigns.status'),
      dataIndex: 'state',
      width: 80,
      render: (state: Campaign['state']) => <CampaignStatusTag state={state} />,
    },
    { title: t('campaigns.phaseCount'), dataIndex: 'phaseCount', width: 56 },
    { title: t('campaigns.activityCount'), dataIndex: 'activityCount', width: 80 },
    {
      title: t('campaigns.reminderDays'),
      dataIndex: 'reminderDaysBeforeMonthEnd',
      width: 100,
      render: (days: number) => t('campaigns.reminderDaysValue', { days }),
    },
    actionColumn(canPlan ? 240 : 64, (c: Campaign) => (
      <Flex gap={0} wrap>
        <Link to={`/campaigns/${c.id}`}>
          <Button type="link" size="small">
            {t('campaigns.open')}
          </Button>
        </Link>
        {canPlan ? (
          <>
            <Button type="link" size="small" onClick={() => onCopy(c)}>
              {t('campaigns.copy')}
            </Button>
            <CampaignStatusActions campaign={c} size="small" />
          </>
        ) : null}
      </Flex>
    )),
  ];
}

/** 年度 of a campaign made from a template or a copy. */
export const yearField: Field<never> = {
  name: 'year',
  label: t('campaigns.year'),
  kind: 'number',
  input: { precision: 0 },
  item: { rules: [{ required: true, message: t('campaigns.yearRequired') }, inRange(2000, 2100)] },
  wide: true,
};

/** 名称（可不填）: the new campaign's name, else the server makes one. */
export const newName: Field<never> = {
  name: 'name',
  label: t('campaigns.nameOptional'),
  kind: 'text',
  maxLength: MAX_LEN.name,
  wide: true,
};
