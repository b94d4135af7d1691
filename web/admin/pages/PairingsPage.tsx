import { useState } from 'react';
import { MAX_LEN } from '../../../common/limits.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { orgField } from '../modules/orgs/components/orgField';
import { PAIRINGS_PATH, pairingKeys } from '../modules/pairings/api/pairingsApi';
import { AddHouseholdsModal } from '../modules/pairings/components/AddHouseholdsModal';
import { CadrePairings } from '../modules/pairings/components/CadrePairings';
import { pairingOverviewColumns } from '../modules/pairings/components/pairingOverviewColumns';
import type { PairingOverview, PairingOverviewItem } from '../modules/pairings/types/pairing';
import { ExcelActions } from '../ui/excel/ExcelActions';
import type { Field } from '../ui/list/fields';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

const filters: readonly Field<never>[] = [
  orgField('orgId', t('households.pairings.selectOrg'), { width: 240 }),
  {
    name: 'q',
    label: t('households.pairings.searchCadre'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 200,
  },
];

/** 结对: each county- and section-level cadre's paired households against the 3–5 rule. */
export function PairingsPage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  const [adding, setAdding] = useState<PairingOverviewItem | null>(null);
  const list = useList<PairingOverviewItem>({
    path: `${PAIRINGS_PATH}/overview`,
    queryKey: pairingKeys.overviews(),
    filters,
    // the user's own unit until another is chosen
    toQuery: (f) => ({ ...f, orgId: f.orgId ?? user.orgId ?? undefined }),
  });
  const overview = list.result.data as PairingOverview | undefined;
  const first = overview?.items[0];
  return (
    <ListPage<PairingOverviewItem, typeof list.filters>
      title={t('households.pairings.title')}
      extra={
        <ExcelActions
          basePath={PAIRINGS_PATH}
          exportFileName={`${t('households.pairings.title')}.xlsx`}
          exportQuery={list.query}
        />
      }
      intro={
        overview ? (
          <>
            {t('households.pairings.intro', {
              min: first?.minHouseholds ?? 3,
              max: first?.maxHouseholds ?? 5,
            })}{' '}
            {overview.source === 'campaign'
              ? t('households.pairings.source.campaign', { name: overview.campaignName ?? '' })
              : t('households.pairings.source.default')}
          </>
        ) : null
      }
      filters={filters}
      list={list}
      columns={pairingOverviewColumns(canWrite, setAdding)}
      expandable={{
        expandedRowRender: (c) => <CadrePairings cadreId={c.cadreId} canWrite={canWrite} />,
      }}
      rowKey="cadreId"
      empty={t('households.pairings.empty')}
    >
      {canWrite ? (
        <AddHouseholdsModal
          key={adding?.cadreId ?? 'none'}
          cadre={adding}
          onClose={() => setAdding(null)}
        />
      ) : null}
    </ListPage>
  );
}
