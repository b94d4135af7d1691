import { PlusOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { CADRES_PATH, cadreKeys } from '../modules/cadres/api/cadresApi';
import {
  cadreFields,
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
import {
  activeColumn,
  activeToggle,
  cadreColumn,
  editAction,
  fieldColumn,
  RowActions,
} from '../ui/list/cells';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { actionColumn } from '../ui/list/ListTable';
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
  const f = cadreFields;
  const columns: TableColumnsType<Cadre> = [
    cadreColumn(
      t('cadres.name'),
      (c) => c.name,
      (c) => c.leading,
    ),
    fieldColumn(f.gender, { width: 56 }),
    fieldColumn(f.rank, { width: 60 }),
    fieldColumn(f.post, { width: 110, ellipsis: true }),
    { title: t('cadres.org'), dataIndex: 'orgName', width: 140, ellipsis: true },
    fieldColumn(f.phone, { width: 110 }),
    fieldColumn(f.email, { width: 160, ellipsis: true }),
    fieldColumn(f.partyMember, { width: 56 }),
    activeColumn(t('cadres.status'), {
      active: t('cadres.statuses.active'),
      inactive: t('cadres.statuses.inactive'),
    }),
    ...(canWrite
      ? [
          actionColumn(110, (c: Cadre) => (
            <RowActions
              actions={[
                editAction(() => setEditing(c)),
                activeToggle(
                  c.active,
                  (w) => t(`cadres.${w}`, { name: c.name }),
                  setActive.isPending,
                  (active) => setActive.mutateAsync({ id: c.id, active }),
                ),
              ]}
            />
          )),
        ]
      : []),
  ];

  return (
    <ListPage<Cadre, typeof list.filters>
      title={t('cadres.title')}
      extra={
        <>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('cadres.create')}
            </Button>
          ) : null}
          <ExcelActions
            basePath={CADRES_PATH}
            templateFileName={`${t('cadres.title')}-template.xlsx`}
            exportFileName={`${t('cadres.title')}.xlsx`}
            exportQuery={list.query}
            canImport={canWrite}
            onImported={() => void invalidate()}
          />
        </>
      }
      filters={cadreFilters}
      list={list}
      columns={columns}
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
