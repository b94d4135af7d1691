import { Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { MAX_LEN } from '../../../common/limits.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { OrgTreeSelect } from '../modules/orgs/components/OrgTreeSelect';
import { PAIRINGS_PATH } from '../modules/pairings/api/pairingsApi';
import { AddHouseholdsModal } from '../modules/pairings/components/AddHouseholdsModal';
import { PairingOverviewTable } from '../modules/pairings/components/PairingOverviewTable';
import { usePairingOverview } from '../modules/pairings/hooks/usePairings';
import type { PairingOverviewItem } from '../modules/pairings/types/pairing';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** 结对: each county- and section-level cadre's paired households against the 3–5 rule. */
export function PairingsPage() {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  const [orgId, setOrgId] = useState<string | undefined>(user.orgId ?? undefined);
  const [q, setQ] = useState<string | undefined>();
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [adding, setAdding] = useState<PairingOverviewItem | null>(null);
  const overview = usePairingOverview({ orgId, q, ...paging });
  const first = overview.data?.items[0];

  return (
    <>
      <PageHeader
        title={t('households.pairings.title')}
        extra={
          <ExcelActions
            basePath={PAIRINGS_PATH}
            templateFileName=""
            exportFileName={`${t('households.pairings.title')}.xlsx`}
            exportQuery={{ orgId, q }}
            canImport={false}
            onImported={() => undefined}
          />
        }
      />
      <Card>
        <Flex wrap gap="small" style={{ marginBottom: 12 }}>
          <OrgTreeSelect
            allowClear
            aria-label={t('households.pairings.selectOrg')}
            placeholder={t('households.pairings.selectOrg')}
            value={orgId}
            onChange={(next) => {
              setOrgId(next);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            style={{ width: 240 }}
          />
          <Input.Search
            maxLength={MAX_LEN.search}
            showCount
            allowClear
            placeholder={t('households.pairings.searchCadre')}
            aria-label={t('households.pairings.searchCadre')}
            onSearch={(value) => {
              setQ(value.trim() || undefined);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            style={{ width: 200 }}
          />
        </Flex>
        {overview.data ? (
          <Typography.Paragraph type="secondary">
            {t('households.pairings.intro', {
              min: first?.minHouseholds ?? 3,
              max: first?.maxHouseholds ?? 5,
            })}{' '}
            {overview.data.source === 'campaign'
              ? t('households.pairings.source.campaign', { name: overview.data.campaignName ?? '' })
              : t('households.pairings.source.default')}
          </Typography.Paragraph>
        ) : null}
        {overview.error ? (
          <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
        ) : (
          <PairingOverviewTable
            rows={overview.data?.items ?? []}
            total={overview.data?.total ?? 0}
            loading={overview.isFetching}
            paging={paging}
            onPageChange={setPaging}
            canWrite={canWrite}
            onAdd={setAdding}
          />
        )}
      </Card>
      {canWrite ? (
        <AddHouseholdsModal
          key={adding?.cadreId ?? 'none'}
          cadre={adding}
          onClose={() => setAdding(null)}
        />
      ) : null}
    </>
  );
}
