import { Alert, Button, Card, Empty, Space, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { t } from '../i18n';
import { HouseholdCategoriesCard } from '../modules/household-categories/components/HouseholdCategoriesCard';
import { SettingFormModal } from '../modules/settings/components/SettingFormModal';
import { useSettings } from '../modules/settings/hooks/useSettings';
import type { Setting } from '../modules/settings/types/setting';
import { orDash } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

/** 系统设置 (admin): every rule kept as data, its value, and who changed it last. */
export function SettingsPage() {
  const settings = useSettings();
  const [editing, setEditing] = useState<Setting | null>(null);

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
    { title: t('settings.description'), dataIndex: 'description' },
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
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_: unknown, s: Setting) => (
        <Button type="link" size="small" onClick={() => setEditing(s)}>
          {t('settings.edit')}
        </Button>
      ),
    },
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
            <Table<Setting>
              rowKey="key"
              size="middle"
              columns={columns}
              dataSource={settings.data?.items ?? []}
              loading={settings.isFetching}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: <Empty description={t('settings.empty')} /> }}
            />
          )}
        </Space>
      </Card>
      <HouseholdCategoriesCard editable />
      <SettingFormModal setting={editing} onClose={() => setEditing(null)} />
    </>
  );
}
