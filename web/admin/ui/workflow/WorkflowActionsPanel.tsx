import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { TWorkflowStepOption } from '../../../../common/workflow.ts';
import { t } from '../../i18n';
import { QueryError } from '../QueryError';
import type { Workflow } from './useWorkflow';
import { type WorkflowDialogOptions, WorkflowStepDialog } from './WorkflowStepDialog';

type WorkflowActionsPanelProps = WorkflowDialogOptions & {
  workflow: Workflow;
  /** the forward steps: primary buttons (the refusing ones, `danger`, are red) */
  primary?: readonly string[];
};

/**
 * 办理: the steps the signed-in user may take on the record now — exactly the server's
 * (GET …/actions), as buttons; each opens the step dialog built from the step's fields.
 */
export function WorkflowActionsPanel({
  workflow,
  primary = [],
  ...dialog
}: WorkflowActionsPanelProps) {
  const { steps } = workflow;
  const [open, setOpen] = useState<TWorkflowStepOption | null>(null);
  return (
    <Card title={t('workflow.actions')} size="small">
      {steps.error ? (
        <QueryError error={steps.error} onRetry={() => void steps.refetch()} />
      ) : !steps.data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : steps.data.length === 0 ? (
        <Typography.Text type="secondary">{t('workflow.noActions')}</Typography.Text>
      ) : (
        <Flex wrap gap="small">
          {steps.data.map((step) => (
            <Button
              key={step.action}
              type={primary.includes(step.action) ? 'primary' : 'default'}
              danger={dialog.danger?.includes(step.action)}
              onClick={() => setOpen(step)}
            >
              {step.label}
            </Button>
          ))}
        </Flex>
      )}
      <WorkflowStepDialog
        {...dialog}
        workflow={workflow}
        step={open}
        onClose={() => setOpen(null)}
      />
    </Card>
  );
}
