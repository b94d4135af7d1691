/** 系统设置: rules users may change (receipt caps, and more to come). */
export const settings = {
  menu: '系统设置',
  title: '系统设置',
  intro:
    '以下规则以数据形式保存，修改后立即生效并记入审计日志。初始值取自 2014 年活动方案或系统默认值。',
  label: '设置项',
  description: '说明',
  value: '当前值',
  unit: '单位',
  updatedBy: '最近修改人',
  updatedAt: '最近修改时间',
  never: '未修改（初始值）',
  edit: '修改',
  editTitle: '修改系统设置',
  range: '取值范围 {min} 至 {max}',
  defaultIs: '初始值 {value}',
  valueRequired: '请填写取值',
  saved: '设置已保存',
  empty: '暂无设置项',
};
