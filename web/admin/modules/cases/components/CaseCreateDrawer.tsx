import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Select,
  Upload,
  type UploadFile,
} from 'antd';
import { useEffect, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { PHONE_RE } from '../../../../../common/phone.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { CadreSelect } from '../../cadres/components/CadreSelect';
import { uploadCaseFile } from '../api/casesApi';
import { useCaseCategories, useCreateCase } from '../hooks/useCases';
import {
  type Case,
  type CaseChannel,
  MAX_CASE_CONTENT,
  type RespondentGroup,
  respondentGroups,
  staffEntryChannels,
} from '../types/case';

/** server/modules/attachments ALLOWED_TYPES */
const FILE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
];
const MAX_FILE_BYTES = 10 * 1024 * 1024;

type FormValues = {
  channel: CaseChannel;
  respondentGroup?: RespondentGroup;
  categoryId?: string;
  content?: string;
  anonymous: boolean;
  citizenName?: string;
  citizenPhone?: string;
  addresseeCadreId?: string;
  files: UploadFile[];
};

const initial: Partial<FormValues> = { channel: 'hotline', anonymous: false, files: [] };

type CaseCreateDrawerProps = {
  open: boolean;
  onClose: () => void;
  onCreated: (c: Case) => void;
};

/** 登记诉求: staff enter a case received by hotline, letter, suggestion box, media … */
export function CaseCreateDrawer({ open, onClose, onCreated }: CaseCreateDrawerProps) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const isPhone = !Grid.useBreakpoint().md;
  const categories = useCaseCategories();
  const create = useCreateCase();
  const [uploading, setUploading] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const channel = Form.useWatch('channel', form);
  const anonymous = Form.useWatch('anonymous', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial);
    setFormError(null);
  }, [open, form]);

  const submit = async (values: FormValues) => {
    setFormError(null);
    try {
      setUploading(true);
      const attachments: string[] = [];
      for (const f of values.files ?? []) {
        if (f.originFileObj) attachments.push((await uploadCaseFile(f.originFileObj as File)).id);
      }
      setUploading(false);
      const created = await create.mutateAsync({
        channel: values.channel,
        ...(values.channel === 'field_interview'
          ? { respondentGroup: values.respondentGroup }
          : {}),
        categoryId: values.categoryId ?? '',
        content: values.content?.trim() ?? '',
        anonymous: values.anonymous,
        ...(values.anonymous
          ? {}
          : {
              citizenName: values.citizenName?.trim() || undefined,
              citizenPhone: values.citizenPhone?.trim() || undefined,
            }),
        ...(values.addresseeCadreId ? { addresseeCadreId: values.addresseeCadreId } : {}),
        attachments,
      });
      void message.success(t('cases.created', { code: created.trackingCode }), 6);
      // the citizen's name and phone do not stay behind in the hidden form
      form.resetFields();
      onCreated(created);
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    } finally {
      setUploading(false);
    }
  };

  const busy = uploading || create.isPending;
  return (
    <Drawer
      open={open}
      title={t('cases.createTitle')}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      forceRender
      footer={
        <Flex gap="small" justify="end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {uploading ? t('cases.uploading') : t('common.save')}
          </Button>
        </Flex>
      }
    >
      {formError ? (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<FormValues>
        name="case"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <Flex gap="middle" wrap>
          <Form.Item
            name="channel"
            label={t('cases.channel')}
            rules={[{ required: true, message: t('cases.channelRequired') }]}
            style={{ flex: '1 1 200px' }}
          >
            <Select
              options={staffEntryChannels.map((c) => ({
                value: c,
                label: t(`cases.channels.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="categoryId"
            label={t('cases.category')}
            rules={[{ required: true, message: t('cases.categoryRequired') }]}
            style={{ flex: '1 1 200px' }}
          >
            <Select
              loading={categories.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(categories.data ?? [])
                .filter((c) => c.active)
                .map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </Flex>
        {channel === 'field_interview' ? (
          <Form.Item
            name="respondentGroup"
            label={t('cases.respondentGroup')}
            rules={[{ required: true, message: t('cases.respondentGroupRequired') }]}
          >
            <Select
              options={respondentGroups.map((g) => ({
                value: g,
                label: t(`cases.respondentGroups.${g}`),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="content"
          label={t('cases.contentLabel')}
          rules={[
            { required: true, whitespace: true, message: t('cases.contentMin') },
            { min: 5, message: t('cases.contentMin') },
            { max: MAX_CASE_CONTENT, message: t('cases.contentMax', { max: MAX_CASE_CONTENT }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            placeholder={t('cases.contentPlaceholder')}
            maxLength={MAX_CASE_CONTENT}
            showCount
          />
        </Form.Item>
        <Form.Item name="anonymous" valuePropName="checked">
          <Checkbox>{t('cases.anonymous')}</Checkbox>
        </Form.Item>
        {anonymous ? null : (
          <Flex gap="middle" wrap>
            <Form.Item
              name="citizenName"
              label={t('cases.citizenName')}
              rules={[{ max: MAX_LEN.personName }]}
              style={{ flex: '1 1 200px' }}
            >
              <Input maxLength={MAX_LEN.personName} showCount autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="citizenPhone"
              label={t('cases.citizenPhone')}
              rules={[{ pattern: PHONE_RE, message: t('cases.phoneInvalid') }]}
              style={{ flex: '1 1 200px' }}
            >
              <Input inputMode="tel" maxLength={MAX_LEN.phone} autoComplete="off" />
            </Form.Item>
          </Flex>
        )}
        <Form.Item
          name="addresseeCadreId"
          label={t('cases.addressee')}
          extra={t('cases.addresseeHint')}
        >
          <CadreSelect allowClear placeholder={t('cases.addresseeHint')} />
        </Form.Item>
        {channel === 'letter' ? (
          <Form.Item
            name="files"
            label={t('cases.scans')}
            extra={t('cases.scansHint')}
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
          >
            <Upload
              multiple
              accept={FILE_TYPES.join(',')}
              beforeUpload={(file) => {
                if (!FILE_TYPES.includes(file.type)) {
                  void message.error(t('cases.fileType'));
                  return Upload.LIST_IGNORE;
                }
                if (file.size > MAX_FILE_BYTES) {
                  void message.error(t('cases.fileTooLarge'));
                  return Upload.LIST_IGNORE;
                }
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('cases.addScan')}</Button>
            </Upload>
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
