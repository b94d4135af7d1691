import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import { t } from '../../../i18n';

/** ✓ 达标 / ✗ 未达标 — an icon and a word, never colour alone. */
export function MetMark({ met, size = 14 }: { met: boolean; size?: number }) {
  const { token } = theme.useToken();
  return (
    <Flex gap={4} align="center" style={{ fontSize: size }}>
      {met ? (
        <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />
      ) : (
        <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />
      )}
      <Typography.Text strong style={{ fontSize: size }}>
        {met ? t('compliance.met') : t('compliance.notMet')}
      </Typography.Text>
    </Flex>
  );
}
