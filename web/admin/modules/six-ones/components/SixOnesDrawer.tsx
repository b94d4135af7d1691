import { Drawer, Flex, Grid, Typography } from 'antd';
import { t } from '../../../i18n';
import type { SixOnesBoardRow } from '../types/sixOnes';
import { SixOnesItems, SixOnesProgress } from './SixOnesItems';

/** One cadre's six from the board, in full (the whole screen on a phone). */
export function SixOnesDrawer({
  row,
  onClose,
}: {
  row: SixOnesBoardRow | null;
  onClose: () => void;
}) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      title={row ? t('sixOnes.detailTitle', { name: row.cadreName }) : ''}
      size={phone ? '100%' : 720}
    >
      {row ? (
        <Flex vertical gap="middle">
          <Typography.Text type="secondary">
            {[row.orgName, row.post].filter(Boolean).join(' · ')}
          </Typography.Text>
          <SixOnesProgress items={row.items} />
          <SixOnesItems items={row.items} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
