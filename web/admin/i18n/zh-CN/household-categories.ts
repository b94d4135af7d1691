/** 住户类别 (系统设置): the categories a household may carry, and which count as poor. */
export const householdCategories = {
  title: '住户类别',
  intro:
    '住户可选的类别（2014 年方案：贫困户、舆情户、老党员户、产业大户）。勾选“计为贫困户”的类别，在结对概况和达标情况中按贫困户统计。类别不能删除，不再使用的请停用：已有住户保留该类别。',
  code: '代码',
  label: '名称',
  sortOrder: '排序',
  countsAsPoor: '计为贫困户',
  active: '状态',
  activeOn: '使用中',
  activeOff: '已停用',
  add: '新增类别',
  codeHint: '代码：小写字母开头，只含小写字母、数字和下划线；保存后不能修改',
  codeRequired: '请填写代码',
  labelRequired: '请填写名称',
  saved: '住户类别已保存',
  empty: '暂无住户类别',
};
