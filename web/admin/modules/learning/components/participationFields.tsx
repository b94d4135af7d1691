import type { TableColumnsType } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { QueryParams } from '../../../ui/api';
import { PersonName } from '../../../ui/list/cells';
import type { Field } from '../../../ui/list/fields';
import type { ListFilters } from '../../../ui/list/listState';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import type { ParticipationRow } from '../types/learning';

/** 单位, 活动 (default: the current one), a name search, 只看领导干部 and 只看参与不足. */
export const participationFilters: readonly Field<never>[] = [
  orgField('orgId', t('learning.filterOrg')),
  campaignField('campaignId', t('learning.filterCampaign')),
  {
    name: 'q',
    label: t('learning.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 180,
  },
  { name: 'leadingOnly', label: t('learning.leadingOnly'), kind: 'flag' },
  { name: 'lagging', label: t('learning.lagging'), kind: 'flag' },
];

/** The flags as the API takes them (`true`, or absent). */
export const participationQuery = ({ leadingOnly, lagging, ...f }: ListFilters): QueryParams => ({
  ...f,
  leadingOnly: leadingOnly ? true : undefined,
  lagging: lagging ? true : undefined,
});

type NumKey =
  | 'materialsViewed'
  | 'sessionsLeave'
  | 'sessionsAbsent'
  | 'posts'
  | 'volunteerHours'
  | 'frontline';

const num = (key: NumKey, width = 84) => ({
  title: t(`learning.columns.${key}`),
  dataIndex: key,
  key,
  width,
  align: 'center' as const,
});

/** One cadre a row; 出席 as n/m with 请假 and 缺席 beside (缺席 in red). */
export function participationColumns(): TableColumnsType<ParticipationRow> {
  return [
    {
      title: t('learning.columns.cadre'),
      key: 'cadre',
      fixed: 'start',
      width: 120,
      render: (_, r) => <PersonName name={r.cadreName} leading={r.leading} />,
    },
    { title: t('learning.columns.org'), dataIndex: 'orgName', width: 150, ellipsis: true },
    num('materialsViewed'),
    {
      title: t('learning.columns.sessions'),
      key: 'sessions',
      width: 110,
      align: 'center',
      render: (_, r) => `${r.sessionsAttended}/${r.sessionsDue}`,
    },
    num('sessionsLeave', 64),
    {
      ...num('sessionsAbsent', 64),
      render: (v: number) => (v > 0 ? <span style={{ color: '#cf1322' }}>{v}</span> : v),
    },
    num('posts', 72),
    {
      title: t('learning.columns.reflections'),
      key: 'reflections',
      width: 96,
      align: 'center',
      render: (_, r) => `${r.reflectionsApproved}/${r.reflections}`,
    },
    num('volunteerHours'),
    num('frontline', 72),
  ];
}
