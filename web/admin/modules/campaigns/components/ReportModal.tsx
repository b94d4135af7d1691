import { App, Form, Input, InputNumber, Modal, Slider, type UploadFile } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { inRange } from '../../../ui/forms';
import { stillUploading, UploadsField, uploadedIds } from '../../../ui/UploadsField';
import { useCreateReport } from '../hooks/useCampaigns';
import type { Assignment } from '../types/campaign';

type Values = { text: string; percent: number; uploads?: UploadFile[] };

/**
 * 填报进展: text, percent (slider and number) and attachments. Files are uploaded first
 * (POST /api/attachments) and their ids sent with the report.
 */
export function ReportModal({
  assignment,
  onClose,
}: {
  assignment: Assignment | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateReport();
  const uploading = stillUploading(Form.useWatch('uploads', form));

  useEffect(() => {
    if (!assignment) return;
    form.resetFields();
    form.setFieldsValue({ text: '', percent: assignment.percent, uploads: [] });
  }, [assignment, form]);

  const submit = (v: Values) => {
    if (!assignment) return;
    const attachmentIds = uploadedIds(v.uploads);
    create.mutate(
      { id: assignment.id, input: { text: v.text.trim(), percent: v.percent, attachmentIds } },
      {
        onSuccess: () => {
          void message.success(t('campaigns.assignments.reported'));
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Modal
      open={assignment !== null}
      title={
        assignment
          ? t('campaigns.assignments.reportTitle', { activity: assignment.activityTitle })
          : ''
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ disabled: uploading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
      forceRender
    >
      <Form<Values> name="report" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="text"
          label={t('campaigns.assignments.reportText')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('campaigns.assignments.reportTextRequired'),
            },
          ]}
        >
          <Input.TextArea
            rows={5}
            maxLength={MAX_LEN.longText}
            showCount
            placeholder={t('campaigns.assignments.reportTextPlaceholder')}
          />
        </Form.Item>
        <Form.Item label={t('campaigns.assignments.reportPercent')} required>
          <Form.Item name="percent" noStyle>
            <Slider min={0} max={100} step={5} marks={{ 0: '0', 50: '50', 100: '100' }} />
          </Form.Item>
          <Form.Item name="percent" noStyle rules={[inRange(0, 100)]}>
            <InputNumber
              precision={0}
              suffix="%"
              aria-label={t('campaigns.assignments.reportPercent')}
            />
          </Form.Item>
        </Form.Item>
        <UploadsField
          label={t('campaigns.assignments.attachments')}
          hint={t('campaigns.assignments.uploadHint')}
          button={t('campaigns.assignments.upload')}
        />
      </Form>
    </Modal>
  );
}
