/** Every user-facing message of the server, by error code. An English table can follow. */
export const zhCN = {
  VALIDATION: '输入有误，请检查后重试',
  BAD_CHARACTER: '输入中含有无效字符（如空字符），请删除后重试',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  BAD_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_LOCKED: '登录失败次数过多，此地址已暂停登录该账号，请 15 分钟后再试',
  ACCOUNT_DISABLED: '账号已停用，请联系系统管理员',
  FORBIDDEN: '没有权限执行此操作',
  CSRF: '请求校验失败，请刷新页面后重试',
  NOT_FOUND: '记录不存在或无权查看',
  ROUTE_NOT_FOUND: '接口不存在',
  CONFLICT: '数据冲突，请刷新后重试',
  DUPLICATE: '已存在同名记录',
  ORG_NOT_EMPTY: '该单位下还有下级单位、干部或联系点，不能删除',
  ORG_MOVE_CYCLE: '不能把单位移动到它自己或它的下级单位之下',
  ORG_ROOT_LOCKED: '不能移动或删除本人所在的最上级单位',
  ORG_PARENT_REQUIRED: '请选择上级单位',
  USER_ORG_REQUIRED: '单位管理员和党员干部账号须指定所属单位',
  USER_CADRE_REQUIRED: '党员干部账号须关联一名干部',
  USER_CADRE_ORG_MISMATCH: '关联的干部不属于所选单位',
  SELF_LOCKOUT: '不能停用自己的账号或取消自己的系统管理员角色',
  WRONG_PASSWORD: '当前密码不正确',
  FILE_TYPE: '不支持的文件类型：请上传照片（JPG、PNG、WEBP、HEIC）、PDF 或 Word/Excel 文档',
  FILE_EMPTY: '请选择要上传的文件',
  ATTACHMENT_INVALID: '附件无效：只能引用本人刚上传、尚未使用的附件',
  OUTBOX_NOT_RETRYABLE: '只有发送失败或已保留的消息可以重新发送',
  SMS_SIGNATURE: '短信网关签名无效',
  SMS_TIMESTAMP: '短信网关请求时间戳缺失或与服务器时间相差超过 5 分钟',
  SMS_NOT_CONFIGURED: '短信通道未配置',
  VISIT_NOT_OWN: '只能登记和修改本人的走访记录',
  VISIT_CADRE_REQUIRED: '请选择走访的干部（本账号未关联干部）',
  VISIT_CADRE_INACTIVE: '该干部已停用，不能登记走访',
  VISIT_DATES: '走访日期有误',
  VISIT_CONTACT_POINT: '联系点须是该干部所在单位（或上级单位）的基层联系点',
  VISIT_HOUSEHOLDS: '所选住户须是该联系点登记的住户',
  CAMPAIGN_DATES: '开始日期不能晚于结束日期',
  PHASE_OUTSIDE_CAMPAIGN: '阶段日期须在活动起止日期之内',
  PHASE_NOT_IN_CAMPAIGN: '所选阶段不属于本活动',
  PHASE_HAS_ACTIVITIES: '该阶段下还有活动项目，请先删除这些活动项目或把它们移到其他阶段',
  ACTIVITY_NUMBER_TAKEN: '该编号已被本活动的其他活动项目使用',
  ACTIVITY_HAS_ASSIGNMENTS: '该活动项目已分解到单位，不能删除；如不再开展，请先删除各单位的任务',
  ASSIGNMENT_HAS_REPORTS: '该任务已有单位填报的进展，不能删除',
  CAMPAIGN_CLOSED: '活动已结束，不能再分解任务或填报进展',
  QUOTA_MONTH_OUTSIDE: '生效月份须在活动期间之内',
  QUOTA_MONTH_PAST:
    '活动已经开始，新指标只能从本月或以后的月份起生效：已过去的月份仍按当时的指标考核，考核结果不会被事后改变',
  HOUSEHOLD_ID_NUMBER_TAKEN: '该身份证号已登记为其他住户，不能重复登记',
  HOUSEHOLD_INACTIVE: '住户已停用，不能结对',
  PAIRING_CADRE_INACTIVE: '该干部已停用，不能结对',
  PAIRING_UNIT_MISMATCH: '住户所在联系点须是该干部所在单位（或上级单位）的基层联系点',
  PAIRING_DUPLICATE: '该干部已与该住户结对，不能重复结对',
  PAIRING_ENDED: '该结对已结束',
  PAIRING_DATES: '结对日期有误',
  ASSISTANCE_NOT_OWN: '只能登记和修改本人的帮扶记录',
  ASSISTANCE_NOT_PAIRED: '只能为本人结对的住户登记帮扶',
  ASSISTANCE_DATE: '帮扶日期不能晚于今天',
  CASE_TRANSITION: '该件当前状态下不能执行此操作',
  CASE_FIELDS_REQUIRED: '请填写办理所需的内容',
  WORKFLOW_STEP: '当前状态下不能办理这一步',
  WORKFLOW_FIELDS: '请填写这一步所需的内容',
  WORKFLOW_MOVED: '这条记录刚刚已被他人办理，请刷新后再试',
  CASE_NOT_RATED: '群众评价为满意或基本满意后才能销号',
  CASE_MERGE_TARGET: '只能合并到更早提交、尚未合并或不予受理的件',
  CASE_HANDLER_MISMATCH: '承办人须是承办单位（或其下级单位）的在职干部',
  CASE_NOT_HANDLER: '只能办理本人承办的件',
  CASE_CATEGORY: '类别不存在或已停用',
  CASE_CADRE: '所选干部不存在或已停用',
  IMPORT_INVALID: '导入文件有错误，未导入任何数据，请按错误清单修改后重新导入',
  IMPORT_FILE: '请上传 .xlsx 格式的 Excel 文件',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  PAYLOAD_TOO_LARGE: '上传内容过大',
  INTERNAL: '服务器内部错误，请稍后重试',
} as const;

