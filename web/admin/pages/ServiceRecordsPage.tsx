import { useMemo, useState } from 'react';
import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  SERVICE_RECORDS_PATH,
  serviceRecordKeys,
  useDeleteServiceRecord,
  useSaveServiceRecord,
} from '../modules/service-records/api/serviceRecordsApi';
import { ServiceSummaryCard } from '../modules/service-records/components/ServiceSummaryCard';
import {
  serviceRecordColumns,
  serviceRecordFilters,
  serviceRecordForm,
  toServiceRecordInput,
  toServiceRecordValues,
} from '../modules/service-records/components/serviceRecordFields';
import type { ServiceRecord } from '../modules/service-records/types/serviceRecord';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

/** 一线服务: 选派一线 and 志愿服务 records, with each unit's volunteer hours against the target. */
export function ServiceRecordsPage() {
  const user = useCurrentUser();
  const mayCreate = mayWriteCadreRecord(ACCESS.serviceRecords, user);
  const oversees = ACCESS.serviceRecords.ofAnyCadre.includes(user.role);
  const [editing, setEditing] = useState<ServiceRecord | null>();
  const list = useList<ServiceRecord>({
    path: SERVICE_RECORDS_PATH,
    queryKey: serviceRecordKeys.lists(),
    filters: serviceRecordFilters,
  });
  const save = useSaveServiceRecord();
  const remove = useDeleteServiceRecord();
  const form = useMemo(() => serviceRecordForm(oversees, Boolean(editing)), [oversees, editing]);
  const mayEdit = (r: ServiceRecord) => mayWriteCadreRecord(ACCESS.serviceRecords, user, r.cadreId);
  const orgId = typeof list.filters.orgId === 'string' ? list.filters.orgId : undefined;
  const campaignId =
    typeof list.filters.campaignId === 'string' ? list.filters.campaignId : undefined;
  return (
    <ListPage<ServiceRecord, typeof list.filters>
      title={t('serviceRecords.title')}
      create={{
        label: t('serviceRecords.create'),
        onClick: () => setEditing(null),
        shown: mayCreate,
      }}
      extra={
        <ExcelActions
          basePath={SERVICE_RECORDS_PATH}
          exportFileName={t('serviceRecords.exportFile')}
          exportQuery={list.query}
        />
      }
      summary={<ServiceSummaryCard orgId={orgId} campaignId={campaignId} />}
      filters={serviceRecordFilters}
      list={list}
      columns={serviceRecordColumns(mayEdit, setEditing, remove)}
      rowKey="id"
      empty={t('serviceRecords.empty')}
    >
      <FormDialog
        name="serviceRecord"
        editing={editing}
        title={{ create: t('serviceRecords.createTitle'), edit: t('serviceRecords.editTitle') }}
        fields={form}
        initialValues={toServiceRecordValues}
        onSubmit={(values: Parameters<typeof toServiceRecordInput>[0], row) =>
          save.mutateAsync({ id: row?.id ?? null, input: toServiceRecordInput(values) })
        }
        onClose={() => setEditing(undefined)}
        width={720}
      />
    </ListPage>
  );
}
