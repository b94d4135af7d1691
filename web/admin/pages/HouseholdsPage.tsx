import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { HOUSEHOLDS_PATH, householdKeys } from '../modules/households/api/householdsApi';
import { HouseholdDetailModal } from '../modules/households/components/HouseholdDetailModal';
import {
  householdColumns,
  householdFilters,
  householdForm,
  toHouseholdInput,
  toHouseholdValues,
} from '../modules/households/components/householdFields';
import {
  useInvalidateHouseholds,
  useSaveHousehold,
  useSetHouseholdActive,
} from '../modules/households/hooks/useHouseholds';
import { duplicateListRoles, type Household } from '../modules/households/types/household';
import { HouseholdPairingHistory } from '../modules/pairings/components/HouseholdPairingHistory';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';
import { useUrlParam } from '../ui/list/useUrlParam';

/** 住户: the households at the contact points, personal data masked. */
export function HouseholdsPage() {
  // the roles that write households are the ones that may see personal data unmasked
  const { canWrite } = usePermissions();
  const { role } = useCurrentUser();
  const filters = (duplicateListRoles as readonly string[]).includes(role)
    ? householdFilters.withDuplicates
    : householdFilters.all;
  const [editing, setEditing] = useState<Household | null>();
  const [viewing, setViewing] = useUrlParam('view');
  const list = useList<Household>({
    path: HOUSEHOLDS_PATH,
    queryKey: householdKeys.lists(),
    filters,
  });
  const invalidate = useInvalidateHouseholds();
  const save = useSaveHousehold();
  const setActive = useSetHouseholdActive();
  return (
    <ListPage<Household, typeof list.filters>
      title={t('households.title')}
      create={{ label: t('households.create'), onClick: () => setEditing(null), shown: canWrite }}
      extra={
        <ExcelActions
          basePath={HOUSEHOLDS_PATH}
          templateFileName={`${t('households.title')}-template.xlsx`}
          exportFileName={`${t('households.title')}.xlsx`}
          exportQuery={list.query}
          canImport={canWrite}
          onImported={() => void invalidate()}
        />
      }
      filters={filters}
      list={list}
      columns={householdColumns(canWrite, (h) => setViewing(h.id), setEditing, setActive)}
      rowKey="id"
      empty={t('households.empty')}
    >
      <FormDialog
        name="household"
        editing={canWrite ? editing : undefined}
        title={{ create: t('households.createTitle'), edit: t('households.editTitle') }}
        fields={householdForm(editing ?? null)}
        initialValues={(h) =>
          toHouseholdValues(h, list.filters.contactPointId as string | undefined)
        }
        onSubmit={(values: Parameters<typeof toHouseholdInput>[0], h) =>
          save.mutateAsync({ id: h?.id ?? null, input: toHouseholdInput(values, h) })
        }
        codeFields={{ HOUSEHOLD_ID_NUMBER_TAKEN: 'idNumber' }}
        onClose={() => setEditing(undefined)}
        width={720}
      />
      <HouseholdDetailModal
        householdId={viewing}
        canReveal={canWrite}
        onClose={() => setViewing(null)}
      >
        {viewing ? <HouseholdPairingHistory householdId={viewing} /> : null}
      </HouseholdDetailModal>
    </ListPage>
  );
}
