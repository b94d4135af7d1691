import { Alert, Card, Space, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { t } from '../i18n';
import { HouseholdCategoriesCard } from '../modules/household-categories/components/HouseholdCategoriesCard';
import { settingForm } from '../modules/settings/components/settingFields';
import { useSaveSetting, useSettings } from '../modules/settings/hooks/useSettings';
import type { Setting, SettingValue } from '../modules/settings/types/setting';
import { orDash } from '../ui/format';
import { rowActionsColumn } from '../ui/list/cells';
import { FormDialog } from '../ui/list/FormDialog';
import { ListTable } from '../ui/list/ListTable';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

/** 系统设置 (admin): every rule kept as data, its value, and who changed it last. */
export function SettingsPage() {
  const settings = useSettings();
  const [editing, setEditing] = useState<Setting | null>(null);
  const save = useSaveSetting();

  const columns: TableColumnsType<Setting> = [
    {
      title: t('settings.label'),
      key: 'label',
      width: 260,
      render: (_: unknown, s: Setting) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{s.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.key}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('settings.value'),
      key: 'value',
      width: 140,
      render: (_: unknown, s: Setting) => (
        <Typography.Text strong>
          {String(s.value)}
          {s.unit ? ` ${s.unit}` : ''}
        </Typography.Text>
      ),
    },
    { title: t('settings.description'), dataIndex: 'description', width: 300 },
    {
      title: t('settings.updatedBy'),
      key: 'updatedBy',
      width: 200,
      render: (_: unknown, s: Setting) =>
        s.updatedAt ? (
          <Space direction="vertical" size={0}>
            <span>{orDash(s.updatedByName)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(s.updatedAt).format('YYYY-MM-DD HH:mm:ss')}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('settings.never')}</Typography.Text>
        ),
    },
    ...rowActionsColumn(90, (s: Setting) => [
      { label: t('settings.edit'), onClick: () => setEditing(s) },
    ]),
  ];

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('settings.intro')} />
          {settings.error ? (
            <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
          ) : (
            <ListTable<Setting>
              rowKey="key"
              columns={columns}
              dataSource={settings.data?.items ?? []}
              loading={settings.isFetching}
              pagination={false}
              empty={t('settings.empty')}
            />
          )}
        </Space>
      </Card>
      <HouseholdCategoriesCard editable />
      <FormDialog
        name="setting"
        editing={editing ?? undefined}
        title={{ create: t('settings.editTitle'), edit: t('settings.editTitle') }}
        fields={settingForm(editing)}
        initialValues={(s) => ({ value: s?.value })}
        onSubmit={(v: { value: SettingValue }, s) =>
          save.mutateAsync({ key: s?.key ?? '', value: v.value })
        }
        done={t('settings.saved')}
        width={520}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
