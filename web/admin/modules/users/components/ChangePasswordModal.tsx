import { App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useChangeOwnPassword } from '../hooks/useUserMutations';
import { confirmRule, passwordRules } from '../utils/password';
import { showErrorOnFields } from '../utils/serverErrors';
import { OwnSessions } from './OwnSessions';

type ChangePasswordValues = {
  currentPassword: string;
  newPassword: string;
  confirm: string;
};

type ChangePasswordModalProps = {
  open: boolean;
  onClose: () => void;
};

/** 修改密码 — any signed-in user changes their own (their other devices are signed out); 登录设备 below. */
export function ChangePasswordModal({ open, onClose }: ChangePasswordModalProps) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const { message } = App.useApp();
  const change = useChangeOwnPassword();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = (values: ChangePasswordValues) => {
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          void message.success(t('users.passwordChanged'));
          onClose();
        },
        onError: (error) => {
          if (!showErrorOnFields(form, error, ['currentPassword', 'newPassword']))
            void message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('users.changePasswordTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<ChangePasswordValues>
        name="changePassword"
        form={form}
        layout="vertical"
        onFinish={submit}
      >
        <Form.Item
          name="currentPassword"
          label={t('users.currentPassword')}
          rules={[{ required: true, message: t('users.currentPasswordRequired') }]}
        >
          <Input.Password maxLength={MAX_LEN.password} autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('users.newPassword')}
          extra={t('users.passwordRule')}
          dependencies={['currentPassword']}
          rules={[
            ...passwordRules,
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value !== getFieldValue('currentPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.passwordSameAsCurrent'))),
            }),
          ]}
        >
          <Input.Password maxLength={MAX_LEN.password} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('users.confirmPasswordRequired') },
            confirmRule('newPassword'),
          ]}
        >
          <Input.Password maxLength={MAX_LEN.password} autoComplete="new-password" />
        </Form.Item>
      </Form>
      <OwnSessions open={open} />
    </Modal>
  );
}
