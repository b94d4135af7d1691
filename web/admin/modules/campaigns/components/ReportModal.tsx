import { UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Slider,
  Upload,
  type UploadFile,
} from 'antd';
import { useEffect, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { apiUpload } from '../../../ui/api';
import { errorMessage } from '../../../ui/errors';
import { inRange } from '../../../ui/forms';
import { useCreateReport } from '../hooks/useCampaigns';
import type { Assignment, AttachmentRef } from '../types/campaign';

type Values = { text: string; percent: number };

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
  const [files, setFiles] = useState<UploadFile<AttachmentRef>[]>([]);
  const uploading = files.some((f) => f.status === 'uploading');

  useEffect(() => {
    if (!assignment) return;
    form.resetFields();
    form.setFieldsValue({ text: '', percent: assignment.percent });
    setFiles([]);
  }, [assignment, form]);

  const submit = (v: Values) => {
    if (!assignment) return;
    const attachmentIds = files.flatMap((f) =>
      f.status === 'done' && f.response ? [f.response.id] : [],
    );
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
        <Form.Item
          label={t('campaigns.assignments.attachments')}
          extra={t('campaigns.assignments.uploadHint')}
        >
          <Upload<AttachmentRef>
            fileList={files}
            multiple
            accept="image/*,.pdf,.doc,.docx,.xlsx"
            customRequest={({ file, onSuccess, onError }) => {
              apiUpload<AttachmentRef>('/api/attachments', file as File)
                .then((saved) => onSuccess?.(saved))
                .catch((error: unknown) => {
                  void message.error(errorMessage(error));
                  onError?.(error as Error);
                });
            }}
            onChange={({ fileList }) => setFiles(fileList.filter((f) => f.status !== 'error'))}
          >
            <Button icon={<UploadOutlined />}>{t('campaigns.assignments.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
