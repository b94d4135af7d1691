import {
  App,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Switch,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors, inRange } from '../../../ui/forms';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { useUpdateCategory } from '../hooks/useCases';
import { type CaseCategory, MAX_ACCEPT_DAYS, MIN_ACCEPT_DAYS } from '../types/case';

type RowValues = { name: string; timeLimitDays: number; acceptDays: number; sortOrder: number };

type CategoryTableProps = {
  rows: CaseCategory[];
  loading: boolean;
  canEdit: boolean;
};

/** 类别与时限: name, time limit in working days and order edited in the row; on/off by switch. */
export function CategoryTable({ rows, loading, canEdit }: CategoryTableProps) {
  const [form] = Form.useForm<RowValues>();
  const { message } = App.useApp();
  const update = useUpdateCategory();
  const [editing, setEditing] = useState<string | null>(null);

  const startEdit = (c: CaseCategory) => {
    form.setFieldsValue({
      name: c.name,
      timeLimitDays: c.timeLimitDays,
      acceptDays: c.acceptDays,
      sortOrder: c.sortOrder,
    });
    setEditing(c.id);
  };
  const save = async (c: CaseCategory) => {
    let values: RowValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const changed: Partial<RowValues> = {};
    if (values.name.trim() !== c.name) changed.name = values.name.trim();
    if (values.timeLimitDays !== c.timeLimitDays) changed.timeLimitDays = values.timeLimitDays;
    if (values.acceptDays !== c.acceptDays) changed.acceptDays = values.acceptDays;
    if (values.sortOrder !== c.sortOrder) changed.sortOrder = values.sortOrder;
    if (Object.keys(changed).length === 0) {
      setEditing(null);
      return;
    }
    try {
      await update.mutateAsync({ id: c.id, input: changed });
      void message.success(t('common.saved'));
      setEditing(null);
    } catch (error) {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    }
  };
  // the flag moves: the server takes it off the category that had it, in the same change
  const makeDefault = (c: CaseCategory) =>
    update.mutateAsync({ id: c.id, input: { intakeDefault: true } }).then(
      () => void message.success(t('cases.intakeDefaultSet', { name: c.name })),
      (error: unknown) => void message.error(errorMessage(error)),
    );
  const setActive = (c: CaseCategory, active: boolean) =>
    update.mutateAsync({ id: c.id, input: { active } }).then(
      () => void message.success(t('common.saved')),
      (error: unknown) => void message.error(errorMessage(error)),
    );

  const columns: TableColumnsType<CaseCategory> = [
    {
      title: t('cases.categoryName'),
      dataIndex: 'name',
      width: 170,
      render: (name: string, c) =>
        editing === c.id ? (
          <Form.Item
            name="name"
            style={{ margin: 0 }}
            rules={[
              { required: true, whitespace: true, message: t('cases.nameRequired') },
              { max: 30 },
            ]}
          >
            <Input maxLength={MAX_LEN.shortName} showCount aria-label={t('cases.categoryName')} />
          </Form.Item>
        ) : (
          name
        ),
    },
    {
      title: t('cases.categoryKind'),
      dataIndex: 'kind',
      width: 110,
      render: (kind: CaseCategory['kind']) => (
        <Tag color={kind === 'four_winds' ? 'volcano' : 'blue'}>{t(`cases.kinds.${kind}`)}</Tag>
      ),
    },
    {
      title: t('cases.timeLimitDays'),
      dataIndex: 'timeLimitDays',
      width: 150,
      render: (days: number, c) =>
        editing === c.id ? (
          <Form.Item
            name="timeLimitDays"
            style={{ margin: 0 }}
            rules={[
              { required: true, message: t('cases.timeLimitRange') },
              { type: 'number', min: 1, max: 90, message: t('cases.timeLimitRange') },
            ]}
          >
            <InputNumber precision={0} aria-label={t('cases.timeLimitDays')} />
          </Form.Item>
        ) : (
          t('cases.days', { days })
        ),
    },
    {
      title: t('cases.acceptDays'),
      dataIndex: 'acceptDays',
      width: 150,
      render: (days: number, c) =>
        editing === c.id ? (
          <Form.Item
            name="acceptDays"
            style={{ margin: 0 }}
            rules={[
              { required: true, message: t('cases.acceptDaysRange') },
              {
                type: 'number',
                min: MIN_ACCEPT_DAYS,
                max: MAX_ACCEPT_DAYS,
                message: t('cases.acceptDaysRange'),
              },
            ]}
          >
            <InputNumber
              min={MIN_ACCEPT_DAYS}
              max={MAX_ACCEPT_DAYS}
              precision={0}
              aria-label={t('cases.acceptDays')}
            />
          </Form.Item>
        ) : (
          t('cases.days', { days })
        ),
    },
    {
      title: t('cases.intakeDefault'),
      dataIndex: 'intakeDefault',
      width: 120,
      render: (isDefault: boolean, c) =>
        isDefault ? (
          <Tag color="gold">{t('cases.intakeDefault')}</Tag>
        ) : canEdit && c.active ? (
          <Popconfirm
            title={t('cases.intakeDefaultConfirm', { name: c.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => makeDefault(c)}
          >
            <Button type="link" size="small">
              {t('cases.intakeDefaultMake')}
            </Button>
          </Popconfirm>
        ) : null,
    },
    {
      title: t('cases.sortOrder'),
      dataIndex: 'sortOrder',
      width: 110,
      render: (order: number, c) =>
        editing === c.id ? (
          <Form.Item
            name="sortOrder"
            style={{ margin: 0 }}
            rules={[{ required: true }, inRange(0, 9999)]}
          >
            <InputNumber precision={0} aria-label={t('cases.sortOrder')} />
          </Form.Item>
        ) : (
          order
        ),
    },
    {
      title: t('cases.active'),
      dataIndex: 'active',
      width: 80,
      render: (active: boolean, c) =>
        !canEdit ? (
          active ? (
            t('common.yes')
          ) : (
            t('common.no')
          )
        ) : active && c.intakeDefault ? (
          // the 默认类别 stays on: mail and SMS would have nowhere to go
          <Switch
            checked
            disabled
            title={t('cases.intakeDefaultStaysActive')}
            aria-label={`${t('cases.active')} ${c.name}`}
          />
        ) : active ? (
          <Popconfirm
            title={t('cases.deactivateConfirm', { name: c.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => setActive(c, false)}
          >
            <Switch checked aria-label={`${t('cases.active')} ${c.name}`} />
          </Popconfirm>
        ) : (
          <Switch
            checked={false}
            aria-label={`${t('cases.active')} ${c.name}`}
            onChange={() => void setActive(c, true)}
          />
        ),
    },
    ...(canEdit
      ? [
          actionColumn(130, (c: CaseCategory) =>
            editing === c.id ? (
              <Flex gap={0}>
                <Button
                  type="link"
                  size="small"
                  loading={update.isPending}
                  onClick={() => void save(c)}
                >
                  {t('common.save')}
                </Button>
                <Button type="link" size="small" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </Button>
              </Flex>
            ) : (
              <Button
                type="link"
                size="small"
                disabled={editing !== null}
                onClick={() => startEdit(c)}
              >
                {t('common.edit')}
              </Button>
            ),
          ),
        ]
      : []),
  ];

  return (
    <Form form={form} component={false}>
      <ListTable<CaseCategory>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        empty={t('cases.categoriesEmpty')}
      />
    </Form>
  );
}
