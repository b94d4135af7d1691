import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { VISITS_PATH, visitKeys } from '../modules/visits/api/visitsApi';
import { OutboxBanner } from '../modules/visits/components/OutboxBanner';
import { VisitDetailDrawer } from '../modules/visits/components/VisitDetailDrawer';
import {
  VisitFormDrawer,
  type VisitFormTarget,
} from '../modules/visits/components/VisitFormDrawer';
import { VisitTable } from '../modules/visits/components/VisitTable';
import { visitFilters } from '../modules/visits/components/visitFilters';
import { useOutboxItems } from '../modules/visits/hooks/useOutbox';
import type { Visit } from '../modules/visits/types/visit';
import { canLogVisits } from '../modules/visits/utils/permissions';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FilterBar } from '../ui/list/FilterBar';
import { useList } from '../ui/list/useList';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

/** 走访记录: the visit log with filters, the outbox of this phone and the 登记走访 form. */
export function VisitsPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const oversees = user.role !== 'cadre';
  const filters = useMemo(() => visitFilters(oversees, user.cadreId), [oversees, user.cadreId]);
  const list = useList<Visit>({ path: VISITS_PATH, queryKey: visitKeys.lists(), filters });
  const visits = list.result;
  const [viewing, setViewing] = useState<Visit | null>(null);
  // /visits?new=1 (the 登记走访 button of 我的本月) opens the form at once.
  const [form, setForm] = useState<VisitFormTarget | null>(() =>
    params.get('new') && canLogVisits(user)
      ? { kind: 'new', date: params.get('date') ?? undefined }
      : null,
  );
  const pending = useOutboxItems();
  const mayLog = canLogVisits(user);

  const closeForm = () => {
    setForm(null);
    if (params.has('new')) {
      params.delete('new');
      params.delete('date');
      setParams(params, { replace: true });
    }
  };

  return (
    <>
      <PageHeader
        title={t('visits.title')}
        extra={
          <Space wrap>
            <ExcelActions
              basePath={VISITS_PATH}
              exportFileName={t('visits.exportFile')}
              exportQuery={list.query}
            />
            {mayLog ? (
              <Button
                type="primary"
                size="large"
                icon={<PlusOutlined />}
                onClick={() => setForm({ kind: 'new' })}
              >
                {t('visits.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <OutboxBanner />
      <Card>
        <FilterBar fields={filters} values={list.filters} onChange={list.setFilters} />
        {visits.error ? (
          <QueryError error={visits.error} onRetry={() => void visits.refetch()} />
        ) : null}
        {/* Offline the list cannot load, but what waits on this phone is still shown. */}
        {visits.error && pending.length === 0 ? null : (
          <VisitTable
            visits={visits.error ? [] : (visits.data?.items ?? [])}
            pending={pending}
            total={visits.data?.total ?? 0}
            loading={visits.isFetching}
            paging={list}
            onPageChange={list.setPaging}
            onView={setViewing}
            onEdit={(visit) => setForm({ kind: 'edit', visit })}
            onFix={(item) => setForm({ kind: 'fix', item })}
          />
        )}
      </Card>
      <VisitDetailDrawer visit={viewing} onClose={() => setViewing(null)} />
      {mayLog ? <VisitFormDrawer target={form} onClose={closeForm} /> : null}
    </>
  );
}
