import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Upload, type UploadFile } from 'antd';
import { apiUpload } from './api';
import { errorMessage } from './errors';

/** What an upload answers: the stored file (POST /api/attachments). */
type Uploaded = { id: string };

/** The uploads of a form, as the ids the API claims (those that finished uploading). */
export const uploadedIds = (files: UploadFile<Uploaded>[] | undefined): string[] =>
  (files ?? []).flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));

/** Whether a file of the form is still on its way up (its OK button waits). */
export const stillUploading = (files: UploadFile[] | undefined): boolean =>
  (files ?? []).some((f) => f.status === 'uploading');

/**
 * 附件 in a form: files go up one by one as they are chosen (POST /api/attachments), kept in the
 * form under `name`; the record's save sends `uploadedIds(values[name])`, which the server claims
 * in the record's transaction. A failed upload is said in words and dropped from the list.
 */
export function UploadsField(props: {
  name?: string;
  label: string;
  hint: string;
  button: string;
}) {
  const { message } = App.useApp();
  return (
    <Form.Item
      name={props.name ?? 'uploads'}
      label={props.label}
      extra={props.hint}
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
        <Button icon={<UploadOutlined />}>{props.button}</Button>
      </Upload>
    </Form.Item>
  );
}
