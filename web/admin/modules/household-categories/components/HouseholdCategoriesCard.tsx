import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import type { THouseholdCategoryUpdate } from '../../../../../common/households.ts';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { QueryError } from '../../../ui/QueryError';
import type { HouseholdCategoryItem } from '../api/householdCategoriesApi';
import { useHouseholdCategories, useSaveHouseholdCategory } from '../hooks/useHouseholdCategories';

type NewCategory = { code: string; label: string; countsAsPoor: boolean };

/**
 * 住户类别 in 系统设置: the admin renames, orders, retires and flags them in the table itself and
 * adds one in the row below it; every change is saved (and audited) at once.
 */
export function HouseholdCategoriesCard({ editable }: { editable: boolean }) {
  const categories = useHouseholdCategories();
  const save = useSaveHouseholdCategory();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewCategory>();

  const change = (code: string, patch: THouseholdCategoryUpdate) =>
    save.mutate(
      { code, patch },
      {
        onSuccess: () => void message.success(t('householdCategories.saved')),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  const add = async () => {
    const values = await form.validateFields();
    try {
      await save.mutateAsync({ code: null, create: { ...values, sortOrder: 50, active: true } });
      form.resetFields();
      void message.success(t('householdCategories.saved'));
    } catch (error) {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    }
  };
  // a text cell the admin edits in place (nothing to edit for other roles)
  const editableText = (text: string, onSave: (value: string) => void) => (
    <Typography.Text editable={editable ? { onChange: onSave, triggerType: ['icon'] } : false}>
      {text}
    </Typography.Text>
  );

  const columns: TableColumnsType<HouseholdCategoryItem> = [
    {
      title: t('householdCategories.label'),
      key: 'label',
      render: (_: unknown, c: HouseholdCategoryItem) =>
        editableText(c.label, (label) => label !== c.label && change(c.code, { label })),
    },
    { title: t('householdCategories.code'), dataIndex: 'code' },
    {
      title: t('householdCategories.sortOrder'),
      key: 'sortOrder',
      render: (_: unknown, c: HouseholdCategoryItem) =>
        editableText(String(c.sortOrder), (v) => change(c.code, { sortOrder: Number(v) })),
    },
    {
      title: t('householdCategories.countsAsPoor'),
      key: 'countsAsPoor',
      render: (_: unknown, c: HouseholdCategoryItem) => (
        <Switch
          checked={c.countsAsPoor}
          disabled={!editable}
          aria-label={`${c.label} ${t('householdCategories.countsAsPoor')}`}
          onChange={(countsAsPoor) => change(c.code, { countsAsPoor })}
        />
      ),
    },
    {
      title: t('householdCategories.active'),
      key: 'active',
      render: (_: unknown, c: HouseholdCategoryItem) => (
        <Switch
          checked={c.active}
          disabled={!editable}
          checkedChildren={t('householdCategories.activeOn')}
          unCheckedChildren={t('householdCategories.activeOff')}
          onChange={(active) => change(c.code, { active })}
        />
      ),
    },
  ];

  return (
    <Card title={t('householdCategories.title')} style={{ marginTop: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('householdCategories.intro')} />
        {categories.error ? (
          <QueryError error={categories.error} onRetry={() => void categories.refetch()} />
        ) : (
          <Table<HouseholdCategoryItem>
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={categories.data?.items ?? []}
            loading={categories.isFetching || save.isPending}
            pagination={false}
            locale={{ emptyText: <Empty description={t('householdCategories.empty')} /> }}
          />
        )}
        {editable ? (
          <Form<NewCategory>
            form={form}
            layout="inline"
            initialValues={{ code: '', label: '', countsAsPoor: false }}
            onFinish={() => void add()}
          >
            <Form.Item
              name="label"
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('householdCategories.labelRequired'),
                },
              ]}
            >
              <Input placeholder={t('householdCategories.label')} maxLength={MAX_LEN.shortName} />
            </Form.Item>
            <Form.Item
              name="code"
              tooltip={t('householdCategories.codeHint')}
              rules={[{ required: true, message: t('householdCategories.codeRequired') }]}
            >
              <Input placeholder={t('householdCategories.code')} maxLength={32} />
            </Form.Item>
            <Form.Item name="countsAsPoor" valuePropName="checked">
              <Checkbox>{t('householdCategories.countsAsPoor')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('householdCategories.add')}
            </Button>
          </Form>
        ) : null}
      </Space>
    </Card>
  );
}
