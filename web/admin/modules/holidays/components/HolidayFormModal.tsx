import { App, DatePicker, Form, Input, Modal, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { useSaveHoliday } from '../hooks/useHolidays';
import type { Holiday } from '../types/holiday';

type Values = { date: Dayjs; name: string; workday: boolean };

type Props = {
  open: boolean;
  /** the day being edited, or null for a new one */
  holiday: Holiday | null;
  year: number;
  onClose: () => void;
};

export function HolidayFormModal({ open, holiday, year, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const save = useSaveHoliday();
  const { message } = App.useApp();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      holiday
        ? { date: dayjs(holiday.date), name: holiday.name, workday: holiday.workday }
        : { date: dayjs(`${year}-01-01`), name: '', workday: false },
    );
  }, [open, holiday, year, form]);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await save.mutateAsync({
        date: values.date.format('YYYY-MM-DD'),
        input: { name: values.name.trim(), workday: values.workday },
      });
      void message.success(t('holidays.saved'));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={holiday ? t('holidays.editTitle') : t('holidays.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="date"
          label={t('holidays.date')}
          rules={[{ required: true, message: t('holidays.dateRequired') }]}
        >
          <DatePicker disabled={holiday !== null} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('holidays.name')}
          rules={[{ required: true, whitespace: true, message: t('holidays.nameRequired') }]}
        >
          <Input
            maxLength={MAX_LEN.shortName}
            showCount
            placeholder={t('holidays.namePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="workday"
          label={t('holidays.workday')}
          valuePropName="checked"
          extra={t('holidays.workdayHelp')}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
