import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { orDash } from '../../../ui/format';
import { deleteAction, RowActions } from '../../../ui/list/cells';
import { FormDialog } from '../../../ui/list/FormDialog';
import type { Field } from '../../../ui/list/fields';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { usePermissions } from '../../auth/hooks/usePermissions';
import { contactPointField } from '../../contact-points/components/ContactPointSelect';
import { addDelivery, documentKeys, fetchDeliveries, removeDelivery } from '../api/documentsApi';
import type { Letter, LetterDeliveryInput } from '../types/document';

const L = 'documents.letter' as const;

export const letterDetailFields: readonly Field<never>[] = [
  {
    name: 'salutation',
    label: t(`${L}.salutation`),
    kind: 'text',
    maxLength: MAX_LEN.name,
    placeholder: t(`${L}.salutationPlaceholder`),
  },
];
export const letterValues = (doc: Letter | null) => ({ salutation: doc?.details.salutation ?? '' });
export const letterDetails = (v: Record<string, unknown>) => ({
  salutation: (v.salutation as string | undefined) ?? '',
});

const deliveryForm: readonly Field<never>[] = [
  {
    name: 'deliveredOn',
    label: t(`${L}.deliveredOn`),
    kind: 'date',
    required: t(`${L}.deliveredOnRequired`),
  },
  contactPointField('contactPointId', t(`${L}.contactPoint`)),
  {
    name: 'recipients',
    label: t(`${L}.recipients`),
    kind: 'text',
    maxLength: MAX_LEN.address,
    placeholder: t(`${L}.recipientsPlaceholder`),
    wide: true,
  },
  {
    name: 'households',
    label: t(`${L}.households`),
    kind: 'number',
    input: { min: 0, max: 100000 },
  },
  {
    name: 'copies',
    label: t(`${L}.copies`),
    kind: 'number',
    required: t(`${L}.copiesRequired`),
    input: { min: 1, max: 100000 },
  },
  { name: 'note', label: t(`${L}.note`), kind: 'textarea', maxLength: MAX_LEN.note, wide: true },
];

/** 寄发记录: where the letter went, to whom, how many, when; added once it is approved. */
export function LetterDeliveries({ letter }: { letter: Letter }) {
  const client = useQueryClient();
  const keys = documentKeys('letter');
  const [adding, setAdding] = useState<null | undefined>();
  const [removing, setRemoving] = useState(false);
  const deliveries = useQuery({
    queryKey: keys.deliveries(letter.id),
    queryFn: () => fetchDeliveries(letter.id),
  });
  const items = deliveries.data?.items ?? [];
  const out = letter.state === 'approved' || letter.state === 'published';
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  // the author or a writer of his units (the server checks the scope)
  const mayWrite = out && (canWrite || user.cadreId === letter.cadreId);
  const reload = () => client.invalidateQueries({ queryKey: ['documents'] });
  const copies = items.reduce((n, d) => n + d.copies, 0);
  const points = new Set(items.map((d) => d.contactPointId).filter(Boolean)).size;
  return (
    <Card
      size="small"
      title={t(`${L}.deliveries`)}
      extra={
        mayWrite ? (
          <Button size="small" type="primary" onClick={() => setAdding(null)}>
            {t(`${L}.deliver`)}
          </Button>
        ) : null
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`${L}.deliveriesEmpty`)} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t(`${L}.totals`, { copies, points })}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={items}
            scroll={{ x: 520 }}
            columns={[
              { title: t(`${L}.deliveredOn`), dataIndex: 'deliveredOn', width: 110 },
              {
                title: t(`${L}.contactPoint`),
                key: 'to',
                render: (_: unknown, d) =>
                  [d.contactPointName, d.recipients].filter(Boolean).join(' · '),
              },
              {
                title: t(`${L}.households`),
                dataIndex: 'households',
                width: 70,
                render: (n: number) => orDash(n || null),
              },
              { title: t(`${L}.copies`), dataIndex: 'copies', width: 70 },
              {
                key: 'actions',
                width: 70,
                render: (_: unknown, d) => (
                  <RowActions
                    actions={[
                      deleteAction(
                        t(`${L}.deleteConfirm`, { date: d.deliveredOn, copies: d.copies }),
                        async () => {
                          setRemoving(true);
                          try {
                            await removeDelivery(letter.id, d.id);
                            await reload();
                          } finally {
                            setRemoving(false);
                          }
                        },
                        removing,
                        mayWrite,
                      ),
                    ]}
                  />
                ),
              },
            ]}
          />
        </>
      )}
      <FormDialog<null, LetterDeliveryInput>
        name="delivery"
        editing={adding}
        title={{ create: t(`${L}.deliverTitle`), edit: t(`${L}.deliverTitle`) }}
        fields={deliveryForm}
        initialValues={() => ({ households: 0 })}
        onSubmit={async (values) => {
          await addDelivery(letter.id, {
            ...values,
            contactPointId: values.contactPointId ?? null,
            recipients: values.recipients ?? '',
            note: values.note ?? '',
          });
          await reload();
        }}
        onClose={() => setAdding(undefined)}
      />
    </Card>
  );
}
