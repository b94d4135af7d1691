import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import {
  CONTACT_POINTS_PATH,
  contactPointKeys,
} from '../modules/contact-points/api/contactPointsApi';
import {
  contactPointColumns,
  contactPointFilters,
  contactPointForm,
  toContactPointInput,
  toContactPointValues,
} from '../modules/contact-points/components/contactPointFields';
import {
  useDeleteContactPoint,
  useSaveContactPoint,
} from '../modules/contact-points/hooks/useContactPoints';
import type { ContactPoint } from '../modules/contact-points/types/contactPoint';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

export function ContactPointsPage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  const [editing, setEditing] = useState<ContactPoint | null>();
  const list = useList<ContactPoint>({
    path: CONTACT_POINTS_PATH,
    queryKey: contactPointKeys.lists(),
    filters: contactPointFilters,
  });
  const save = useSaveContactPoint();
  const remove = useDeleteContactPoint();
  return (
    <ListPage<ContactPoint, typeof list.filters>
      title={t('contactPoints.title')}
      create={{
        label: t('contactPoints.create'),
        onClick: () => setEditing(null),
        shown: canWrite,
      }}
      extra={
        <ExcelActions
          basePath={CONTACT_POINTS_PATH}
          exportFileName={`${t('contactPoints.title')}.xlsx`}
          exportQuery={list.query}
        />
      }
      filters={contactPointFilters}
      list={list}
      columns={contactPointColumns(canWrite, setEditing, remove)}
      rowKey="id"
      empty={t('contactPoints.empty')}
    >
      <FormDialog
        name="contactPoint"
        editing={canWrite ? editing : undefined}
        title={{ create: t('contactPoints.createTitle'), edit: t('contactPoints.editTitle') }}
        fields={contactPointForm}
        initialValues={(p) => toContactPointValues(p, user.orgId)}
        onSubmit={(values: Parameters<typeof toContactPointInput>[0], p) =>
          save.mutateAsync({ id: p?.id ?? null, input: toContactPointInput(values) })
        }
        onClose={() => setEditing(undefined)}
      />
    </ListPage>
  );
}
