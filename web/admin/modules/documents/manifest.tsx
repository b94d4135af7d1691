import { AuditOutlined, SolutionOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { learningGroup, selfExamGroup } from '../learning/menuGroups';
import { lazyPage, type MenuGroup, type ModuleManifest } from '../shell/manifest';

/** 六个一: the menu heading of the leading cadres' research topics, letters, cards and board. */
export const sixOnesGroup: MenuGroup = {
  key: 'six-ones-group',
  label: 'documents.menu.group',
  icon: <SolutionOutlined />,
};

/**
 * 调研课题, 公开信, 心得体会, 对照检查材料 (reviewable documents) and 待我审核 (what waits for the
 * reader's review).
 */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'research-topics',
      page: lazyPage('ResearchTopicsPage'),
      title: 'documents.menu.research',
      roles: pageRoles('documents'),
      menu: { order: 81, group: sixOnesGroup },
    },
    {
      path: 'letters',
      page: lazyPage('LettersPage'),
      title: 'documents.menu.letters',
      roles: pageRoles('documents'),
      menu: { order: 82, group: sixOnesGroup },
    },
    {
      path: 'reviews',
      page: lazyPage('ReviewsPage'),
      title: 'documents.menu.reviews',
      roles: ['admin', 'office', 'unit_admin'],
      menu: { order: 85, icon: <AuditOutlined /> },
    },
    // issue 13: 心得体会 (学习教育) and 对照检查材料 (查摆整改)
    {
      path: 'reflections',
      page: lazyPage('ReflectionsPage'),
      title: 'documents.menu.reflections',
      roles: pageRoles('documents'),
      menu: { order: 64, group: learningGroup },
    },
    {
      path: 'self-exams',
      page: lazyPage('SelfExamsPage'),
      title: 'documents.menu.selfExams',
      roles: pageRoles('documents'),
      menu: { order: 71, group: selfExamGroup },
    },
  ],
};
