import { ACCESS, may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { OUTBOX_PATH, outboxKeys } from '../modules/outbox/api/outboxApi';
import { OutboxDetailDrawer } from '../modules/outbox/components/OutboxDetailDrawer';
import { outboxColumns, outboxFilters } from '../modules/outbox/components/outboxFields';
import { useRetryOutboxItem } from '../modules/outbox/hooks/useOutbox';
import type { OutboxItem } from '../modules/outbox/types/outbox';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';
import { useUrlParam } from '../ui/list/useUrlParam';

/** 发件箱 (系统管理): what was sent to citizens, what is kept for lack of a relay, what failed. */
export function OutboxPage() {
  const user = useCurrentUser();
  const [openId, setOpenId] = useUrlParam('view');
  const list = useList<OutboxItem>({
    path: OUTBOX_PATH,
    queryKey: outboxKeys.lists(),
    filters: outboxFilters,
  });
  const retry = useRetryOutboxItem();
  const canRetry = may(ACCESS.outbox.write, user.role);

  return (
    <ListPage<OutboxItem, typeof list.filters>
      title={t('outbox.title')}
      extra={
        <ExcelActions
          basePath={OUTBOX_PATH}
          exportFileName={t('outbox.exportFileName')}
          exportQuery={list.query}
        />
      }
      intro={t('outbox.intro')}
      filters={outboxFilters}
      list={list}
      columns={outboxColumns(setOpenId, canRetry, retry)}
      rowKey="id"
      empty={t('outbox.empty')}
    >
      <OutboxDetailDrawer id={openId} canRetry={canRetry} onClose={() => setOpenId(null)} />
    </ListPage>
  );
}
