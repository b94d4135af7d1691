import {
  Alert,
  App,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  Modal,
  Select,
  Switch,
  Typography,
} from 'antd';
import { type ComponentType, type ReactNode, useEffect, useRef, useState } from 'react';
import { MAX_LEN } from '../../../../common/limits.ts';
import type { TWorkflowFieldSpec, TWorkflowStepOption } from '../../../../common/workflow.ts';
import { t } from '../../i18n';
import { errorMessage } from '../errors';
import {
  byNameOrType,
  fieldRules,
  hasOwnNote,
  initialValuesOf,
  maxLengthOf,
  NOTE_FIELD,
  noteRules,
  stepBody,
  stepFieldErrors,
  type WorkflowFormValues,
} from './fields';
import type { Workflow } from './useWorkflow';

/**
 * What a kind's picker is given: its field and step, and the dialog's form (to read or clear
 * another field, e.g. the handler of the unit chosen above); `value`, `onChange` and `id` come
 * from the form item, as for any antd form control.
 */
export type WorkflowPickerProps = {
  field: TWorkflowFieldSpec;
  step: TWorkflowStepOption;
  form: FormInstance<WorkflowFormValues>;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
};

/**
 * A kind's controls for the fields the kit cannot render alone, by field name or by field type
 * (`org`, `cadre`, `case_category`, `case`, or any field by its name): the kit never
 * imports a feature, so the page passes its module's pickers in.
 */
export type WorkflowPickers = Partial<Record<string, ComponentType<WorkflowPickerProps>>>;

/** How a kind's page shapes the dialog; everything else comes from the step's field specs. */
export type WorkflowDialogOptions = {
  pickers?: WorkflowPickers;
  /** a hint under a field, by field name or type */
  hints?: Partial<Record<string, ReactNode>>;
  /** what the record holds already, by field name (a re-classification starts from the current) */
  initialValues?: Record<string, unknown>;
  /** steps asked once more in words before they are taken (final ones: 不予受理, 销号 …) */
  confirm?: readonly string[];
  /** steps that refuse or end something: a red button */
  danger?: readonly string[];
  /** steps that are only their note (备注): the note is required */
  requireNote?: readonly string[];
  notePlaceholder?: string;
};

type WorkflowStepDialogProps = WorkflowDialogOptions & {
  workflow: Workflow;
  /** the step being taken; null: closed */
  step: TWorkflowStepOption | null;
  onClose: () => void;
};

function FieldControl({
  field,
  step,
  form,
  pickers,
  ...control
}: WorkflowPickerProps & { pickers?: WorkflowPickers }) {
  const Picker = byNameOrType(pickers, field);
  if (Picker) return <Picker field={field} step={step} form={form} {...control} />;
  const max = maxLengthOf(field);
  const value = control.value as never;
  switch (field.type) {
    case 'textarea':
      return (
        <Input.TextArea
          {...control}
          value={value}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={max}
          showCount
        />
      );
    case 'select':
      return (
        <Select
          {...control}
          value={value}
          options={field.options ?? []}
          allowClear={!field.required}
        />
      );
    case 'date':
      return <DatePicker {...control} value={value} style={{ width: '100%' }} />;
    case 'boolean':
      // the form item hands a switch its value as `checked`
      return <Switch id={control.id} checked={value} onChange={control.onChange} />;
    default:
      // text; and a unit, person, category or case whose kind passed no picker: its id as typed
      return <Input {...control} value={value} maxLength={max} showCount={max !== undefined} />;
  }
}

/**
 * One step of any workflow kind as a small form: the fields the step needs (the server's specs),
 * and a note. The server's refusals show where they belong: a field's message under the field
 * (400 `details`), any other (409: the record moved meanwhile) above the form — the record,
 * its steps and its timeline reload while the user's input stays.
 */
export function WorkflowStepDialog({
  workflow,
  step,
  onClose,
  pickers,
  hints,
  initialValues,
  confirm = [],
  danger = [],
  requireNote = [],
  notePlaceholder,
}: WorkflowStepDialogProps) {
  const [form] = Form.useForm<WorkflowFormValues>();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);

  // Reset when the dialog opens, not when the record reloads: a refused step reloads the record,
  // and the user's input and the server's message must stay.
  const openedFor = useRef<TWorkflowStepOption | null>(null);
  useEffect(() => {
    if (!step) {
      // nothing typed stays behind in the hidden form
      if (openedFor.current) form.resetFields();
      openedFor.current = null;
      return;
    }
    if (openedFor.current === step) return;
    openedFor.current = step;
    form.resetFields();
    form.setFieldsValue(initialValuesOf(step, initialValues));
    setFormError(null);
  }, [step, form, initialValues]);

  const label = step?.label ?? '';
  const asked = step !== null && confirm.includes(step.action);

  const submit = async (values: WorkflowFormValues) => {
    if (!step) return;
    setFormError(null);
    try {
      await workflow.take.mutateAsync(stepBody(step, values));
      void message.success(t('workflow.done', { action: label }));
      onClose();
    } catch (error) {
      const fields = stepFieldErrors(step, error);
      if (fields.length > 0) form.setFields(fields);
      else setFormError(errorMessage(error));
    }
  };

  return (
    <Modal
      open={step !== null}
      title={label}
      okText={t('workflow.submit', { action: label })}
      cancelText={t('common.cancel')}
      okButtonProps={{
        loading: workflow.take.isPending,
        danger: step !== null && danger.includes(step.action),
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      {formError ? (
        <Alert type="error" showIcon title={formError} style={{ marginTop: 16 }} />
      ) : null}
      <Form<WorkflowFormValues>
        name="workflow-step"
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => void submit(values)}
      >
        {step?.fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            rules={fieldRules(field)}
            valuePropName={field.type === 'boolean' ? 'checked' : 'value'}
            extra={byNameOrType(hints, field)}
          >
            <FieldControl field={field} step={step} form={form} pickers={pickers} />
          </Form.Item>
        ))}
        {step && !hasOwnNote(step) ? (
          <Form.Item
            name={NOTE_FIELD}
            label={t('workflow.note')}
            rules={noteRules(requireNote.includes(step.action))}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={notePlaceholder ?? t('workflow.notePlaceholder')}
              maxLength={MAX_LEN.note}
              showCount
            />
          </Form.Item>
        ) : null}
        {asked ? (
          <Typography.Text type="secondary">
            {t('workflow.confirm', { action: label })}
          </Typography.Text>
        ) : null}
      </Form>
    </Modal>
  );
}
