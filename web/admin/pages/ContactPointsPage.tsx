import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import {
  CONTACT_POINTS_PATH,
  contactPointFilterQuery,
} from '../modules/contact-points/api/contactPointsApi';
import { ContactPointFilterBar } from '../modules/contact-points/components/ContactPointFilterBar';
import { ContactPointFormModal } from '../modules/contact-points/components/ContactPointFormModal';
import { ContactPointTable } from '../modules/contact-points/components/ContactPointTable';
import { useContactPoints } from '../modules/contact-points/hooks/useContactPoints';
import type {
  ContactPoint,
  ContactPointFilters,
} from '../modules/contact-points/types/contactPoint';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** The point being edited, a new one (null), or no open form (undefined). */
type Editing = ContactPoint | null | undefined;

export function ContactPointsPage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  // ?q= from a link (the audit log's): the list opens searched for that object
  const [linkedQuery] = useUrlParam('q');
  const [filters, setFilters] = useState<ContactPointFilters>(() =>
    linkedQuery ? { q: linkedQuery } : {},
  );
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<Editing>(undefined);
  const points = useContactPoints({ ...filters, ...paging });

  return (
    <>
      <PageHeader
        title={t('contactPoints.title')}
        extra={
          <>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                {t('contactPoints.create')}
              </Button>
            ) : null}
            <ExcelActions
              basePath={CONTACT_POINTS_PATH}
              templateFileName=""
              exportFileName={`${t('contactPoints.title')}.xlsx`}
              exportQuery={contactPointFilterQuery(filters)}
              canImport={false}
              onImported={() => undefined}
            />
          </>
        }
      />
      <Card>
        <ContactPointFilterBar
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        {points.error ? (
          <QueryError error={points.error} onRetry={() => void points.refetch()} />
        ) : (
          <ContactPointTable
            rows={points.data?.items ?? []}
            total={points.data?.total ?? 0}
            loading={points.isFetching}
            paging={paging}
            onPageChange={setPaging}
            canWrite={canWrite}
            onEdit={setEditing}
          />
        )}
      </Card>
      {canWrite ? (
        <ContactPointFormModal
          open={editing !== undefined}
          contactPoint={editing ?? null}
          defaultOrgId={user.orgId}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
}
