import { App, Form, Input, Modal, Radio } from 'antd';
import { DISCUSSION_REPORT_REASONS } from '../../../../../common/discussion-terms.ts';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { ApiError } from '../../../ui/api';
import { useReport } from '../api/discussionApi';
import type { DiscussionPost, DiscussionReportReason } from '../types/discussion';

type Values = { reason: DiscussionReportReason; note?: string };

/** 举报: one of the three reasons (and a note); the server's refusal is said in its words. */
export function ReportDialog({
  post,
  onClose,
}: {
  post: DiscussionPost | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const report = useReport();
  const { message } = App.useApp();
  const submit = async () => {
    if (!post) return;
    const values = await form.validateFields();
    try {
      const result = await report.mutateAsync({ post, ...values });
      void message.success(t(result.hidden ? 'discussion.reportHidden' : 'discussion.reportDone'));
      form.resetFields();
      onClose();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Modal
      open={post !== null}
      title={t('discussion.reportTitle')}
      okText={t('discussion.reportSend')}
      okButtonProps={{ danger: true, loading: report.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" name="discussion-report">
        <Form.Item
          name="reason"
          label={t('discussion.reportReason')}
          rules={[{ required: true, message: t('discussion.reportReasonRequired') }]}
        >
          <Radio.Group
            options={DISCUSSION_REPORT_REASONS.map((r) => ({
              value: r,
              label: t(`discussion.reasons.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('discussion.reportNote')}>
          <Input.TextArea rows={2} maxLength={MAX_LEN.reason} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
