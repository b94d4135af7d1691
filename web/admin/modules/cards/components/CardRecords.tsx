import { Card, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CARD_RECORD_KINDS, MAX_CARD_COUNT } from '../../../../../common/card-terms.ts';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import { formatDate, formatDateTime, orDash } from '../../../ui/format';
import { inRange } from '../../../ui/forms';
import { FormDialog } from '../../../ui/list/FormDialog';
import { type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import { PlainList } from '../../../ui/list/PlainList';
import { contactPointField } from '../../contact-points/components/ContactPointSelect';
import { useCardRecords, useCreateCardRecord, useDeleteCardRecord } from '../hooks/useCards';
import type { CardRecord, CardRecordKind } from '../types/card';

type RecordValues = {
  kind: CardRecordKind;
  count: number;
  on: Dayjs;
  contactPointId?: string;
  note?: string;
};

const kindLabel = (kind: CardRecordKind) => t(`cards.records.kinds.${kind}`);

const form: readonly Field<never>[] = [
  {
    name: 'kind',
    label: t('cards.records.kind'),
    kind: 'select',
    options: options(CARD_RECORD_KINDS, kindLabel),
    required: t('cards.records.kindRequired'),
  },
  {
    name: 'count',
    label: t('cards.records.count'),
    kind: 'number',
    required: t('cards.records.countRequired'),
    item: { rules: [inRange(1, MAX_CARD_COUNT)] },
    input: { precision: 0 },
  },
  {
    name: 'on',
    label: t('cards.records.on'),
    kind: 'date',
    required: t('cards.records.onRequired'),
    input: { inputReadOnly: true, disabledDate: (d: Dayjs) => d.isAfter(dayjs(), 'day') },
  },
  contactPointField('contactPointId', t('cards.records.contactPoint'), {
    required: t('cards.records.contactPointRequired'),
    shownWhen: (v) => v.kind === 'handed_out',
    width: undefined,
  }),
  {
    name: 'note',
    label: t('cards.records.note'),
    kind: 'textarea',
    maxLength: MAX_LEN.note,
    wide: true,
  },
];

/** 印制、发放记录 of one cadre's cards in the current campaign: the list, 登记 and 删除. */
export function CardRecords({ cadreId, canWrite }: { cadreId: string; canWrite: boolean }) {
  const records = useCardRecords(cadreId);
  const create = useCreateCardRecord(cadreId);
  const remove = useDeleteCardRecord(cadreId);
  const [adding, setAdding] = useState<null | undefined>();
  const data = records.data;

  const columns: TableColumnsType<CardRecord> = [
    {
      title: t('cards.records.on'),
      dataIndex: 'on',
      width: 110,
      render: (v: string) => formatDate(v),
    },
    {
      title: t('cards.records.kind'),
      dataIndex: 'kind',
      width: 80,
      render: (k: CardRecordKind) => (
        <Tag color={k === 'printed' ? 'blue' : 'green'}>{kindLabel(k)}</Tag>
      ),
    },
    { title: t('cards.records.count'), dataIndex: 'count', width: 80, align: 'right' },
    {
      title: t('cards.records.contactPoint'),
      key: 'contactPoint',
      width: 160,
      render: (_: unknown, r) => orDash(r.contactPoint?.name),
    },
    {
      title: t('cards.records.note'),
      dataIndex: 'note',
      width: 200,
      ellipsis: true,
      render: orDash,
    },
    {
      title: t('cards.records.by'),
      key: 'by',
      width: 170,
      render: (_: unknown, r) => `${r.createdByName ?? ''} ${formatDateTime(r.createdAt)}`.trim(),
    },
    ...(canWrite
      ? [
          actionColumn<CardRecord>(80, (r) => (
            <ConfirmLinkButton
              label={t('common.delete')}
              danger
              okText={t('common.delete')}
              confirmTitle={t('cards.records.deleteConfirm', {
                kind: kindLabel(r.kind),
                count: r.count,
              })}
              doneMessage={t('common.deleted')}
              pending={remove.isPending}
              onConfirm={() => remove.mutateAsync({ id: r.id, arg: undefined })}
            />
          )),
        ]
      : []),
  ];

  return (
    <Card title={t('cards.records.title')}>
      {data?.campaign ? (
        <Typography.Paragraph type="secondary">
          {t('cards.records.summary', { printed: data.printed, handedOut: data.handedOut })}
        </Typography.Paragraph>
      ) : null}
      <PlainList<CardRecord>
        result={records}
        columns={columns}
        rowKey="id"
        empty={t('cards.records.empty')}
        add={{ label: t('cards.records.add'), onClick: () => setAdding(null), shown: canWrite }}
      >
        <FormDialog<null, RecordValues>
          name="cardRecord"
          editing={adding}
          title={{ create: t('cards.records.addTitle'), edit: t('cards.records.addTitle') }}
          fields={form}
          initialValues={() => ({ kind: 'printed', on: dayjs() })}
          onSubmit={(v) =>
            create.mutateAsync({
              kind: v.kind,
              count: v.count,
              on: v.on.format('YYYY-MM-DD'),
              contactPointId: v.kind === 'handed_out' ? (v.contactPointId ?? null) : null,
              note: v.note?.trim() ?? '',
            })
          }
          onClose={() => setAdding(undefined)}
          done={t('cards.records.added')}
          width={560}
        />
      </PlainList>
    </Card>
  );
}
