import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../i18n';

type ProgressItemProps = {
  icon: ReactNode;
  label: string;
  value: string;
  ok: boolean;
};

/** One line of the month: what, how much, and 已达到 / 未达到 in words beside the mark. */
export function ProgressItem({ icon, label, value, ok }: ProgressItemProps) {
  const { token } = theme.useToken();
  return (
    <Flex
      align="center"
      gap="middle"
      style={{
        padding: '12px 0',
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        fontSize: 18,
      }}
    >
      <span style={{ fontSize: 24, color: token.colorPrimary }} aria-hidden>
        {icon}
      </span>
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text type="secondary" style={{ fontSize: 14 }}>
          {label}
        </Typography.Text>
        <Typography.Text strong style={{ fontSize: 20 }}>
          {value}
        </Typography.Text>
      </Flex>
      <Flex align="center" gap={4} style={{ flexShrink: 0 }}>
        {ok ? (
          <CheckCircleFilled style={{ color: token.colorSuccess, fontSize: 20 }} aria-hidden />
        ) : (
          <ExclamationCircleFilled
            style={{ color: token.colorWarning, fontSize: 20 }}
            aria-hidden
          />
        )}
        <Typography.Text style={{ fontSize: 16 }}>
          {ok ? t('compliance.my.ok') : t('compliance.my.notOk')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
