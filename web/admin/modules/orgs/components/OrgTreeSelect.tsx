import { TreeSelect } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { t } from '../../../i18n';
import { useOrgs } from '../hooks/useOrgs';
import type { OrgNode } from '../types/org';

type OrgOption = {
  value: string;
  title: string;
  disabled?: boolean;
  children: OrgOption[];
};

type OrgTreeSelectProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Units that cannot be chosen (e.g. a unit itself and its subtree when moving it). */
  disabledIds?: ReadonlySet<string>;
  style?: CSSProperties;
  'aria-label'?: string;
};

function toOptions(nodes: readonly OrgNode[], disabledIds?: ReadonlySet<string>): OrgOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: disabledIds?.has(node.id) ?? false,
    children: toOptions(node.children, disabledIds),
  }));
}

/** Pick one unit from the tree the user may see; usable as an antd Form control. */
export function OrgTreeSelect({
  id,
  value,
  onChange,
  placeholder,
  allowClear,
  disabledIds,
  style,
  'aria-label': ariaLabel,
}: OrgTreeSelectProps) {
  const { tree, isPending } = useOrgs();
  const treeData = useMemo(() => toOptions(tree, disabledIds), [tree, disabledIds]);
  return (
    <TreeSelect<string>
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      loading={isPending}
      placeholder={placeholder ?? t('orgs.selectOrg')}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ minWidth: 200, ...style }}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto' } } }}
    />
  );
}
