import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useUpdateUser } from '../hooks/useUserMutations';
import type { User } from '../types/user';
import { confirmRule, passwordRules } from '../utils/password';
import { showErrorOnFields } from '../utils/serverErrors';

type ResetPasswordValues = {
  password: string;
  confirm: string;
};

type ResetPasswordModalProps = {
  /** The account whose password is reset; null = closed. */
  user: User | null;
  onClose: () => void;
};

/** 重置密码 — the admin sets a new password; the account's open sessions end. */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const [form] = Form.useForm<ResetPasswordValues>();
  const { message } = App.useApp();
  const update = useUpdateUser();

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const submit = (values: ResetPasswordValues) => {
    if (!user) return;
    update.mutate(
      { id: user.id, input: { password: values.password } },
      {
        onSuccess: () => {
          void message.success(t('users.passwordReset'));
          onClose();
        },
        onError: (error) => {
          if (!showErrorOnFields(form, error, ['password']))
            void message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.resetPasswordTitle', { name: user?.name ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title={t('users.resetPasswordHint')}
        style={{ marginBottom: 16 }}
      />
      <Form<ResetPasswordValues>
        name="resetPassword"
        form={form}
        layout="vertical"
        onFinish={submit}
      >
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          extra={t('users.passwordRule')}
          rules={passwordRules}
        >
          <Input.Password maxLength={MAX_LEN.password} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('users.confirmPasswordRequired') },
            confirmRule('password'),
          ]}
        >
          <Input.Password maxLength={MAX_LEN.password} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
