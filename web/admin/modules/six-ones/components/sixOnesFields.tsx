import { Button, Flex, Progress, type TableColumnsType, Tooltip, Typography } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { QueryParams } from '../../../ui/api';
import { PersonName } from '../../../ui/list/cells';
import type { Field } from '../../../ui/list/fields';
import type { ListFilters } from '../../../ui/list/listState';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import type { SixOnesBoardRow, SixOnesKey } from '../types/sixOnes';
import { SIX_ONES_ICONS } from './SixOnesItems';
import { SixOnesMark } from './SixOnesMark';

/** The six in the server's order (the keys of SIX_ONES_ICONS). */
export const sixOnesKeyList = Object.keys(SIX_ONES_ICONS) as SixOnesKey[];

/**
 * 单位, 活动 (default: the current one), a name search and 含非领导干部: the board shows the
 * leading cadres unless that is ticked (带头示范 — the six are their duty).
 */
export const sixOnesFilters: readonly Field<never>[] = [
  orgField('orgId', t('sixOnes.filterOrg')),
  campaignField('campaignId', t('sixOnes.filterCampaign')),
  {
    name: 'q',
    label: t('sixOnes.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 200,
  },
  { name: 'allCadres', label: t('sixOnes.allCadres'), kind: 'flag' },
];

/** The filters as the API takes them: 含非领导干部 is `leadingOnly=false` (the default is true). */
export const sixOnesQuery = ({ allCadres, ...f }: ListFilters): QueryParams => ({
  ...f,
  leadingOnly: allCadres ? false : undefined,
});

const rateOf = (r: SixOnesBoardRow) => Math.round((r.done / (r.items.length || 1)) * 100);

/** One cadre a row: who, where, ✓ / ✗ per item (what there is in the tooltip), n/6, the rate. */
export function sixOnesColumns(
  onOpen: (row: SixOnesBoardRow) => void,
): TableColumnsType<SixOnesBoardRow> {
  return [
    {
      title: t('sixOnes.cadre'),
      key: 'cadre',
      fixed: 'start',
      width: 140,
      render: (_, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r)}>
          <PersonName name={r.cadreName} leading={r.leading} />
        </Button>
      ),
    },
    { title: t('sixOnes.unit'), dataIndex: 'orgName', width: 150, ellipsis: true },
    ...sixOnesKeyList.map((key, index) => ({
      title: t(`sixOnes.keys.${key}`),
      key,
      width: 92,
      align: 'center' as const,
      render: (_: unknown, r: SixOnesBoardRow) => {
        const item = r.items[index];
        if (!item) return null;
        return (
          <Tooltip title={item.detail}>
            {/* focusable, so the detail shows from the keyboard too */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the tooltip's anchor */}
            <span tabIndex={0}>
              <SixOnesMark done={item.done} iconOnly size={16} />
            </span>
          </Tooltip>
        );
      },
    })),
    {
      title: t('sixOnes.doneCount'),
      key: 'done',
      width: 70,
      align: 'center',
      render: (_, r) => `${r.done}/${r.items.length}`,
    },
    {
      title: t('sixOnes.rate'),
      key: 'rate',
      width: 110,
      render: (_, r) => (
        <Progress
          percent={rateOf(r)}
          size="small"
          status={r.done === r.items.length ? 'success' : 'normal'}
        />
      ),
    },
  ];
}

/** A row on a phone: who (a tap opens the six), n/6, and the six marks with their names. */
export function SixOnesCard({
  r,
  onOpen,
}: {
  r: SixOnesBoardRow;
  onOpen: (row: SixOnesBoardRow) => void;
}) {
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" align="center" gap="small">
        <Button type="link" style={{ padding: 0, fontSize: 16 }} onClick={() => onOpen(r)}>
          <PersonName name={r.cadreName} leading={r.leading} />
        </Button>
        <Typography.Text strong>{`${r.done}/${r.items.length}`}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary">
        {[r.orgName, r.post].filter(Boolean).join(' · ')}
      </Typography.Text>
      <Flex gap="small" wrap>
        {r.items.map((i) => (
          <Flex key={i.key} gap={2} align="center">
            <SixOnesMark done={i.done} iconOnly />
            <Typography.Text>{i.label}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
