import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors, inRange } from '../../../ui/forms';
import { QueryError } from '../../../ui/QueryError';
import type { HouseholdCategoryItem } from '../api/householdCategoriesApi';
import { useHouseholdCategories, useSaveHouseholdCategory } from '../hooks/useHouseholdCategories';

type Values = {
  code: string;
  label: string;
  sortOrder: number;
  countsAsPoor: boolean;
  active: boolean;
};

/** 住户类别 in 系统设置: the admin lists, adds, renames, orders, retires and flags them. */
export function HouseholdCategoriesCard({ editable }: { editable: boolean }) {
  const categories = useHouseholdCategories();
  // undefined: closed; null: a new category
  const [editing, setEditing] = useState<HouseholdCategoryItem | null | undefined>(undefined);

  const columns: TableColumnsType<HouseholdCategoryItem> = [
    { title: t('householdCategories.label'), dataIndex: 'label', width: 160 },
    { title: t('householdCategories.code'), dataIndex: 'code', width: 160 },
    { title: t('householdCategories.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    {
      title: t('householdCategories.countsAsPoor'),
      dataIndex: 'countsAsPoor',
      width: 110,
      render: (v: boolean) =>
        v ? <Tag color="red">{t('householdCategories.yes')}</Tag> : t('householdCategories.no'),
    },
    {
      title: t('householdCategories.active'),
      dataIndex: 'active',
      width: 100,
      render: (v: boolean) =>
        v ? (
          <Tag color="green">{t('householdCategories.activeOn')}</Tag>
        ) : (
          <Tag>{t('householdCategories.activeOff')}</Tag>
        ),
    },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, c: HouseholdCategoryItem) => (
              <Button type="link" size="small" onClick={() => setEditing(c)}>
                {t('householdCategories.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('householdCategories.title')}
      style={{ marginTop: 16 }}
      extra={
        editable ? (
          <Button type="primary" onClick={() => setEditing(null)}>
            {t('householdCategories.add')}
          </Button>
        ) : null
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('householdCategories.intro')} />
        {categories.error ? (
          <QueryError error={categories.error} onRetry={() => void categories.refetch()} />
        ) : (
          <Table<HouseholdCategoryItem>
            rowKey="code"
            size="middle"
            columns={columns}
            dataSource={categories.data?.items ?? []}
            loading={categories.isFetching}
            pagination={false}
            locale={{ emptyText: <Empty description={t('householdCategories.empty')} /> }}
          />
        )}
      </Space>
      {editing !== undefined ? (
        <CategoryFormModal category={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Card>
  );
}

function CategoryFormModal({
  category,
  onClose,
}: {
  category: HouseholdCategoryItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSaveHouseholdCategory();
  const { message } = App.useApp();

  const submit = async () => {
    const { code, ...rest } = await form.validateFields();
    try {
      await save.mutateAsync(
        category ? { code: category.code, patch: rest } : { code: null, create: { code, ...rest } },
      );
      void message.success(t('householdCategories.saved'));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={t(category ? 'householdCategories.editTitle' : 'householdCategories.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          category ?? { code: '', label: '', sortOrder: 50, countsAsPoor: false, active: true }
        }
      >
        <Form.Item
          name="code"
          label={t('householdCategories.code')}
          extra={t('householdCategories.codeHint')}
          rules={[{ required: true, message: t('householdCategories.codeRequired') }]}
        >
          <Input maxLength={32} showCount disabled={category !== null} />
        </Form.Item>
        <Form.Item
          name="label"
          label={t('householdCategories.label')}
          rules={[
            { required: true, whitespace: true, message: t('householdCategories.labelRequired') },
          ]}
        >
          <Input maxLength={MAX_LEN.shortName} showCount />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label={t('householdCategories.sortOrder')}
          rules={[
            { required: true, message: t('householdCategories.sortOrderRange') },
            inRange(0, 999),
          ]}
        >
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="countsAsPoor" valuePropName="checked">
          <Checkbox>{t('householdCategories.countsAsPoor')}</Checkbox>
        </Form.Item>
        <Form.Item name="active" label={t('householdCategories.activeOn')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
