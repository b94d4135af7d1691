import { Card, Empty, Input, Tree, type TreeDataNode, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { t } from '../../../i18n';
import type { OrgNode } from '../types/org';
import { ancestorIds, filterOrgTree, topLevelIds } from '../utils/orgTree';

type OrgTreePanelProps = {
  tree: readonly OrgNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

function highlight(name: string, query: string): ReactNode {
  const needle = query.trim().toLowerCase();
  const index = needle ? name.toLowerCase().indexOf(needle) : -1;
  if (index < 0) return name;
  return (
    <>
      {name.slice(0, index)}
      <Typography.Text mark>{name.slice(index, index + needle.length)}</Typography.Text>
      {name.slice(index + needle.length)}
    </>
  );
}

function toTreeData(nodes: readonly OrgNode[], query: string): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    title: highlight(node.name, query),
    children: toTreeData(node.children, query),
  }));
}

/** The organisation tree with a search box that filters it down to the matches. */
export function OrgTreePanel({ tree, selectedId, onSelect }: OrgTreePanelProps) {
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string[]>([]);
  const filtered = useMemo(() => filterOrgTree(tree, query), [tree, query]);
  const treeData = useMemo(() => toTreeData(filtered.roots, query), [filtered, query]);

  // Open the first two levels once the tree arrives.
  useEffect(() => {
    setExpanded((current) => (current.length > 0 ? current : topLevelIds(tree, 2)));
  }, [tree]);

  // Keep the selected unit visible, e.g. after it was created or moved under a closed node.
  useEffect(() => {
    if (!selectedId) return;
    const above = ancestorIds(tree, selectedId);
    setExpanded((current) => {
      const missing = above.filter((id) => !current.includes(id));
      return missing.length > 0 ? [...current, ...missing] : current;
    });
  }, [tree, selectedId]);

  const searching = query.trim() !== '';
  return (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      <Input.Search
        allowClear
        placeholder={t('orgs.searchPlaceholder')}
        aria-label={t('orgs.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
        style={{ marginBottom: 12 }}
      />
      {treeData.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.empty')} />
      ) : (
        <Tree
          blockNode
          showLine
          treeData={treeData}
          expandedKeys={searching ? filtered.expand : expanded}
          onExpand={(keys) => {
            if (!searching) setExpanded(keys.map(String));
          }}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => {
            const [key] = keys;
            if (key !== undefined) onSelect(String(key));
          }}
        />
      )}
    </Card>
  );
}
