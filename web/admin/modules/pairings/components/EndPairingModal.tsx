import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { useEndPairing } from '../hooks/usePairings';
import type { Pairing } from '../types/pairing';

type FormValues = { endDate: Dayjs; reason: string };

/** Ends a pairing with its last day and a reason; the pairing stays as history. */
export function EndPairingModal({
  pairing,
  onClose,
}: {
  pairing: Pairing | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const end = useEndPairing();

  useEffect(() => {
    if (!pairing) return;
    form.resetFields();
    form.setFieldsValue({ endDate: dayjs() });
  }, [pairing, form]);

  const submit = (values: FormValues) => {
    if (!pairing) return;
    end.mutate(
      {
        id: pairing.id,
        input: { endDate: values.endDate.format('YYYY-MM-DD'), reason: values.reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('households.pairings.ended'));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={pairing !== null}
      title={
        pairing
          ? t('households.pairings.endTitle', {
              cadre: pairing.cadreName,
              household: pairing.householdHeadName,
            })
          : ''
      }
      okText={t('households.pairings.end')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={end.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<FormValues> name="endPairing" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="endDate"
          label={t('households.pairings.endDate')}
          rules={[{ required: true, message: t('households.pairings.endDateRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) =>
              d.isAfter(dayjs(), 'day') ||
              (pairing ? d.isBefore(dayjs(pairing.startDate), 'day') : false)
            }
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('households.pairings.endReason')}
          rules={[
            { required: true, whitespace: true, message: t('households.pairings.reasonRequired') },
          ]}
        >
          <Input
            maxLength={MAX_LEN.reason}
            showCount
            placeholder={t('households.pairings.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
