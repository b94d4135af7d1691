import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, List, Upload, type UploadFile } from 'antd';
import { t } from '../../../i18n';
import { apiUpload } from '../../../ui/api';
import { errorMessage } from '../../../ui/errors';
import type { AnyDocument } from '../types/document';

type Uploaded = AnyDocument['attachments'][number];
const C = 'documents.common' as const;

/** The uploads of the form, as the ids the API claims (those that finished uploading). */
export const uploadedIds = (files: UploadFile<Uploaded>[] | undefined): string[] =>
  (files ?? []).flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));

/** 附件 in the form: files go up one by one as chosen, and are attached when the form saves. */
export function UploadsField() {
  const { message } = App.useApp();
  return (
    <Form.Item
      name="uploads"
      label={t(`${C}.attachments`)}
      extra={t(`${C}.attachmentsHint`)}
      valuePropName="fileList"
      getValueFromEvent={(e: { fileList: UploadFile<Uploaded>[] }) =>
        e.fileList.filter((f) => f.status !== 'error')
      }
    >
      <Upload<Uploaded>
        multiple
        accept="image/*,.pdf,.doc,.docx,.xlsx"
        customRequest={({ file, onSuccess, onError }) => {
          apiUpload<Uploaded>('/api/attachments', file as File)
            .then((saved) => onSuccess?.(saved))
            .catch((error: unknown) => {
              void message.error(errorMessage(error));
              onError?.(error as Error);
            });
        }}
      >
        <Button icon={<UploadOutlined />}>{t(`${C}.upload`)}</Button>
      </Upload>
    </Form.Item>
  );
}

/** 附件 in the drawer: each file a link (opened with the reader's rights). */
export function DocumentFiles({ doc }: { doc: AnyDocument }) {
  if (doc.attachments.length === 0) return null;
  return (
    <Card size="small" title={t(`${C}.attachments`)}>
      <List
        size="small"
        dataSource={doc.attachments}
        renderItem={(a) => (
          <List.Item>
            <a href={a.url} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {a.fileName}
            </a>
          </List.Item>
        )}
      />
    </Card>
  );
}
