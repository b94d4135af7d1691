/** 学习教育 and 查摆整改 (issue 13): the menu headings and the participation page. */
export const learning = {
  menu: {
    group: '学习教育',
    selfExamGroup: '查摆整改',
  },
};
