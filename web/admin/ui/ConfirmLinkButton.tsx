import { App, Button, Popconfirm } from 'antd';
import { t } from '../i18n';
import { errorMessage } from './errors';

type ConfirmLinkButtonProps = {
  label: string;
  /** the question asked before anything happens */
  confirmTitle: string;
  /** a second line under the question, e.g. what cannot be undone */
  confirmDescription?: string;
  /** shown when the action succeeded */
  doneMessage: string;
  danger?: boolean;
  /** the word of the button that goes ahead (default 确定; 删除 for a delete) */
  okText?: string;
  pending: boolean;
  onConfirm: () => Promise<unknown>;
};

/**
 * A small link button for a table row that asks first (停用, 启用 …), runs the action, and says
 * in words whether it worked.
 */
export function ConfirmLinkButton({
  label,
  confirmTitle,
  confirmDescription,
  doneMessage,
  danger = false,
  okText = t('common.confirm'),
  pending,
  onConfirm,
}: ConfirmLinkButtonProps) {
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={confirmTitle}
      description={confirmDescription}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: pending }}
      onConfirm={() =>
        onConfirm().then(
          () => void message.success(doneMessage),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button type="link" size="small" danger={danger}>
        {label}
      </Button>
    </Popconfirm>
  );
}
