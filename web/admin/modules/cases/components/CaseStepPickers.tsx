import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import type { WorkflowPickerProps, WorkflowPickers } from '../../../ui/workflow/WorkflowStepDialog';
import { HandlerSelect } from '../../cadres/components/HandlerSelect';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { searchCases } from '../api/casesApi';
import { useCaseCategories } from '../hooks/useCases';

/** The step's field of this type, if it has one (交办 and 转办 have a unit and a person). */
const fieldOfType = (p: WorkflowPickerProps, type: 'org' | 'cadre') =>
  p.step.fields.find((f) => f.type === type)?.name;

/** 承办单位: a unit from the tree; choosing another clears the person chosen of the last one. */
function OrgPicker(p: WorkflowPickerProps) {
  return (
    <OrgTreeSelect
      id={p.id}
      value={p.value as string | undefined}
      style={{ width: '100%' }}
      onChange={(next) => {
        p.onChange?.(next);
        const person = fieldOfType(p, 'cadre');
        if (person) p.form.setFieldValue(person, undefined);
      }}
    />
  );
}

/** 承办人: an active cadre of the unit chosen in the same step. */
function CadrePicker(p: WorkflowPickerProps) {
  // a step with a person and no unit has no unit to watch: the person cannot be chosen
  const orgId = Form.useWatch(fieldOfType(p, 'org') ?? 'noUnitInThisStep', p.form) as
    | string
    | undefined;
  return (
    <HandlerSelect
      id={p.id}
      orgId={orgId}
      value={p.value as string | undefined}
      onChange={p.onChange}
    />
  );
}

/** 受理's re-classification: the active categories, and the one the case is filed under. */
function CategoryPicker(p: WorkflowPickerProps) {
  const categories = useCaseCategories();
  return (
    <Select<string>
      id={p.id}
      value={p.value as string | undefined}
      onChange={p.onChange}
      showSearch={{ optionFilterProp: 'label' }}
      loading={categories.isPending}
      options={(categories.data ?? [])
        .filter((x) => x.active || x.id === p.value)
        .map((x) => ({ value: x.id, label: x.name }))}
    />
  );
}

/** 合并: the case to merge into, found by its tracking code (or its words) among those in scope. */
function MergeTargetPicker(p: WorkflowPickerProps) {
  const [q, setQ] = useState('');
  const code = q.trim().toUpperCase();
  const found = useQuery({
    queryKey: ['cases', 'merge-target', code],
    queryFn: () => searchCases(code),
    enabled: code.length >= 2,
    staleTime: 30_000,
  });
  return (
    <Select<string>
      id={p.id}
      value={p.value as string | undefined}
      onChange={p.onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('cases.mergeIntoPlaceholder')}
      loading={found.isFetching}
      notFoundContent={code.length >= 2 ? t('cases.mergeIntoNotFound', { code }) : null}
      options={(found.data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.trackingCode}　${c.content.slice(0, 24)}`,
      }))}
    />
  );
}

/** The case's own controls in the shared step dialog, by field type. */
export const caseStepPickers: WorkflowPickers = {
  org: OrgPicker,
  cadre: CadrePicker,
  case_category: CategoryPicker,
  case: MergeTargetPicker,
};
