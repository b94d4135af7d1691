import { DownloadOutlined, EyeOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ACCESS, may, mayWriteCadreRecord, UNIT_BOUND_ROLES } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { cardPdfPath, unitCardsPdfPath } from '../modules/cards/api/cardsApi';
import {
  type CardChoices,
  CardChoicesForm,
  choicesOf,
} from '../modules/cards/components/CardChoicesForm';
import { type CardFace, CardPreview } from '../modules/cards/components/CardPreview';
import { CardRecords } from '../modules/cards/components/CardRecords';
import { cadreLabel, LeadingCadreSelect } from '../modules/cards/components/LeadingCadreSelect';
import { useCard } from '../modules/cards/hooks/useCards';
import type { CadreCard } from '../modules/cards/types/card';
import { useContactPoints } from '../modules/contact-points/hooks/useContactPoints';
import { OrgTreeSelect } from '../modules/orgs/components/OrgTreeSelect';
import { useDownload } from '../ui/excel/useDownload';
import { FullPageSpin } from '../ui/FullPageSpin';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

/** The card as the choices being edited would print it. */
function faceOf(card: CadreCard, c: CardChoices, pointName: (id: string) => string | undefined) {
  const office = c.officePhone?.trim() ?? '';
  return {
    ...card,
    officePhone: c.showOfficePhone && office ? office : null,
    mobile: c.showMobile ? card.mobile : null,
    contactPoint: c.contactPointId
      ? (pointName(c.contactPointId) ?? card.contactPoint?.name ?? null)
      : null,
  } satisfies CardFace;
}

/** One cadre's card: the live preview with 下载打印, the choices, the print and handout records. */
function CadreCardView({ cadreId }: { cadreId: string }) {
  const user = useCurrentUser();
  const card = useCard(cadreId);
  const points = useContactPoints({ page: 1, pageSize: 200 });
  const { download, downloading } = useDownload();
  const [choices, setChoices] = useState<CardChoices | null>(null);
  const canWrite = mayWriteCadreRecord(ACCESS.cards, user, cadreId);
  const data = card.data;
  // a new cadre, or his card saved: the preview starts again from what is stored
  useEffect(() => {
    if (data) setChoices(choicesOf(data));
  }, [data]);

  if (card.error) return <QueryError error={card.error} onRetry={() => void card.refetch()} />;
  if (!data || !choices) return <FullPageSpin />;
  const pointName = (id: string) => points.data?.items.find((p) => p.id === id)?.name;
  const pdf = cardPdfPath(cadreId);

  return (
    <Flex vertical gap="middle">
      {data.campaign ? (
        <Typography.Text type="secondary">
          {t('cards.campaign', { name: data.campaign.name })}
        </Typography.Text>
      ) : (
        <Alert type="info" showIcon title={t('cards.noCampaign')} />
      )}
      <Flex wrap gap="large" align="flex-start">
        <Card title={t('cards.preview')} style={{ flex: '0 1 410px', minWidth: 0 }}>
          <CardPreview face={faceOf(data, choices, pointName)} />
          <Typography.Paragraph type="secondary" style={{ maxWidth: 360, marginTop: 12 }}>
            {t('cards.previewHint')}
          </Typography.Paragraph>
          <Space wrap>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={downloading === pdf}
              onClick={() => void download(pdf, t('cards.cardFile', { name: data.name }))}
            >
              {t('cards.download')}
            </Button>
            <Button icon={<EyeOutlined />} href={pdf} target="_blank" rel="noopener">
              {t('cards.openPdf')}
            </Button>
          </Space>
        </Card>
        <Card title={t('cards.choices')} style={{ flex: '1 1 320px', maxWidth: 480 }}>
          <CardChoicesForm card={data} onChange={setChoices} readOnly={!canWrite} />
        </Card>
      </Flex>
      <CardRecords cadreId={cadreId} canWrite={canWrite} />
    </Flex>
  );
}

/**
 * 干群连心卡: a cadre sees his own card; unit admins and the office pick a unit's leading cadre
 * (also by the link /cards?cadreId=…) and print the unit's cards in one batch.
 */
export function CardsPage() {
  const user = useCurrentUser();
  const [cadreParam, setCadreParam] = useUrlParam('cadreId');
  const [orgParam, setOrgParam] = useUrlParam('orgId');
  const { download, downloading } = useDownload();
  // those who keep other cadres' cards, and readers without a card of their own, pick a cadre
  const picks = may(ACCESS.cards.ofAnyCadre, user.role) || !user.cadreId;
  // a unit admin starts at his unit; the bureau-wide roles at all units until they pick one
  const ownUnit = may(UNIT_BOUND_ROLES, user.role) ? (user.orgId ?? undefined) : undefined;
  const orgId = orgParam ?? ownUnit;
  const cadreId = cadreParam ?? (picks ? undefined : (user.cadreId ?? undefined));
  const current = useCard(cadreId);
  const batch = useMemo(() => (orgId ? unitCardsPdfPath(orgId) : null), [orgId]);

  return (
    <>
      <PageHeader title={t('cards.title')} />
      <Typography.Paragraph type="secondary">{t('cards.intro')}</Typography.Paragraph>
      {picks ? (
        <Card style={{ marginBottom: 16 }}>
          <Flex wrap gap="middle" align="center">
            <OrgTreeSelect
              aria-label={t('cards.pickOrg')}
              value={orgId}
              onChange={(next) => {
                setOrgParam(next ?? null);
                setCadreParam(null);
              }}
            />
            <LeadingCadreSelect
              orgId={orgId}
              value={cadreId}
              currentLabel={current.data ? cadreLabel(current.data) : undefined}
              onChange={(next) => setCadreParam(next ?? null)}
            />
            <Button
              icon={<PrinterOutlined />}
              disabled={!batch}
              loading={batch !== null && downloading === batch}
              title={t('cards.batchHint')}
              onClick={() => batch && void download(batch, t('cards.batchFile'))}
            >
              {t('cards.batchPrint')}
            </Button>
          </Flex>
        </Card>
      ) : null}
      {cadreId ? (
        <CadreCardView key={cadreId} cadreId={cadreId} />
      ) : (
        <Card>
          <Empty description={picks ? t('cards.pickCadreFirst') : t('cards.noCadre')}>
            {user.cadreId ? null : (
              <Typography.Text type="secondary">{t('cards.noCadreHint')}</Typography.Text>
            )}
          </Empty>
        </Card>
      )}
    </>
  );
}
