import { t } from '../../../i18n';
import type { Workflow } from '../../../ui/workflow/useWorkflow';
import { WorkflowActionsPanel } from '../../../ui/workflow/WorkflowActionsPanel';
import { useCaseCategories } from '../hooks/useCases';
import type { CaseDetail } from '../types/case';
import { caseStepPickers } from './CaseStepPickers';

/** How the case's steps look; which are offered, and what they need, is the server's. */
const primary = ['accept', 'assign', 'start', 'answer', 'sign_off'];
const danger = ['not_accept', 'return'];
/** asked once more: the final steps, and those with nothing to fill in */
const confirm = ['accept', 'start', 'sign_off', 'not_accept', 'merge'];

/** 办理 on the case page: the shared panel and dialog, with the case's pickers and hints. */
export function CaseActionsPanel({ c, workflow }: { c: CaseDetail; workflow: Workflow }) {
  const categories = useCaseCategories();
  const category = categories.data?.find((x) => x.id === c.categoryId);
  return (
    <WorkflowActionsPanel
      workflow={workflow}
      primary={primary}
      danger={danger}
      confirm={confirm}
      requireNote={['note']}
      notePlaceholder={t('cases.notePlaceholder')}
      pickers={caseStepPickers}
      hints={{
        categoryId: category?.intakeDefault ? t('cases.acceptClassifyHint') : undefined,
        answer: t('cases.answerHint'),
        publicity: t('cases.publicityHint'),
        cadre: category
          ? t('cases.dueByCategory', { category: category.name, days: category.timeLimitDays })
          : undefined,
      }}
      // 受理 starts from the category as entered; 办结答复 from what was written before
      initialValues={{
        categoryId: c.categoryId,
        answer: c.answer,
        measures: c.measures,
        publicity: c.publicity,
      }}
    />
  );
}
