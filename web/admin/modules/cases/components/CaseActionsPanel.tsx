import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { QueryError } from '../../../ui/QueryError';
import { useCaseActions } from '../hooks/useCases';
import type { Case, CaseAction, CaseActionOption } from '../types/case';
import { CaseActionModal } from './CaseActionModal';

/** Forward steps are the primary buttons; refusing steps are red. */
const primary: readonly CaseAction[] = ['accept', 'assign', 'start', 'answer', 'sign_off'];
const danger: readonly CaseAction[] = ['not_accept', 'return'];

/** The steps the signed-in user may take now, as the server's lifecycle table says. */
export function CaseActionsPanel({ c }: { c: Case }) {
  const actions = useCaseActions(c.id);
  const [open, setOpen] = useState<CaseActionOption | null>(null);
  return (
    <Card title={t('cases.actions')} size="small">
      {actions.error ? (
        <QueryError error={actions.error} onRetry={() => void actions.refetch()} />
      ) : !actions.data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : actions.data.length === 0 ? (
        <Typography.Text type="secondary">{t('cases.noActions')}</Typography.Text>
      ) : (
        <Flex wrap gap="small">
          {actions.data.map((option) => (
            <Button
              key={option.action}
              type={primary.includes(option.action) ? 'primary' : 'default'}
              danger={danger.includes(option.action)}
              onClick={() => setOpen(option)}
            >
              {t(`cases.actionLabels.${option.action}`)}
            </Button>
          ))}
        </Flex>
      )}
      <CaseActionModal c={c} option={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
