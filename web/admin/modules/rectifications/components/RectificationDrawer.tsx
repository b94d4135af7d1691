import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { caseStatusLabels } from '../../../../../common/case-terms.ts';
import { t } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../ui/format';
import { DetailDrawer } from '../../../ui/list/DetailDrawer';
import type { Field } from '../../../ui/list/fields';
import { useWorkflow } from '../../../ui/workflow/useWorkflow';
import { WorkflowActionsPanel } from '../../../ui/workflow/WorkflowActionsPanel';
import { WorkflowTimeline } from '../../../ui/workflow/WorkflowTimeline';
import {
  fetchRectification,
  RECTIFICATIONS_PATH,
  rectificationKeys,
} from '../api/rectificationsApi';
import { caseGateLabels, type RectificationDetail } from '../types/rectification';
import { RectificationState } from './rectificationFields';

const R = 'rectifications' as const;

const lines: readonly Field<RectificationDetail>[] = [
  { name: 'cadreName', label: t(`${R}.cadre`), kind: 'text' },
  { name: 'orgName', label: t(`${R}.org`), kind: 'text' },
  {
    name: 'campaignName',
    label: t(`${R}.campaign`),
    kind: 'text',
    shownWhen: (r) => Boolean(r.campaignName),
  },
  {
    name: 'selfExamTitle',
    label: t(`${R}.selfExam`),
    kind: 'text',
    shownWhen: (r) => Boolean(r.selfExamTitle),
  },
  {
    name: 'standard',
    label: t(`${R}.standard`),
    kind: 'text',
    shownWhen: (r) => Boolean(r.standard),
  },
  { name: 'measure', label: t(`${R}.measure`), kind: 'text' },
  { name: 'responsible', label: t(`${R}.responsible`), kind: 'text' },
  {
    name: 'deadline',
    label: t(`${R}.deadline`),
    kind: 'text',
    render: (r) => formatDate(r.deadline),
  },
  {
    name: 'state',
    label: t(`${R}.state`),
    kind: 'text',
    render: (r) => <RectificationState row={r} />,
  },
  {
    name: 'caseTrackingCode',
    label: t(`${R}.case`),
    kind: 'text',
    shownWhen: (r) => Boolean(r.caseId),
    render: (r) => (
      <>
        <Link to={`/cases/${r.caseId}`}>{r.caseTrackingCode}</Link>{' '}
        {r.caseStatus ? (
          <Typography.Text type="secondary">
            {t(`${R}.caseStatus`, { status: caseStatusLabels[r.caseStatus] })}
          </Typography.Text>
        ) : null}
      </>
    ),
  },
  {
    name: 'progressNote',
    label: t(`${R}.progressNote`),
    kind: 'text',
    shownWhen: (r) => Boolean(r.progressNote),
  },
  {
    name: 'signedOffAt',
    label: t(`${R}.signedOff`),
    kind: 'text',
    shownWhen: (r) => Boolean(r.signedOffAt),
    render: (r) =>
      t(`${R}.signedOffLine`, { name: r.signedOffByName ?? '', at: formatDateTime(r.signedOffAt) }),
  },
];

/**
 * One item in full: what, who, by when, its state (逾期 in red), the linked case (its code links
 * to the case page) and whether its side lets the item be signed off; the evidence and its files;
 * the steps the reader may take now and the item's history. Opened by `?view=` in the address.
 */
export function RectificationDrawer({
  id,
  onClose,
  extra,
}: {
  id: string | null;
  onClose: () => void;
  extra?: (item: RectificationDetail) => ReactNode;
}) {
  const item = useQuery({
    queryKey: rectificationKeys.detail(id ?? ''),
    queryFn: () => fetchRectification(id ?? ''),
    enabled: Boolean(id),
  });
  const workflow = useWorkflow({
    path: RECTIFICATIONS_PATH,
    id: id ?? '',
    queryKey: rectificationKeys.detail(id ?? ''),
    invalidate: rectificationKeys.all,
  });
  const r = item.data;
  return (
    <DetailDrawer<RectificationDetail>
      open={Boolean(id)}
      title={r?.problem ?? t(`${R}.title`)}
      row={r}
      error={item.error}
      onRetry={() => void item.refetch()}
      fields={lines}
      onClose={onClose}
      extra={r ? extra?.(r) : null}
    >
      {r ? (
        <>
          {r.caseGate && r.caseGate !== 'ok' && r.state !== 'done' ? (
            <Alert type="warning" showIcon title={caseGateLabels[r.caseGate]} />
          ) : null}
          {id ? (
            <WorkflowActionsPanel
              workflow={workflow}
              primary={['start', 'submit', 'sign_off']}
              danger={['return']}
              confirm={['sign_off']}
            />
          ) : null}
          <Card size="small" title={t(`${R}.evidence`)}>
            {r.evidence.trim() ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {r.evidence}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{t(`${R}.evidenceEmpty`)}</Typography.Text>
            )}
            {r.attachments.length ? (
              <List
                size="small"
                dataSource={r.attachments}
                renderItem={(a) => (
                  <List.Item>
                    <a href={a.url} target="_blank" rel="noreferrer">
                      <PaperClipOutlined /> {a.fileName}
                    </a>
                  </List.Item>
                )}
              />
            ) : null}
          </Card>
          <Card size="small" title={t(`${R}.timeline`)}>
            <WorkflowTimeline
              workflow={workflow}
              fieldLabels={{
                reason: t(`${R}.reason`),
                comment: t(`${R}.comment`),
                evidence: t(`${R}.evidence`),
                progressNote: t(`${R}.progressNote`),
              }}
            />
          </Card>
        </>
      ) : null}
    </DetailDrawer>
  );
}
