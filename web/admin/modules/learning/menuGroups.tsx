import { AuditOutlined, ReadOutlined } from '@ant-design/icons';
import type { MenuGroup } from '../shell/manifest';

/**
 * The menu headings of the campaign's first two phases (issue 13): 学习教育 (materials, sessions,
 * the discussion, reflections, service records, participation) and 查摆整改 (self-examination
 * reports, rectification items, the meetings). The feature manifests put their pages under them.
 */
export const learningGroup: MenuGroup = {
  key: 'learning-group',
  label: 'learning.menu.group',
  icon: <ReadOutlined />,
};

export const selfExamGroup: MenuGroup = {
  key: 'self-exam-group',
  label: 'learning.menu.selfExamGroup',
  icon: <AuditOutlined />,
};
