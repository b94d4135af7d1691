import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import { formatDate } from '../../../ui/format';
import { DetailDrawer } from '../../../ui/list/DetailDrawer';
import type { Field } from '../../../ui/list/fields';
import { Markup } from '../../../ui/Markup';
import { fetchMeeting, meetingKeys } from '../api/meetingsApi';
import { attendanceStatusLabels, type MeetingDetail, meetingKindLabels } from '../types/meeting';
import { CheckLines } from './meetingFields';

const M = 'meetings' as const;

const lines: readonly Field<MeetingDetail>[] = [
  { name: 'orgName', label: t(`${M}.org`), kind: 'text' },
  { name: 'kind', label: t(`${M}.kind`), kind: 'text', render: (m) => meetingKindLabels[m.kind] },
  { name: 'heldOn', label: t(`${M}.heldOn`), kind: 'text', render: (m) => formatDate(m.heldOn) },
  { name: 'place', label: t(`${M}.place`), kind: 'text', shownWhen: (m) => Boolean(m.place) },
  { name: 'host', label: t(`${M}.host`), kind: 'text', shownWhen: (m) => Boolean(m.host) },
  {
    name: 'attendance',
    label: t(`${M}.attendance`),
    kind: 'text',
    render: (m) => t(`${M}.attendanceCount`, { present: m.present, due: m.due }),
  },
  {
    name: 'reportedOn',
    label: t(`${M}.reportedOn`),
    kind: 'text',
    render: (m) => formatDate(m.reportedOn),
  },
  {
    name: 'reportNote',
    label: t(`${M}.reportNote`),
    kind: 'text',
    shownWhen: (m) => Boolean(m.reportNote),
  },
  {
    name: 'checks',
    label: t(`${M}.checks`),
    kind: 'text',
    render: (m) => <CheckLines checks={m.checks} />,
  },
];

/** One meeting in full: the checks with their words, the roster, the record, the 回头看. */
export function MeetingDrawer({
  id,
  onClose,
  extra,
}: {
  id: string | null;
  onClose: () => void;
  extra?: (m: MeetingDetail) => ReactNode;
}) {
  const meeting = useQuery({
    queryKey: meetingKeys.detail(id ?? ''),
    queryFn: () => fetchMeeting(id ?? ''),
    enabled: Boolean(id),
  });
  const m = meeting.data;
  const belowQuorum = m?.checks.some((c) => c.rule === 'quorum' && c.ok === false);
  return (
    <DetailDrawer<MeetingDetail>
      open={Boolean(id)}
      title={m?.topic ?? t(`${M}.title`)}
      row={m}
      error={meeting.error}
      onRetry={() => void meeting.refetch()}
      fields={lines}
      onClose={onClose}
      extra={m ? extra?.(m) : null}
    >
      {m ? (
        <>
          {belowQuorum ? <Alert type="error" showIcon title={t(`${M}.belowQuorum`)} /> : null}
          <Card size="small" title={t(`${M}.roster`)}>
            <List
              size="small"
              dataSource={m.attendance}
              renderItem={(a) => (
                <List.Item>
                  <Typography.Text>{a.cadreName}</Typography.Text>
                  <Typography.Text type={a.status === 'absent' ? 'danger' : 'secondary'}>
                    {attendanceStatusLabels[a.status]}
                    {a.reason ? `（${a.reason}）` : ''}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t(`${M}.criticism`)}>
            {m.criticism.trim() ? <Markup source={m.criticism} /> : null}
          </Card>
          {m.measures.trim() ? (
            <Card size="small" title={t(`${M}.measures`)}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {m.measures}
              </Typography.Paragraph>
            </Card>
          ) : null}
          <Card size="small" title={t(`${M}.reviewed`)}>
            {m.reviewed.length ? (
              <List
                size="small"
                dataSource={m.reviewed}
                renderItem={(r) => (
                  <List.Item>
                    {r.cadreName}：{r.problem}
                    {r.note ? `（${r.note}）` : ''}
                  </List.Item>
                )}
              />
            ) : (
              <Typography.Text type="secondary">{t(`${M}.noReviewed`)}</Typography.Text>
            )}
          </Card>
        </>
      ) : null}
    </DetailDrawer>
  );
}
