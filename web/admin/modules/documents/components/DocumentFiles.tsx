import { PaperClipOutlined } from '@ant-design/icons';
import { Card, List } from 'antd';
import { t } from '../../../i18n';
import type { AnyDocument } from '../types/document';

const C = 'documents.common' as const;

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
