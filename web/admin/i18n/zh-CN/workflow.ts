/**
 * The workflow kit (ui/workflow): the actions panel, the step dialog and the timeline of every
 * workflow kind. A step's name and its fields' labels are the server's (GET …/actions).
 */
export const workflow = {
  actions: '办理',
  noActions: '当前状态下您没有可办理的步骤。',
  /** the dialog's OK button, e.g. 确定交办 */
  submit: '确定{action}',
  /** the message after a step was taken, e.g. 已交办 */
  done: '已{action}',
  /** a step with nothing to fill in, or a final one: asked once more in words */
  confirm: '确定要{action}吗？',
  note: '备注',
  notePlaceholder: '备注（可不填）',
  noteRequired: '请填写备注',
  /** a required text field left empty, e.g. 请填写理由 */
  required: '请填写{label}',
  /** a required choice (list, date, unit, person) left empty, e.g. 请选择承办单位 */
  requiredChoice: '请选择{label}',
  timeline: '办理过程',
  timelineEmpty: '暂无办理记录',
  /** shown on the public timeline (the citizens' site) */
  public: '群众可见',
  internal: '内部',
  system: '系统',
};
