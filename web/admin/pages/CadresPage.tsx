import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { CADRES_PATH, cadreKeys } from '../modules/cadres/api/cadresApi';
import {
  cadreColumns,
  cadreFilters,
  cadreFormFields,
} from '../modules/cadres/components/cadreFields';
import {
  toCadreValues,
  useInvalidateCadres,
  useSaveCadre,
  useSetCadreActive,
} from '../modules/cadres/hooks/useCadreMutations';
import type { Cadre } from '../modules/cadres/types/cadre';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

export function CadresPage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  const [editing, setEditing] = useState<Cadre | null>();
  const list = useList<Cadre>({
    path: CADRES_PATH,
    queryKey: cadreKeys.lists(),
    filters: cadreFilters,
  });
  const save = useSaveCadre();
  const setActive = useSetCadreActive();
  const invalidate = useInvalidateCadres();
  return (
    <ListPage<Cadre, typeof list.filters>
      title={t('cadres.title')}
      create={{ label: t('cadres.create'), onClick: () => setEditing(null), shown: canWrite }}
      extra={
        <ExcelActions
          basePath={CADRES_PATH}
          templateFileName={`${t('cadres.title')}-template.xlsx`}
          exportFileName={`${t('cadres.title')}.xlsx`}
          exportQuery={list.query}
          canImport={canWrite}
          onImported={() => void invalidate()}
        />
      }
      filters={cadreFilters}
      list={list}
      columns={cadreColumns(canWrite, setEditing, setActive)}
      rowKey="id"
      empty={t('cadres.empty')}
    >
      <FormDialog
        name="cadre"
        editing={canWrite ? editing : undefined}
        title={{ create: t('cadres.createTitle'), edit: t('cadres.editTitle') }}
        fields={cadreFormFields(editing ?? null)}
        initialValues={(c) => toCadreValues(c, user.orgId)}
        onSubmit={(values, c) => save.mutateAsync({ id: c?.id ?? null, values, rank: c?.rank })}
        onClose={() => setEditing(undefined)}
      />
    </ListPage>
  );
}
