import { Empty, List, Typography } from 'antd';
import { t } from '../../../i18n';
import { QueryError } from '../../../ui/QueryError';
import { usePairings } from '../hooks/usePairings';
import { PairingPeriod } from './PairingPeriod';

/** The cadres a household has been paired with, the current ones first. */
export function HouseholdPairingHistory({ householdId }: { householdId: string }) {
  const pairings = usePairings({ householdId, page: 1, pageSize: 50 });
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('households.pairingHistory')}
      </Typography.Title>
      {pairings.error ? (
        <QueryError error={pairings.error} onRetry={() => void pairings.refetch()} />
      ) : (
        <List
          size="small"
          bordered
          loading={pairings.isPending}
          dataSource={pairings.data?.items ?? []}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('households.pairings.historyEmpty')}
              />
            ),
          }}
          renderItem={(p) => (
            <List.Item>
              <span>
                <strong>{p.cadreName}</strong>（{p.cadreOrgName}）
              </span>
              <span>
                <PairingPeriod pairing={p} />
                {p.endReason ? `（${p.endReason}）` : ''}
              </span>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
