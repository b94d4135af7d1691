import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { Pairing } from '../types/pairing';

export function PairingPeriod({ pairing }: { pairing: Pairing }) {
  return pairing.active ? (
    <>
      <Tag color="processing" style={{ marginInlineEnd: 6 }}>
        {t('households.pairings.statusActive')}
      </Tag>
      {t('households.pairings.since', { date: pairing.startDate })}
    </>
  ) : (
    <>
      <Tag style={{ marginInlineEnd: 6 }}>{t('households.pairings.statusEnded')}</Tag>
      {t('households.pairings.range', { start: pairing.startDate, end: pairing.endDate ?? '' })}
    </>
  );
}
