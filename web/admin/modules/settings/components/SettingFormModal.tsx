import { App, Form, Input, InputNumber, Modal, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { useSaveSetting } from '../hooks/useSettings';
import type { Setting, SettingValue } from '../types/setting';

type Values = { value: SettingValue };

type Props = {
  /** the setting being edited; null: the dialog is closed */
  setting: Setting | null;
  onClose: () => void;
};

/** Changes one setting; the server checks the value against the setting's bounds. */
export function SettingFormModal({ setting, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const save = useSaveSetting();
  const { message } = App.useApp();

  useEffect(() => {
    if (!setting) return;
    form.resetFields();
    form.setFieldsValue({ value: setting.value });
  }, [setting, form]);

  const submit = async () => {
    if (!setting) return;
    const values = await form.validateFields();
    try {
      await save.mutateAsync({ key: setting.key, value: values.value });
      void message.success(t('settings.saved'));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    }
  };

  const input = setting?.input;
  const range =
    input?.kind === 'integer'
      ? t('settings.range', { min: input.min ?? '', max: input.max ?? '' })
      : undefined;

  return (
    <Modal
      open={setting !== null}
      title={t('settings.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {setting ? (
        <Form form={form} layout="vertical">
          <Typography.Paragraph strong>{setting.label}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{setting.description}</Typography.Paragraph>
          <Form.Item
            name="value"
            label={t('settings.value')}
            valuePropName={input?.kind === 'boolean' ? 'checked' : 'value'}
            extra={[range, t('settings.defaultIs', { value: String(setting.defaultValue) })]
              .filter(Boolean)
              .join('；')}
            rules={[{ required: true, message: t('settings.valueRequired') }]}
          >
            {input?.kind === 'integer' ? (
              <InputNumber
                min={input.min}
                max={input.max}
                precision={0}
                addonAfter={setting.unit || undefined}
                style={{ width: 220 }}
              />
            ) : input?.kind === 'boolean' ? (
              <Switch />
            ) : (
              <Input maxLength={2000} />
            )}
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
