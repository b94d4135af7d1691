import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { PairingOverviewItem } from '../types/pairing';

/** "4 户 ✓" / "2 户，少于 3 户" / "6 户，多于 5 户": words, not only colour. */
export function QuotaTag({ item }: { item: PairingOverviewItem }) {
  const params = { count: item.openPairings, min: item.minHouseholds, max: item.maxHouseholds };
  if (item.status === 'ok') return <Tag color="success">{t('households.pairings.ok', params)}</Tag>;
  if (item.status === 'below')
    return <Tag color="warning">{t('households.pairings.below', params)}</Tag>;
  return <Tag color="error">{t('households.pairings.above', params)}</Tag>;
}
