import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import { t } from '../../../i18n';

/** ✓ 已完成 / ✗ 未完成 — an icon and (unless `iconOnly`) a word, never colour alone. */
export function SixOnesMark({
  done,
  size = 14,
  iconOnly = false,
}: {
  done: boolean;
  size?: number;
  iconOnly?: boolean;
}) {
  const { token } = theme.useToken();
  const word = done ? t('sixOnes.done') : t('sixOnes.missing');
  const icon = done ? (
    <CheckCircleFilled style={{ color: token.colorSuccess, fontSize: size }} aria-hidden />
  ) : (
    <CloseCircleFilled style={{ color: token.colorError, fontSize: size }} aria-hidden />
  );
  if (iconOnly)
    return (
      <span role="img" aria-label={word}>
        {icon}
      </span>
    );
  return (
    <Flex gap={4} align="center">
      {icon}
      <Typography.Text strong style={{ fontSize: size }}>
        {word}
      </Typography.Text>
    </Flex>
  );
}
