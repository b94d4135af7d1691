import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useLogin } from '../hooks/useLogin';
import type { LoginInput } from '../types/auth';

type LoginFormProps = {
  onSuccess: () => void;
};

export function LoginForm({ onSuccess }: LoginFormProps) {
  const loginMutation = useLogin();

  const submit = (values: LoginInput) => {
    loginMutation.mutate(values, { onSuccess });
  };

  return (
    <Form<LoginInput>
      name="login"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      size="large"
    >
      {loginMutation.error ? (
        <Form.Item>
          <Alert type="error" showIcon title={errorMessage(loginMutation.error)} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          maxLength={MAX_LEN.password}
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
          {t('auth.login')}
        </Button>
      </Form.Item>
    </Form>
  );
}
