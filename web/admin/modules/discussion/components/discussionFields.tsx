import { Button, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { DISCUSSION_AUDIENCES } from '../../../../../common/discussion-terms.ts';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { type Field, options } from '../../../ui/list/fields';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import type { DiscussionLimits, DiscussionThread } from '../types/discussion';

const audience: Field<never> = {
  name: 'audience',
  label: t('discussion.filterAudience'),
  kind: 'select',
  options: options(DISCUSSION_AUDIENCES, (a) => t(`discussion.audiences.${a}`)),
  width: 110,
};

export const threadFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t('discussion.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 220,
  },
  audience,
  campaignField('campaignId', t('discussion.filterCampaign')),
  orgField('orgId', t('discussion.filterOrg')),
  { name: 'mine', label: t('discussion.filterMine'), kind: 'flag' },
];

/** 发起讨论: the limits are the settings' (字数 n/max). */
export function threadForm(limits: DiscussionLimits | undefined): Field<never>[] {
  return [
    {
      name: 'title',
      label: t('discussion.titleLabel'),
      kind: 'text',
      maxLength: limits?.titleMaxLength ?? 60,
      required: t('discussion.titleRequired'),
      wide: true,
    },
    {
      name: 'body',
      label: t('discussion.body'),
      kind: 'textarea',
      maxLength: limits?.bodyMaxLength ?? 2000,
      required: t('discussion.bodyRequired'),
      wide: true,
      item: { extra: t('discussion.bodyHint') },
      input: { rows: 8 },
    },
    {
      ...audience,
      label: t('discussion.audience'),
      required: t('discussion.audience'),
      input: { allowClear: false },
    },
    campaignField('campaignId', t('discussion.campaign')),
  ];
}

/** The title as a reader may see it: a hidden or removed thread says so instead. */
export function ThreadTitle({ thread }: { thread: DiscussionThread }) {
  if (thread.concealed) {
    return (
      <Typography.Text type="secondary" italic>
        {t(thread.concealed === 'hidden' ? 'discussion.hiddenNotice' : 'discussion.removedNotice')}
      </Typography.Text>
    );
  }
  return <>{thread.title}</>;
}

export function threadColumns(
  open: (row: DiscussionThread) => void,
): TableColumnsType<DiscussionThread> {
  return [
    {
      title: t('discussion.titleLabel'),
      key: 'title',
      fixed: 'start',
      width: 300,
      ellipsis: true,
      render: (_: unknown, row) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => open(row)} style={{ padding: 0 }}>
            <ThreadTitle thread={row} />
          </Button>
          {row.state !== 'visible' && !row.concealed ? (
            <Tag color={row.state === 'hidden' ? 'orange' : 'red'}>
              {t(`discussion.states.${row.state}`)}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('discussion.audience'),
      key: 'audience',
      width: 72,
      render: (_: unknown, row) => (
        <Tag color={row.audience === 'bureau' ? 'blue' : undefined}>
          {t(`discussion.audiences.${row.audience}`)}
        </Tag>
      ),
    },
    { title: t('discussion.author'), dataIndex: 'authorName', width: 90, ellipsis: true },
    { title: t('discussion.org'), dataIndex: 'orgName', width: 150, ellipsis: true },
    { title: t('discussion.replies'), dataIndex: 'replyCount', width: 64, align: 'right' },
    {
      title: t('discussion.lastReplyAt'),
      key: 'lastReplyAt',
      width: 140,
      render: (_: unknown, row) => formatDateTime(row.lastReplyAt ?? row.createdAt),
    },
    {
      title: t('discussion.createdAt'),
      key: 'createdAt',
      width: 140,
      render: (_: unknown, row) => formatDateTime(row.createdAt),
    },
  ];
}
