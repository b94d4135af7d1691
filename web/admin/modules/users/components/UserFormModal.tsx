import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import type { Role } from '../../auth/types/auth';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useCreateUser, useUpdateUser } from '../hooks/useUserMutations';
import { isUnitBound, roles, type User, type UserUpdateInput } from '../types/user';
import { passwordRules } from '../utils/password';
import { showErrorOnFields } from '../utils/serverErrors';
import { UnitCadreSelect } from './UnitCadreSelect';

type UserFormValues = {
  username: string;
  name: string;
  role: Role;
  orgId?: string;
  cadreId?: string;
  password?: string;
};

type UserFormModalProps = {
  open: boolean;
  /** The account being edited; null when creating. */
  user: User | null;
  onClose: () => void;
};

/** Same rule as the server: 2–32 characters of letters, digits, _ . - */
const USERNAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));

function toFormValues(user: User | null): Partial<UserFormValues> {
  if (!user) return {};
  return {
    username: user.username,
    name: user.name,
    role: user.role,
    orgId: user.orgId ?? undefined,
    cadreId: user.cadreId ?? undefined,
  };
}

export function UserFormModal({ open, user, onClose }: UserFormModalProps) {
  const [form] = Form.useForm<UserFormValues>();
  const { message } = App.useApp();
  const create = useCreateUser();
  const update = useUpdateUser();
  const role = Form.useWatch('role', form);
  const orgId = Form.useWatch('orgId', form);
  const unitBound = isUnitBound(role);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toFormValues(user));
  }, [open, user, form]);

  const shownFields = [
    'username',
    'name',
    'role',
    ...(unitBound ? ['orgId', 'cadreId'] : []),
    ...(user ? [] : ['password']),
  ];
  const onError = (error: unknown) => {
    if (!showErrorOnFields(form, error, shownFields)) void message.error(errorMessage(error));
  };
  const onSuccess = () => {
    void message.success(user ? t('common.saved') : t('users.created'));
    onClose();
  };

  const submit = (values: UserFormValues) => {
    // The unit and the linked cadre belong to unit-bound roles only.
    const binding = {
      role: values.role,
      orgId: unitBound ? (values.orgId ?? null) : null,
      cadreId: unitBound ? (values.cadreId ?? null) : null,
    };
    if (!user) {
      create.mutate(
        {
          username: values.username.trim(),
          name: values.name.trim(),
          password: values.password ?? '',
          ...binding,
        },
        { onSuccess, onError },
      );
      return;
    }
    const input: UserUpdateInput = {
      name: values.name.trim(),
      role: binding.role,
      cadreId: binding.cadreId,
      // other roles keep the unit they had (e.g. the office an inspector works in)
      ...(unitBound ? { orgId: binding.orgId } : {}),
    };
    update.mutate({ id: user.id, input }, { onSuccess, onError });
  };

  return (
    <Modal
      open={open}
      title={user ? t('users.editTitle') : t('users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form<UserFormValues>
        name="user"
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<UserFormValues>) => {
          // a cadre of the old unit cannot stay linked
          if ('orgId' in changed) form.setFieldValue('cadreId', undefined);
        }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="username"
              label={t('users.username')}
              extra={user ? t('users.usernameFixed') : undefined}
              rules={[
                { required: true, whitespace: true, message: t('users.usernameRequired') },
                { min: 2, max: 32, message: t('users.usernameLength') },
                { pattern: USERNAME_PATTERN, message: t('users.usernameInvalid') },
              ]}
            >
              <Input
                maxLength={MAX_LEN.username}
                showCount
                disabled={user !== null}
                autoComplete="off"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={t('users.name')}
              rules={[{ required: true, whitespace: true, message: t('users.nameRequired') }]}
            >
              <Input maxLength={MAX_LEN.personName} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="role"
              label={t('users.role')}
              rules={[{ required: true, message: t('users.roleRequired') }]}
            >
              <Select options={roleOptions} />
            </Form.Item>
          </Col>
          {unitBound ? (
            <>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="orgId"
                  label={t('users.org')}
                  rules={[{ required: true, message: t('users.orgRequired') }]}
                >
                  <OrgTreeSelect style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item
                  name="cadreId"
                  label={t('users.cadre')}
                  extra={t('users.cadreHint')}
                  rules={[{ required: role === 'cadre', message: t('users.cadreRequired') }]}
                >
                  <UnitCadreSelect
                    orgId={orgId}
                    currentLabel={user && user.orgId === orgId ? user.cadreName : null}
                  />
                </Form.Item>
              </Col>
            </>
          ) : null}
          {user ? null : (
            <Col xs={24} sm={12}>
              <Form.Item
                name="password"
                label={t('users.password')}
                extra={t('users.passwordRule')}
                rules={passwordRules}
              >
                <Input.Password maxLength={MAX_LEN.password} autoComplete="new-password" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
