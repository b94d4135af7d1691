import { EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { apiRequest } from '../../../ui/api';
import { errorMessage } from '../../../ui/errors';
import { EMPTY_CELL, formatDateTime, orDash } from '../../../ui/format';
import type { Cadre } from '../../cadres/types/cadre';
import { useRevealCaseContact } from '../hooks/useCases';
import type { CaseContact, CaseDetail } from '../types/case';

function Addressee({ cadreId }: { cadreId: string }) {
  // out of the user's scope the cadre is not found: the id alone says nothing, so a dash
  const cadre = useQuery({
    queryKey: ['cadres', 'detail', cadreId],
    queryFn: () => apiRequest<Cadre>(`/api/cadres/${encodeURIComponent(cadreId)}`),
    retry: false,
    staleTime: 5 * 60_000,
  });
  if (cadre.isPending) return <Skeleton.Input size="small" active />;
  return <>{cadre.data ? `${cadre.data.name}（${cadre.data.orgName}）` : EMPTY_CELL}</>;
}

function Attachments({ files }: { files: CaseDetail['attachments'] }) {
  if (files.length === 0) return <>{t('cases.noAttachments')}</>;
  return (
    <Flex vertical gap={4}>
      {files.map((f) => (
        <a key={f.id} href={f.url} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {f.fileName}
        </a>
      ))}
    </Flex>
  );
}

/**
 * The citizen's phone and e-mail, masked as the case comes; 显示联系方式 (roles that may, a cadre
 * on his own cases) reads them in full by a separate, audited call — opening the page reads nothing.
 */
function CaseContactData({ c }: { c: CaseDetail }) {
  const { message } = App.useApp();
  const reveal = useRevealCaseContact();
  const [revealed, setRevealed] = useState<{ id: string; contact: CaseContact } | null>(null);
  const shown = revealed?.id === c.id ? revealed.contact : null;
  const phone = shown ? shown.citizenPhone : c.citizenPhone;
  const email = shown ? shown.citizenEmail : c.citizenEmail;
  if (!phone && !email) return <>{EMPTY_CELL}</>;
  return (
    <Flex vertical gap={4}>
      {phone ? (
        <Typography.Text copyable={shown !== null} data-testid="case-citizen-phone">
          {phone}
        </Typography.Text>
      ) : null}
      {email ? (
        <Typography.Text copyable={shown !== null}>
          {t('cases.citizenEmail')}：{email}
        </Typography.Text>
      ) : null}
      {shown ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cases.phoneShown')}
        </Typography.Text>
      ) : c.contactRevealable ? (
        <Flex gap={8} align="center" wrap>
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() =>
              reveal.mutate(c.id, {
                onSuccess: (contact) => setRevealed({ id: c.id, contact }),
                onError: (error) => void message.error(errorMessage(error)),
              })
            }
          >
            {t('cases.revealContact')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('cases.revealContactHint')}
          </Typography.Text>
        </Flex>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cases.phoneMasked')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The case as entered and as handled: citizen (contact masked, 显示联系方式 on purpose), content, answer. */
export function CaseDetails({ c }: { c: CaseDetail }) {
  const text = (value: string | null) =>
    value ? (
      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
        {value}
      </Typography.Paragraph>
    ) : (
      EMPTY_CELL
    );
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
      <Descriptions.Item label={t('cases.createdAt')}>
        {formatDateTime(c.createdAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.channel')}>
        {t(`cases.channels.${c.channel}`)}
        {c.respondentGroup ? `（${t(`cases.respondentGroups.${c.respondentGroup}`)}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.category')}>{c.categoryName}</Descriptions.Item>
      <Descriptions.Item label={t('cases.citizen')}>
        {c.anonymous ? <Tag>{t('cases.anonymousCitizen')}</Tag> : orDash(c.citizenName)}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.citizenPhone')} span={2}>
        <CaseContactData c={c} />
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.contentLabel')} span={2}>
        {text(c.content)}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.attachments')} span={2}>
        <Attachments files={c.attachments} />
      </Descriptions.Item>
      {c.addresseeCadreId ? (
        <Descriptions.Item label={t('cases.addressedTo')} span={2}>
          <Addressee cadreId={c.addresseeCadreId} />
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('cases.org')}>{orDash(c.assignedOrgName)}</Descriptions.Item>
      <Descriptions.Item label={t('cases.handler')}>{orDash(c.handlerName)}</Descriptions.Item>
      <Descriptions.Item label={t('cases.acceptDueOn')}>
        {c.acceptDueOn ? (
          <Typography.Text type={c.acceptOverdue ? 'danger' : undefined}>
            {c.acceptDueOn}
            {c.acceptOverdue ? `（${t('cases.acceptOverdue')}）` : ''}
          </Typography.Text>
        ) : (
          EMPTY_CELL
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.dueDate')}>
        {c.dueDate ? (
          <Typography.Text type={c.overdue ? 'danger' : undefined}>{c.dueDate}</Typography.Text>
        ) : (
          EMPTY_CELL
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.measures')} span={2}>
        {text(c.measures)}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.answer')} span={2}>
        {text(c.answer)}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.rating')}>
        {c.rating ? t(`cases.ratings.${c.rating}`) : EMPTY_CELL}
        {c.ratingComment ? `：${c.ratingComment}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.publicity')}>
        {c.publicity ? t('common.yes') : t('common.no')}
      </Descriptions.Item>
    </Descriptions>
  );
}
