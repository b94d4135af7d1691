import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { t } from '../../../i18n';
import type { AuditEvent } from '../types/audit';
import { changedKeys, prettyJson } from '../utils/diff';

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <Card size="small" title={title}>
      <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12 }}>
        {prettyJson(value)}
      </pre>
    </Card>
  );
}

/** Before and after of one audited write, with the fields that changed. */
export function AuditChanges({ event }: { event: AuditEvent }) {
  const changed = changedKeys(event.before, event.after);
  const hasBoth = event.before != null && event.after != null;
  return (
    <Flex vertical gap="small">
      {hasBoth ? (
        <Flex wrap gap={4} align="center">
          <Typography.Text type="secondary">{t('audit.changedFields')}：</Typography.Text>
          {changed.length > 0 ? (
            changed.map((key) => (
              <Tag key={key} color="orange">
                {key}
              </Tag>
            ))
          ) : (
            <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
          )}
        </Flex>
      ) : null}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <JsonBlock title={t('audit.before')} value={event.before} />
        </Col>
        <Col xs={24} md={12}>
          <JsonBlock title={t('audit.after')} value={event.after} />
        </Col>
      </Row>
    </Flex>
  );
}
