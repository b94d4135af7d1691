import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import type { Messages } from '../i18n/zh-CN';
import { ASSISTANCE_PATH, assistanceKeys } from '../modules/assistance/api/assistanceApi';
import {
  AssistanceCard,
  assistanceColumns,
} from '../modules/assistance/components/assistanceColumns';
import {
  type AssistanceValues,
  assistanceFilters,
  assistanceFormFields,
  toAssistanceInput,
  toAssistanceValues,
} from '../modules/assistance/components/assistanceFields';
import { useSaveAssistance } from '../modules/assistance/hooks/useAssistance';
import type { Assistance } from '../modules/assistance/types/assistance';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { usePairings } from '../modules/pairings/hooks/usePairings';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

const w = (key: keyof Messages['households']['assistance']) => t(`households.assistance.${key}`);

/** 帮扶记录: cadres record their own on a phone; unit admins for their cadres. */
export function HouseholdsAssistancePage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  const mine = user.role === 'cadre';
  const [editing, setEditing] = useState<Assistance | null>();
  const filters = mine ? assistanceFilters.cadre : assistanceFilters.admin;
  const list = useList<Assistance>({
    path: ASSISTANCE_PATH,
    queryKey: assistanceKeys.lists(),
    filters,
  });
  const save = useSaveAssistance();
  const creating = editing === null;
  const paired = usePairings({ mine: true, active: true, page: 1, pageSize: 1 }, mine && creating);
  return (
    <ListPage<Assistance, typeof list.filters>
      title={w('title')}
      extra={
        <>
          {canWrite || mine ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {w('create')}
            </Button>
          ) : null}
          <ExcelActions
            basePath={ASSISTANCE_PATH}
            exportFileName={`${w('title')}.xlsx`}
            exportQuery={list.query}
          />
        </>
      }
      filters={filters}
      list={list}
      columns={assistanceColumns(setEditing)}
      card={(a) => <AssistanceCard a={a} onEdit={setEditing} />}
      rowKey="id"
      empty={w('empty')}
    >
      <FormDialog<Assistance, AssistanceValues>
        name="assistance"
        editing={canWrite || mine ? editing : undefined}
        title={{ create: w('createTitle'), edit: w('editTitle') }}
        fields={assistanceFormFields({ mine, record: editing ?? null })}
        initialValues={toAssistanceValues}
        onSubmit={(values, row) =>
          save.mutateAsync({ id: row?.id ?? null, input: toAssistanceInput(values, mine) })
        }
        onClose={() => setEditing(undefined)}
        width={560}
      >
        {mine && creating && paired.data?.total === 0 ? (
          <Alert type="warning" showIcon title={w('noPairedHouseholds')} />
        ) : null}
        <Typography.Text type="secondary">{w('poorNote')}</Typography.Text>
      </FormDialog>
    </ListPage>
  );
}