export type ErrorCode = keyof typeof zhCN;

/** Labels used in exports, templates and audit summaries. */
export const labels = {
  rank: { county: '县级', section: '科级', other: '一般' },
  role: {
    admin: '系统管理员',
    office: '活动办',
    unit_admin: '单位管理员',
    cadre: '党员干部',
    inspector: '督查',
  },
  orgKind: {
    bureau: '局',
    office: '局机关科室',
    unit: '局属单位',
    general_branch: '党总支',
    branch: '党支部',
  },
  contactPointKind: { village: '村', community: '社区' },
  gender: { male: '男', female: '女' },
  yesNo: { true: '是', false: '否' },
  householdCategory: {
    poor: '贫困户',
    opinion: '舆情户',
    old_member: '老党员户',
    large_producer: '产业大户',
    other: '其他',
  },
} as const;

/** Sentences of the monthly compliance (入户结亲 quotas), for reasons, next actions and reminders. */
export const complianceText = {
  daysShort: (days: number, required: number) =>
    `本月在联系点 ${days} 天，少于要求的 ${required} 天`,
  householdsFew: (n: number, min: number) => `结对联系 ${n} 户，少于 ${min} 户`,
  householdsMany: (n: number, max: number) => `结对联系 ${n} 户，超过 ${max} 户`,
  poorShort: (n: number, min: number) =>
    n === 0 ? `尚未帮扶贫困户（至少 ${min} 户）` : `帮扶贫困户 ${n} 户，少于 ${min} 户`,
  nextDays: (missing: number) => `本月还需到联系点 ${missing} 天`,
  nextPairMore: (missing: number) => `再结对联系 ${missing} 户群众`,
  nextPairFewer: (max: number) => `结对户数超过 ${max} 户，请与单位管理员调整`,
  nextPoor: () => '为至少 1 户贫困户登记帮扶措施',
  allMet: () => '本月指标已全部完成，继续保持',
  reminderTitle: (month: string) => `${month} 入户结亲指标尚未完成`,
  reminderBody: (reasons: string[]) => `${reasons.join('；')}。请在月底前完成。`,
} as const;

/** 系统设置: what each setting is called and means (the catalog: modules/settings/settings.catalog.ts). */
export const settingText = {
  'receipts.perRecipientPerDay': {
    label: '每个号码或邮箱每日回执上限',
    description:
      '同一手机号码或电子邮箱一天（北京时间）内最多发送的受理回执条数；超过的回执不发送，在发件箱中标为“超出上限未发送”并注明原因。',
    unit: '条/日',
  },
  'receipts.perSubmitterAddressPerDay': {
    label: '每个提交地址每日回执上限',
    description:
      '从同一网络地址（IP）经网站或 Open311 提交的诉求，一天（北京时间）内最多发送的受理回执条数，防止有人借提交诉求向他人号码批量发送短信。',
    unit: '条/日',
  },
  'cases.autoSignOffDays': {
    label: '答复后自动销号天数',
    description:
      '诉求件办结答复后，群众在此天数内未作评价的，由系统自动销号，并通知群众（2014 年方案为 15 天）。',
    unit: '天',
  },
  'cases.defaultTimeLimitDays': {
    label: '默认办理时限',
    description:
      '诉求类别未设办理时限时，交办、转办后的办理时限（工作日，按节假日安排顺延；2014 年方案为 15 个工作日）。',
    unit: '个工作日',
  },
  invalid: (label: string, detail: string) => `“${label}”的值无效：${detail}`,
  integerBetween: (min: number, max: number) => `须为 ${min} 至 ${max} 之间的整数`,
  auditSummary: (label: string) => `修改系统设置“${label}”`,
} as const;

/** Why a receipt (回执) was not sent: shown in the 发件箱 and its export. */
export const receiptCapText = {
  perRecipient: (kind: 'email' | 'sms', cap: number) =>
    kind === 'sms'
      ? `同一号码今日已发送 ${cap} 条回执，已达上限`
      : `同一邮箱今日已发送 ${cap} 条回执，已达上限`,
  perAddress: (cap: number) => `同一提交地址今日已发送 ${cap} 条回执，已达上限`,
} as const;
