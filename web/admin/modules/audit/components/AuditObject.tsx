import { Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import { EMPTY_CELL } from '../../../ui/format';
import type { AuditEvent } from '../types/audit';
import { objectLink } from '../utils/objectLink';

/**
 * The object of an audit row by its name, a link to its page where it has one; the id stays at
 * hand (tooltip, and copyable) but is not what is shown. A deleted object shows 已删除 — its
 * name is in the summary beside it.
 */
export function AuditObject({ event }: { event: AuditEvent }) {
  const { entityId, object } = event;
  if (!entityId) return <>{EMPTY_CELL}</>;
  const name = object ? (object.name ?? t('audit.objectDeleted')) : null;
  const href = objectLink(event);
  const shown = name ?? entityId;
  return (
    <Typography.Text
      copyable={{ text: entityId }}
      type={object && object.name === null ? 'secondary' : undefined}
    >
      <Tooltip title={t('audit.objectIdTip', { id: entityId })}>
        {href ? <Link to={href}>{shown}</Link> : <span>{shown}</span>}
      </Tooltip>
    </Typography.Text>
  );
}
