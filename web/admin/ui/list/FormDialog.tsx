import { App, Col, Form, type FormInstance, Modal, Row } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { t } from '../../i18n';
import { ApiError } from '../api';
import { errorMessage } from '../errors';
import { applyFieldErrors } from '../forms';
import { FormControl } from './FieldControl';
import type { Field } from './fields';

const isText = (field: Field<never>) =>
  field.kind === 'text' || field.kind === 'textarea' || field.kind === 'password';

type FormDialogProps<Row, Values> = {
  /** the form's name: its fields' ids are `<name>_<field>` */
  name: string;
  /** the row being edited, null for a new one, undefined when the dialog is closed */
  editing: Row | null | undefined;
  title: { create: string; edit: string };
  fields: readonly Field<never>[];
  /** the values the form opens with (a new row's defaults when `row` is null) */
  initialValues: (row: Row | null) => Partial<Values>;
  /** saves; a 400 with `details` puts each message under its field */
  onSubmit: (values: Values, row: Row | null) => Promise<unknown>;
  onClose: () => void;
  /** the server's name of a field the form holds under another (a period's end under `dates`) */
  aliases?: Record<string, string>;
  /** failures whose code is about one field (`{ DUPLICATE: 'username' }`): shown under it */
  codeFields?: Record<string, string>;
  width?: number;
  /** a change of some values that changes others (a new unit unlinks the cadre of the old one) */
  onValuesChange?: (changed: Partial<Values>, form: FormInstance<Values>) => void;
  /** said when it saved (default 已保存), or made from the values and what `onSubmit` answered */
  done?: string | ((values: Values, saved: unknown) => string);
  /** anything below the fields */
  children?: ReactNode;
  /** above the fields (what the dialog will do) */
  intro?: ReactNode;
  /** the button's word (default 保存): 创建, 复制 */
  okText?: string;
};

/**
 * The create/edit dialog of a list, built from field specs: two fields a row on a wide screen,
 * one on a phone; the server's per-field messages (400 `details: [{ field, message }]`) appear
 * under the fields, any other failure as a message.
 */
export function FormDialog<Row, Values extends object>({
  name,
  editing,
  title,
  fields,
  initialValues,
  onSubmit,
  onClose,
  aliases,
  codeFields = {},
  onValuesChange,
  width = 640,
  done = t('common.saved'),
  children,
  intro,
  okText = t('common.save'),
}: FormDialogProps<Row, Values>) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const open = editing !== undefined;
  const row = editing ?? null;
  const [saving, setSaving] = useState(false);
  const values = (Form.useWatch([], form) ?? {}) as Record<string, unknown>;

  // biome-ignore lint/correctness/useExhaustiveDependencies: refilled when another row opens, not when the page draws again
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(row) as Parameters<typeof form.setFieldsValue>[0]);
  }, [open, row, form]);

  const shown = fields.filter((field) => field.shownWhen?.(values) ?? true);
  const submit = async (submitted: Values) => {
    setSaving(true);
    try {
      const saved = await onSubmit(submitted, row);
      void message.success(typeof done === 'function' ? done(submitted, saved) : done);
      onClose();
    } catch (error) {
      const known = new Set(shown.map((f) => f.name));
      const field = error instanceof ApiError ? codeFields[error.code] : undefined;
      if (field && known.has(field)) {
        form.setFields([{ name: field, errors: [errorMessage(error)] }] as never);
      } else if (!applyFieldErrors(form, error, aliases, known))
        void message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={row ? title.edit : title.create}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      width={width}
      forceRender
    >
      {intro}
      <Form<Values>
        name={name}
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>) => onValuesChange?.(changed, form)}
        scrollToFirstError
      >
        <Row gutter={16}>
          {shown.map((field) =>
            field.element ? (
              <Col key={field.name} span={24}>
                {field.element}
              </Col>
            ) : (
              <Col key={field.name} xs={24} sm={field.span ?? (field.wide ? 24 : 12)}>
                <Form.Item
                  name={field.name}
                  label={field.label}
                  valuePropName={field.kind === 'boolean' ? 'checked' : undefined}
                  {...field.item}
                  rules={[
                    // blanks are no text; a rule that names `whitespace` at all is checked as
                    // a string (async-validator), which refuses a date or a number
                    ...(field.required
                      ? [
                          isText(field)
                            ? { required: true, whitespace: true, message: field.required }
                            : { required: true, message: field.required },
                        ]
                      : []),
                    ...(field.item?.rules ?? []),
                  ]}
                >
                  <FormControl field={field} />
                </Form.Item>
              </Col>
            ),
          )}
        </Row>
        {children}
      </Form>
    </Modal>
  );
}
