import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { t } from '../../../i18n';
import { useOrgs } from '../hooks/useOrgs';
import type { OrgNode } from '../types/org';

type Option = { value: string; title: string; children: Option[] };
const toOptions = (nodes: readonly OrgNode[]): Option[] =>
  nodes.map((n) => ({ value: n.id, title: n.name, children: toOptions(n.children) }));

/** Pick several units from the tree (each unit on its own: a parent does not select its children). */
export function OrgMultiSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  const { tree, isPending } = useOrgs();
  const treeData = useMemo(() => toOptions(tree), [tree]);
  return (
    <TreeSelect<string[]>
      id={id}
      multiple
      value={value}
      onChange={(next) => onChange?.(next)}
      treeData={treeData}
      loading={isPending}
      placeholder={t('orgs.selectOrg')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      maxTagCount="responsive"
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto' } } }}
    />
  );
}
