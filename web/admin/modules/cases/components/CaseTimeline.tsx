import type { TWorkflowEvent } from '../../../../../common/workflow.ts';
import { t } from '../../../i18n';
import type { Workflow } from '../../../ui/workflow/useWorkflow';
import { WorkflowTimeline } from '../../../ui/workflow/WorkflowTimeline';

const colors: Partial<Record<string, string>> = {
  submit: 'blue',
  assign: 'blue',
  transfer: 'blue',
  answer: 'green',
  sign_off: 'green',
  return: 'orange',
  not_accept: 'red',
  merge: 'gray',
  note: 'gray',
};

/** A step nobody is named for: the citizen's own (提交, 评价), else a job's. */
const actorOf = (e: TWorkflowEvent) =>
  e.action === 'submit' || e.action === 'rate' ? t('cases.citizenActor') : undefined;

/** 办理过程 of a case: the shared timeline with the case's colours. */
export function CaseTimeline({ workflow }: { workflow: Workflow }) {
  return <WorkflowTimeline workflow={workflow} colors={colors} actorOf={actorOf} />;
}
