import { Descriptions, Drawer, Empty, Flex, Grid, Image, Tag, Typography } from 'antd';
import { t } from '../../../i18n';
import { formatDateTime, orDash } from '../../../ui/format';
import type { Visit } from '../types/visit';
import { dateSpan } from '../utils/format';

type VisitDetailDrawerProps = {
  visit: Visit | null;
  onClose: () => void;
};

function Paragraphs({ text }: { text: string }) {
  if (!text.trim()) return <>{orDash(text)}</>;
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}

/** One visit in full, with its photos (tap to enlarge). */
export function VisitDetailDrawer({ visit, onClose }: VisitDetailDrawerProps) {
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={visit !== null}
      title={t('visits.detailTitle')}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
    >
      {visit ? (
        <Flex vertical gap="middle">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('visits.date')}>{dateSpan(visit)}</Descriptions.Item>
            <Descriptions.Item label={t('visits.days')}>
              {t('visits.daysValue', { days: visit.days })}
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.cadre')}>{visit.cadreName}</Descriptions.Item>
            <Descriptions.Item label={t('visits.org')}>{visit.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('visits.contactPoint')}>
              {visit.contactPointName}
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.households')}>
              {visit.households.length ? (
                <Flex wrap gap={4}>
                  {visit.households.map((h) => (
                    <Tag key={h.id}>{h.headName}</Tag>
                  ))}
                </Flex>
              ) : (
                orDash(null)
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.heard')}>
              <Paragraphs text={visit.heard} />
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.done')}>
              <Paragraphs text={visit.done} />
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.createdAt')}>
              {formatDateTime(visit.createdAt)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('visits.photos')}
          </Typography.Title>
          {visit.photos.length ? (
            <Image.PreviewGroup>
              <Flex wrap gap="small">
                {visit.photos.map((p) => (
                  <Image
                    key={p.id}
                    src={p.url}
                    alt={p.fileName}
                    width={104}
                    height={104}
                    style={{ objectFit: 'cover' }}
                  />
                ))}
              </Flex>
            </Image.PreviewGroup>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.noPhotos')} />
          )}
        </Flex>
      ) : null}
    </Drawer>
  );
}
