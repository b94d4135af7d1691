import { SendOutlined } from '@ant-design/icons';
import type { TableColumnsType, UploadFile } from 'antd';
import { Button, Checkbox, Drawer, Flex, Grid, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { formatDateTime, orDash } from '../../../ui/format';
import { inRange } from '../../../ui/forms';
import { rowActionsColumn } from '../../../ui/list/cells';
import { FormDialog } from '../../../ui/list/FormDialog';
import { type Field, pickerField } from '../../../ui/list/fields';
import { ListTable } from '../../../ui/list/ListTable';
import { UploadsField, uploadedIds } from '../../../ui/UploadsField';
import { OrgMultiSelect } from '../../orgs/components/OrgMultiSelect';
import {
  useConfirmReceipt,
  useSendings,
  useSendMaterial,
  useWithdrawSending,
} from '../hooks/useMaterials';
import type { Material, Sending } from '../types/material';
import { MaterialRemindButton } from './MaterialRemindButton';

const PAGE_SIZE = 20;
/** 未签收 rows stand out (antd's orange-1) */
const PENDING_BACKGROUND = '#fff7e6';

const orgsField = pickerField(
  (props) => (
    <OrgMultiSelect
      id={props.id}
      value={props.value as unknown as string[] | undefined}
      onChange={props.onChange as unknown as (v: string[]) => void}
    />
  ),
  { wide: true },
);

const sendForm: readonly Field<never>[] = [
  orgsField('orgIds', t('materials.send.orgs'), { required: t('materials.send.orgsRequired') }),
  {
    name: 'quantity',
    label: t('materials.send.quantity'),
    kind: 'number',
    required: t('materials.send.quantityRequired'),
    input: { precision: 0 },
    item: { rules: [inRange(1, 1_000_000)] },
  },
  {
    name: 'sentOn',
    label: t('materials.send.sentOn'),
    kind: 'date',
    required: t('materials.send.sentOnRequired'),
  },
];

const receiptForm: readonly Field<never>[] = [
  {
    name: 'receivedQuantity',
    label: t('materials.receipt.quantity'),
    kind: 'number',
    required: t('materials.receipt.quantityRequired'),
    input: { precision: 0 },
    item: { rules: [inRange(0, 1_000_000)] },
  },
  {
    name: 'note',
    label: t('materials.receipt.note'),
    kind: 'textarea',
    maxLength: MAX_LEN.note,
    placeholder: t('materials.receipt.notePlaceholder'),
    wide: true,
  },
  {
    name: 'uploads',
    label: t('materials.receipt.photo'),
    kind: 'text',
    element: (
      <UploadsField
        label={t('materials.receipt.photo')}
        hint={t('materials.receipt.photoHint')}
        button={t('materials.upload')}
      />
    ),
  },
];

type SendValues = { orgIds: string[]; quantity: number; sentOn: string };
type ReceiptValues = {
  receivedQuantity: number;
  note?: string;
  uploads?: UploadFile<{ id: string }>[];
};

/**
 * 发放与签收 of one material: its sendings in the reader's scope (未签收 first and marked), 发放 and
 * 一键提醒 for the office, 确认签收 for the receiving unit's admin (or the office), 撤回 of one not
 * yet received.
 */
export function SendingsDrawer({
  material,
  canSend,
  onClose,
}: {
  material: Material | null;
  canSend: boolean;
  onClose: () => void;
}) {
  const phone = !Grid.useBreakpoint().md;
  const [page, setPage] = useState(1);
  const [onlyPending, setOnlyPending] = useState(false);
  const [sending, setSending] = useState<null | undefined>(undefined);
  const [confirming, setConfirming] = useState<Sending | undefined>(undefined);
  const id = material?.id ?? null;
  const query = {
    page,
    pageSize: PAGE_SIZE,
    ...(onlyPending ? { received: false } : {}),
  };
  const sendings = useSendings(id, query);
  const send = useSendMaterial(id ?? '');
  const confirm = useConfirmReceipt(id ?? '');
  const withdraw = useWithdrawSending(id ?? '');

  const columns: TableColumnsType<Sending> = [
    {
      title: t('materials.drawer.org'),
      dataIndex: 'orgName',
      width: 150,
      fixed: 'start',
      ellipsis: true,
      // the pinned cell has its own background: the 未签收 mark is set on it too
      onCell: (s: Sending) => (s.receivedAt ? {} : { style: { background: PENDING_BACKGROUND } }),
    },
    { title: t('materials.drawer.quantity'), dataIndex: 'quantity', width: 80 },
    { title: t('materials.drawer.sentOn'), dataIndex: 'sentOn', width: 110 },
    {
      title: t('materials.drawer.status'),
      key: 'status',
      width: 150,
      render: (_: unknown, s) =>
        s.receivedAt ? (
          <Tag color="green">{t('materials.drawer.received')}</Tag>
        ) : (
          <Space size={4} direction="vertical">
            <Tag color="red">{t('materials.drawer.pending')}</Tag>
            {s.remindedAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('materials.drawer.remindedAt', { at: formatDateTime(s.remindedAt) })}
              </Typography.Text>
            ) : null}
          </Space>
        ),
    },
    {
      title: t('materials.drawer.receivedQuantity'),
      dataIndex: 'receivedQuantity',
      width: 80,
      render: (v: number | null) => orDash(v),
    },
    {
      title: t('materials.drawer.receivedBy'),
      key: 'receivedBy',
      width: 150,
      render: (_: unknown, s) =>
        s.receivedAt ? `${s.receivedByName ?? ''} ${formatDateTime(s.receivedAt)}` : orDash(null),
    },
    {
      title: t('materials.drawer.note'),
      key: 'note',
      width: 140,
      ellipsis: true,
      render: (_: unknown, s) => (
        <>
          {orDash(s.receiptNote || null)}
          {s.photos.map((p) => (
            <div key={p.id}>
              <a href={p.url} target="_blank" rel="noopener noreferrer">
                {p.fileName}
              </a>
            </div>
          ))}
        </>
      ),
    },
    ...rowActionsColumn<Sending>(130, (s) => [
      {
        label: t('materials.drawer.confirm'),
        shown: s.canConfirm,
        onClick: () => setConfirming(s),
      },
      {
        label: t('materials.drawer.withdraw'),
        shown: s.removable,
        danger: true,
        confirm: t('materials.drawer.withdrawConfirm', { name: s.orgName }),
        confirmOk: t('materials.drawer.withdraw'),
        done: t('materials.drawer.withdrawn'),
        pending: withdraw.isPending,
        run: () => withdraw.mutateAsync({ id: s.id, arg: undefined }),
      },
    ]),
  ];

  return (
    <Drawer
      open={material !== null}
      onClose={onClose}
      title={material ? t('materials.drawer.title', { title: material.title }) : ''}
      size={phone ? '100%' : 1000}
      extra={
        canSend && material ? (
          <Space>
            <MaterialRemindButton materialId={material.id} />
            <Button type="primary" icon={<SendOutlined />} onClick={() => setSending(null)}>
              {t('materials.send.button')}
            </Button>
          </Space>
        ) : null
      }
    >
      {material ? (
        <Flex vertical gap="middle">
          <Typography.Text>
            {t('materials.drawer.summary', {
              units: material.sentUnits,
              copies: material.sentCopies,
              confirmed: material.confirmedUnits,
            })}
            {material.copies !== null
              ? `；${t('materials.drawer.copiesLeft', { copies: material.copies, sent: material.sentCopiesAll })}`
              : ''}
          </Typography.Text>
          <Checkbox
            checked={onlyPending}
            onChange={(e) => {
              setOnlyPending(e.target.checked);
              setPage(1);
            }}
          >
            {t('materials.drawer.onlyPending')}
          </Checkbox>
          <ListTable<Sending>
            rowKey="id"
            columns={columns}
            dataSource={sendings.data?.items ?? []}
            loading={sendings.isFetching}
            empty={onlyPending ? t('materials.drawer.emptyPending') : t('materials.drawer.empty')}
            onRow={(s) => (s.receivedAt ? {} : { style: { background: PENDING_BACKGROUND } })}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: sendings.data?.total ?? 0,
              onChange: setPage,
              showSizeChanger: false,
            }}
          />
        </Flex>
      ) : null}
      <FormDialog<null, SendValues>
        name="materialSend"
        editing={sending}
        title={{
          create: t('materials.send.title', { title: material?.title ?? '' }),
          edit: '',
        }}
        fields={sendForm}
        initialValues={() => ({ quantity: 1, sentOn: dayjs() as unknown as string })}
        okText={t('materials.send.ok')}
        done={(values) => t('materials.send.done', { count: values.orgIds.length })}
        onSubmit={(values) =>
          send.mutateAsync({
            orgIds: values.orgIds,
            quantity: values.quantity,
            sentOn: dayjs(values.sentOn).format('YYYY-MM-DD'),
          })
        }
        onClose={() => setSending(undefined)}
      />
      <FormDialog<Sending, ReceiptValues>
        name="materialReceipt"
        editing={confirming}
        title={{
          create: '',
          edit: t('materials.receipt.title', { org: confirming?.orgName ?? '' }),
        }}
        intro={
          confirming ? (
            <Typography.Paragraph type="secondary">
              {t('materials.receipt.intro', {
                quantity: confirming.quantity,
                sentOn: confirming.sentOn,
              })}
            </Typography.Paragraph>
          ) : null
        }
        fields={receiptForm}
        initialValues={(s) => ({ receivedQuantity: s?.quantity })}
        okText={t('materials.receipt.ok')}
        done={t('materials.receipt.done')}
        onSubmit={(values, s) =>
          confirm.mutateAsync({
            sendingId: s?.id ?? '',
            input: {
              receivedQuantity: values.receivedQuantity,
              note: values.note?.trim() ?? '',
              attachmentIds: uploadedIds(values.uploads),
            },
          })
        }
        onClose={() => setConfirming(undefined)}
      />
    </Drawer>
  );
}
