import { Typography } from 'antd';
import { t } from '../i18n';
import { learningKeys, PARTICIPATION_PATH } from '../modules/learning/api/learningApi';
import {
  participationColumns,
  participationFilters,
  participationQuery,
} from '../modules/learning/components/participationFields';
import { UnitParticipationTable } from '../modules/learning/components/UnitParticipationTable';
import type { Participation, ParticipationRow } from '../modules/learning/types/learning';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

/**
 * 学习参与情况: per unit (sessions held, attendance, online study, materials signed for,
 * reflections, volunteer hours against the target), then per cadre — all counted from the records.
 */
export function LearningParticipationPage() {
  const list = useList<ParticipationRow>({
    path: PARTICIPATION_PATH,
    queryKey: learningKeys.lists(),
    filters: participationFilters,
    toQuery: participationQuery,
  });
  const answer = list.result.data as Participation | undefined;
  const campaign = answer?.campaign ?? null;
  const orgId = list.filters.orgId as string | undefined;
  const campaignId = (list.filters.campaignId as string | undefined) ?? campaign?.id;
  const intro = (
    <>
      {t('learning.intro')}
      {answer ? (
        <>
          <br />
          {campaign
            ? t('learning.campaign', {
                name: campaign.name,
                start: campaign.startDate,
                end: campaign.endDate,
                online: answer.onlineMaterials,
              })
            : t('learning.noCampaign')}
        </>
      ) : null}
    </>
  );
  return (
    <ListPage<ParticipationRow, typeof list.filters>
      title={t('learning.title')}
      intro={intro}
      extra={
        <ExcelActions
          basePath={PARTICIPATION_PATH}
          exportFileName={`${t('learning.exportFile')}.xlsx`}
          exportQuery={list.query}
        />
      }
      filters={participationFilters}
      list={list}
      columns={participationColumns()}
      rowKey="cadreId"
      empty={t('learning.empty')}
      summary={
        <>
          <Typography.Title level={5}>{t('learning.units.title')}</Typography.Title>
          <UnitParticipationTable orgId={orgId} campaignId={campaignId} />
          <Typography.Title level={5} style={{ marginTop: 16, marginBottom: 0 }}>
            {t('learning.cadresTitle')}
          </Typography.Title>
        </>
      }
    />
  );
}
