import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../i18n';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import {
  discussionKeys,
  THREADS_PATH,
  useCreateThread,
  useDiscussionLimits,
} from '../modules/discussion/api/discussionApi';
import {
  threadColumns,
  threadFilters,
  threadForm,
} from '../modules/discussion/components/discussionFields';
import { ModerationPanel } from '../modules/discussion/components/ModerationPanel';
import { ThreadDrawer } from '../modules/discussion/components/ThreadDrawer';
import type { DiscussionThread, ThreadInput } from '../modules/discussion/types/discussion';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FilterBar } from '../ui/list/FilterBar';
import { FormDialog } from '../ui/list/FormDialog';
import { ListView } from '../ui/list/ListView';
import { useList } from '../ui/list/useList';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';

/**
 * 学习讨论「学习龚全珍，我该怎么做」: the threads the user may see (search, scope, campaign, mine),
 * a thread with its replies in the drawer (`?view=<id>`), and the office's 待审核 tab.
 */
export function DiscussionPage() {
  const { canWrite } = usePermissions();
  const limits = useDiscussionLimits();
  const moderator = limits.data?.moderator ?? false;
  const [tab, setTab] = useUrlParam('tab');
  const [viewing, setViewing] = useUrlParam('view');
  const [creating, setCreating] = useState(false);
  const list = useList<DiscussionThread>({
    path: THREADS_PATH,
    queryKey: discussionKeys.lists(),
    filters: threadFilters,
  });
  const create = useCreateThread();
  const form = useMemo(() => threadForm(limits.data), [limits.data]);
  const threads = (
    <Card>
      <Typography.Paragraph type="secondary">{t('discussion.intro')}</Typography.Paragraph>
      <FilterBar
        fields={threadFilters}
        values={list.filters}
        onChange={list.setFilters}
        error={list.result.error}
      />
      <ListView<DiscussionThread, typeof list.filters>
        list={list}
        columns={threadColumns((row) => setViewing(row.id))}
        rowKey="id"
        empty={t('discussion.empty')}
      />
    </Card>
  );
  return (
    <>
      <PageHeader
        title={`${t('discussion.title')}：${t('discussion.theme')}`}
        extra={
          <>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('discussion.create')}
              </Button>
            ) : null}
            <ExcelActions
              basePath={THREADS_PATH}
              exportFileName={t('discussion.exportFile')}
              exportQuery={list.query}
            />
          </>
        }
      />
      {moderator ? (
        <Tabs
          activeKey={tab === 'moderation' ? 'moderation' : 'threads'}
          onChange={(k) => setTab(k === 'moderation' ? 'moderation' : null)}
          items={[
            { key: 'threads', label: t('discussion.tabs.threads'), children: threads },
            {
              key: 'moderation',
              label: t('discussion.tabs.moderation'),
              children: <ModerationPanel />,
            },
          ]}
        />
      ) : (
        threads
      )}
      <ThreadDrawer id={viewing} onClose={() => setViewing(null)} />
      <FormDialog
        name="discussionThread"
        editing={canWrite && creating ? null : undefined}
        title={{ create: t('discussion.createTitle'), edit: t('discussion.createTitle') }}
        fields={form}
        initialValues={() => ({ audience: 'unit' as const })}
        onSubmit={(values: ThreadInput) => create.mutateAsync(values)}
        onClose={() => setCreating(false)}
      />
    </>
  );
}
