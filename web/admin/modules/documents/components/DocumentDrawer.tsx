import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { StateTag } from '../../../ui/list/cells';
import { DetailDrawer } from '../../../ui/list/DetailDrawer';
import type { Field } from '../../../ui/list/fields';
import { Markup } from '../../../ui/Markup';
import { useWorkflow } from '../../../ui/workflow/useWorkflow';
import { WorkflowActionsPanel } from '../../../ui/workflow/WorkflowActionsPanel';
import { WorkflowTimeline } from '../../../ui/workflow/WorkflowTimeline';
import { DOCUMENT_API, documentKeys, fetchDocument } from '../api/documentsApi';
import type { AnyDocument, DocumentKind } from '../types/document';
import { documentStateTags, ratingText } from './documentFields';
import { SimilarWarning } from './SimilarWarning';

const C = 'documents.common' as const;

/** The lines every kind shows above its text. */
const lines: readonly Field<AnyDocument>[] = [
  {
    name: 'cadreName',
    label: t(`${C}.cadre`),
    kind: 'text',
    render: (d) => `${d.cadreName}${d.cadrePost ? `（${d.cadrePost}）` : ''}`,
  },
  { name: 'orgName', label: t(`${C}.org`), kind: 'text' },
  { name: 'campaignName', label: t(`${C}.campaign`), kind: 'text' },
  {
    name: 'state',
    label: t(`${C}.state`),
    kind: 'text',
    render: (d) => (
      <Flex gap={8} align="center" wrap>
        <StateTag state={d.state} tags={documentStateTags} />
        {d.waitingFor ? <Typography.Text type="secondary">{d.waitingFor}</Typography.Text> : null}
        {d.featured ? <Tag color="gold">{t(`${C}.featuredYes`)}</Tag> : null}
      </Flex>
    ),
  },
  {
    name: 'rating',
    label: t(`${C}.rating`),
    kind: 'text',
    render: (d) => ratingText(d),
    shownWhen: (d) => Boolean(d.rating),
  },
  {
    name: 'submittedAt',
    label: t(`${C}.submittedAt`),
    kind: 'text',
    render: (d) => formatDateTime(d.submittedAt),
    shownWhen: (d) => Boolean(d.submittedAt),
  },
  {
    name: 'publishedAt',
    label: t(`${C}.publishedAt`),
    kind: 'text',
    render: (d) => formatDateTime(d.publishedAt),
    shownWhen: (d) => Boolean(d.publishedAt),
  },
];

type DocumentDrawerProps<D extends AnyDocument> = {
  kind: DocumentKind;
  id: string | null;
  title: string;
  bodyLabel: string;
  onClose: () => void;
  /** buttons in the header (修改, 打印) */
  extra?: (doc: D) => ReactNode;
  /** the kind's own parts below the text (调研计划 and 佐证; 寄发记录) */
  children?: (doc: D) => ReactNode;
};

/**
 * One document in full: who, where, its state; the reviewer's last word; its text (rendered from
 * the small markup, never as HTML); the kind's own parts; the steps the reader may take now and
 * the review so far. Opened by `?id=` in the address (the 待我审核 queue links there).
 */
export function DocumentDrawer<D extends AnyDocument>({
  kind,
  id,
  title,
  bodyLabel,
  onClose,
  extra,
  children,
}: DocumentDrawerProps<D>) {
  const keys = documentKeys(kind);
  const doc = useQuery({
    queryKey: keys.detail(id ?? ''),
    queryFn: () => fetchDocument<D>(kind, id ?? ''),
    enabled: Boolean(id),
  });
  const workflow = useWorkflow({
    path: DOCUMENT_API[kind],
    id: id ?? '',
    queryKey: keys.detail(id ?? ''),
    invalidate: ['documents'],
  });
  const d = doc.data;
  return (
    <DetailDrawer<AnyDocument>
      open={Boolean(id)}
      title={d?.title ?? title}
      row={d}
      error={doc.error}
      onRetry={() => void doc.refetch()}
      fields={lines}
      onClose={onClose}
      extra={d ? extra?.(d) : null}
    >
      {d ? (
        <>
          {d.comment && (d.state === 'returned' || d.state === 'withdrawn') ? (
            <Alert
              type="warning"
              showIcon
              title={t(`${C}.returnedComment`, { comment: d.comment })}
            />
          ) : null}
          <SimilarWarning kind={kind} doc={d} />
          {id ? (
            <WorkflowActionsPanel
              workflow={workflow}
              primary={['submit', 'approve', 'publish']}
              danger={['return', 'withdraw']}
              confirm={['publish', 'withdraw']}
            />
          ) : null}
          <Card size="small" title={bodyLabel}>
            {d.body.trim() ? (
              <Markup source={d.body} />
            ) : (
              <Typography.Text type="secondary">{t(`${C}.noBody`)}</Typography.Text>
            )}
          </Card>
          {children?.(d)}
          <Card size="small" title={t(`${C}.timeline`)}>
            <WorkflowTimeline
              workflow={workflow}
              fieldLabels={{ reason: t(`${C}.reason`), comment: t(`${C}.comment`) }}
            />
          </Card>
        </>
      ) : null}
    </DetailDrawer>
  );
}
