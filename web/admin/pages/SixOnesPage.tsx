import { ControlOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { ACCESS, may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { SIX_ONES_PATH, sixOnesKeys } from '../modules/six-ones/api/sixOnesApi';
import { SixOnesDrawer } from '../modules/six-ones/components/SixOnesDrawer';
import { SixOnesRemindButton } from '../modules/six-ones/components/SixOnesRemindButton';
import { SixOnesRulesDialog } from '../modules/six-ones/components/SixOnesRulesDialog';
import {
  SixOnesCard,
  sixOnesColumns,
  sixOnesFilters,
  sixOnesQuery,
} from '../modules/six-ones/components/sixOnesFields';
import type { SixOnesBoard, SixOnesBoardRow } from '../modules/six-ones/types/sixOnes';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

/**
 * 六个一看板: the leading cadres of the reader's scope × the six (a unit admin's units, the
 * office's whole bureau), who lacks most first; Excel, 发送提醒 and, for the office, 完成标准.
 */
export function SixOnesPage() {
  const user = useCurrentUser();
  const [open, setOpen] = useState<SixOnesBoardRow | null>(null);
  const [rulesOpen, setRulesOpen] = useState(false);
  const [rulesLoading, setRulesLoading] = useState(false);
  const list = useList<SixOnesBoardRow>({
    path: SIX_ONES_PATH,
    queryKey: sixOnesKeys.lists(),
    filters: sixOnesFilters,
    toQuery: sixOnesQuery,
  });
  const board = list.result.data as SixOnesBoard | undefined;
  const campaign = board?.campaign ?? null;
  const orgId = list.filters.orgId as string | undefined;
  const campaignId = (list.filters.campaignId as string | undefined) ?? campaign?.id;

  const intro = (
    <>
      {t('sixOnes.intro')}
      {campaign ? (
        <>
          <br />
          {t('sixOnes.campaign', {
            name: campaign.name,
            start: campaign.startDate,
            end: campaign.endDate,
          })}
          {board
            ? ` · ${t('sixOnes.incomplete', { total: board.total, incomplete: board.incomplete })}`
            : ''}
        </>
      ) : board ? (
        <>
          <br />
          {t('sixOnes.noCampaign')}
        </>
      ) : null}
    </>
  );

  return (
    <ListPage<SixOnesBoardRow, typeof list.filters>
      title={t('sixOnes.title')}
      intro={intro}
      extra={
        <>
          {may(ACCESS.sixOnes.write, user.role) && campaign ? (
            <Button
              icon={<ControlOutlined />}
              loading={rulesLoading}
              onClick={() => setRulesOpen(true)}
            >
              {t('sixOnes.rules')}
            </Button>
          ) : null}
          {may(ACCESS.sixOnes.remind, user.role) ? (
            <SixOnesRemindButton orgId={orgId} campaignId={campaignId} />
          ) : null}
          <ExcelActions
            basePath={SIX_ONES_PATH}
            exportFileName={`${t('sixOnes.exportFile')}.xlsx`}
            exportQuery={list.query}
          />
        </>
      }
      filters={sixOnesFilters}
      list={list}
      columns={sixOnesColumns(setOpen)}
      card={(r) => <SixOnesCard r={r} onOpen={setOpen} />}
      rowKey="cadreId"
      empty={t('sixOnes.empty')}
    >
      <SixOnesDrawer row={open} onClose={() => setOpen(null)} />
      {campaign ? (
        <SixOnesRulesDialog
          campaign={campaign}
          open={rulesOpen}
          onClose={() => setRulesOpen(false)}
          onLoading={setRulesLoading}
        />
      ) : null}
    </ListPage>
  );
}
