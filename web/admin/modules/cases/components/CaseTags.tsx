import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { Case, CaseStatus } from '../types/case';

const statusColors: Record<CaseStatus, string> = {
  received: 'gold',
  accepted: 'blue',
  assigned: 'geekblue',
  in_progress: 'processing',
  answered: 'cyan',
  signed_off: 'success',
  returned: 'warning',
  merged: 'default',
  not_accepted: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return <Tag color={statusColors[status]}>{t(`cases.statuses.${status}`)}</Tag>;
}

/** 受理超期 / 超期 in red and 已督办 when the case was escalated; nothing otherwise. */
export function CaseFlags({ c }: { c: Pick<Case, 'acceptOverdue' | 'overdue' | 'escalated'> }) {
  return (
    <>
      {c.acceptOverdue ? <Tag color="error">{t('cases.acceptOverdue')}</Tag> : null}
      {c.overdue ? <Tag color="error">{t('cases.overdue')}</Tag> : null}
      {c.escalated ? <Tag color="volcano">{t('cases.escalated')}</Tag> : null}
    </>
  );
}
