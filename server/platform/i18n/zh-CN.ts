import { CARD_WORDS } from '../../../common/card-terms.ts';
/**
 * Every user-facing message of the server. A key is an error code (`NOT_FOUND`: what the client
 * gets as `error.code`, and its default text) or a code with a variant after a dot
 * (`NOT_FOUND.cadre`: the same code, a more precise text). `{name}` is filled from the error's
 * parameters by `text()` (the error handler). An English table can follow.
 */
export const zhCN = {
  VALIDATION: '输入有误，请检查后重试',
  BAD_CHARACTER: '输入中含有无效字符（如空字符），请删除后重试',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  BAD_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_LOCKED: '登录失败次数过多，此地址已暂停登录该账号，请 {minutes} 分钟后再试',
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
  // 学习资料 (issue 13 §1)
  MATERIAL_SENT: '该学习资料已经发放或已有干部标记已学，不能删除',
  MATERIAL_COPIES: '发放份数超过可发份数',
  MATERIAL_ALREADY_SENT: '已向所选单位发放过该学习资料',
  MATERIAL_RECEIVED: '该发放已经签收',
  MATERIAL_NOT_ONLINE: '该学习资料不能在线学习（须为视频、链接、彩铃或带有附件）',
  MATERIAL_NO_CADRE: '本账号未关联干部，不能标记已学',
  MATERIAL_DATE: '发放日期不能晚于今天',
  MATERIAL_LINK_REQUIRED: '链接类资料须填写链接',

  // variants: the code of the part before the dot, a more precise text
  'VALIDATION.dateRange': '结束日期不能早于开始日期',
  'VALIDATION.reportMonthFuture': '{month} 尚未开始，不能生成月报',
  'VALIDATION.reportCampaignNotStarted': '活动“{name}”尚未开始（{start} 开始），不能生成活动总结',
  'VALIDATION.calendarSpan': '日历最多查询 {days} 天',
  'VALIDATION.json': '请求体不是有效的 JSON',
  'VALIDATION.auditExportLimit':
    '符合条件的日志有 {total} 条，超过一次导出的上限 {limit} 条，请缩小时间范围后分批导出',
  'VALIDATION.setting': '“{label}”的值无效：{detail}',
  'VALIDATION.settingNotAbove': '“{label}”不能大于“{other}”（当前为 {value}）',
  'VALIDATION.settingNotBelow': '“{label}”不能小于“{other}”（当前为 {value}）',
  'VALIDATION.categoryRetired': '类别“{label}”已停用',
  'VALIDATION.categoryUnknown': '类别“{code}”不存在',
  'DUPLICATE.categoryLabel': '已有名为“{label}”的类别',
  'DUPLICATE.categoryCode': '类别代码“{code}”已被使用',
  'VALIDATION.cadreRequired': '请选择干部',
  'VALIDATION.householdRequired': '请选择住户',
  'VALIDATION.householdsRequired': '请至少选择一户',
  'VALIDATION.householdsMax': '一次最多结对 {max} 户',
  'VALIDATION.contactPointRequired': '请选择联系点',
  'VALIDATION.membersMax': '家庭成员最多 {max} 人',
  'VALIDATION.categoriesMax': '类别最多 {max} 个',
  'VALIDATION.workdayWeekend': '只有周六、周日才能设为调休上班日',
  'VALIDATION.open311DateTime':
    '{name} 须为 W3C 格式的日期时间并带时区，如 2026-01-01T00:00:00+08:00',
  'VALIDATION.open311DateOutOfRange': '日期超出范围',
  'VALIDATION.open311DateOrder': 'end_date 不能早于 start_date',
  'VALIDATION.open311DateSpan': 'start_date 与 end_date 相隔不能超过 {days} 天',
  'VALIDATION.open311Status': 'status 只能是 open 或 closed（可用逗号分隔）',
  'VALIDATION.open311LatLongPair': 'lat 和 long 须同时提供',
  'VALIDATION.open311Lat': 'lat 须为 -90 到 90 之间的数（WGS84）',
  'VALIDATION.open311Long': 'long 须为 -180 到 180 之间的数（WGS84）',
  'VALIDATION.open311AddressId': '本系统不使用 address_id，请提供 lat 和 long，或 address_string',
  'VALIDATION.open311Location': '请提供位置：lat 和 long，或 address_string',
  'VALIDATION.open311ServiceCode': '请提供 service_code',
  'VALIDATION.open311Description': '请填写 description（诉求内容）',
  'VALIDATION.open311DescriptionShort': '请至少写 {min} 个字',
  'VALIDATION.open311Email': '电子邮箱格式不对',
  'NOT_FOUND.org': '所选单位不存在或不在您的管辖范围内',
  'NOT_FOUND.cadre': '所选干部不存在或不在您的管辖范围内',
  'NOT_FOUND.visitCadre': '干部不存在或不在您的管辖范围内',
  'NOT_FOUND.linkedCadre': '关联的干部不存在',
  'NOT_FOUND.household': '所选住户不存在或不在您的管辖范围内',
  'NOT_FOUND.contactPoint': '所选联系点不存在或不在您的管辖范围内',
  'NOT_FOUND.activity': '所选活动项目不存在',
  'NOT_FOUND.open311Service': 'service_code {code} 不存在',
  'NOT_FOUND.open311ServiceInactive': 'service_code {code} 不存在或已停用',
  'NOT_FOUND.open311Request': 'service_request_id {id} 不存在',
  'IMPORT_INVALID.noRows': '文件中没有数据行',
  // an import's row errors (details { row, field, message }): {choices} lists a label table
  'IMPORT_INVALID.missingColumn': '缺少列“{column}”',
  'IMPORT_INVALID.choices': '应为：{choices}',
  'IMPORT_INVALID.rank': '职级应为：{choices}',
  'IMPORT_INVALID.gender': '性别应为：{choices}',
  'IMPORT_INVALID.orgKind': '类型应为：{choices}',
  'IMPORT_INVALID.sortOrder': '排序应为非负整数',
  'IMPORT_INVALID.orgRequired': '请填写所属单位',
  'IMPORT_INVALID.parentRequired': '请填写上级单位',
  'IMPORT_INVALID.orgNameTaken': '上级单位下已有“{name}”',
  'IMPORT_INVALID.orgNotFound': '找不到单位“{ref}”（或不在您的管辖范围内）',
  'IMPORT_INVALID.orgAmbiguous': '单位名称“{ref}”不唯一，请写完整路径，如“{example}”',
  'IMPORT_INVALID.contactPointRequired': '请填写联系点',
  'IMPORT_INVALID.contactPointNotFound': '找不到联系点“{ref}”（或不在您的管辖范围内）',
  'IMPORT_INVALID.contactPointAmbiguous': '联系点名称“{ref}”不唯一，请写成“单位/联系点”',
  'IMPORT_INVALID.members': '“{part}”应写成“姓名(关系)”，多人用顿号分隔',
  'IMPORT_INVALID.category': '类别“{part}”无效，应为：{choices}（多个用顿号分隔）',
  'IMPORT_INVALID.idNumberRepeated': '与第 {row} 行的身份证号重复',
  'IMPORT_INVALID.idNumberTaken': '该身份证号已登记，不能重复登记',
  // 身份证号 (platform/idnumber.ts): a form field's or an import cell's message
  'VALIDATION.idNumberFormat': '身份证号应为 18 位，前 17 位是数字，最后一位是数字或 X',
  'VALIDATION.idNumberBirthdate': '身份证号中的出生日期无效',
  'VALIDATION.idNumberChecksum': '身份证号校验位不正确，请核对',
  'ORG_NOT_EMPTY.counts':
    '“{name}”下还有 {children} 个下级单位、{cadres} 名干部、{contactPoints} 个联系点、{users} 个账号，不能删除；请先移走或删除它们',
  'FILE_TYPE.mismatch':
    '文件内容与文件类型不符：这不是真正的{type}文件，请上传照片（JPG、PNG、WEBP、HEIC）、PDF 或 Word/Excel 文档',
  'FILE_TYPE.public': '不支持的文件类型：请上传照片（JPG、PNG、WEBP、HEIC）或 PDF',
  'FILE_TYPE.publicMismatch': '文件内容与文件类型不符：请上传照片（JPG、PNG、WEBP、HEIC）或 PDF',
  'PAYLOAD_TOO_LARGE.public': '文件不能超过 {mb} MB',
  'ATTACHMENT_INVALID.public': '附件无效：只能引用 {hours} 小时内刚上传、尚未使用的附件',
  'CASE_CATEGORY.noDefault': '没有设置默认类别，无法登记',
  'ASSISTANCE_NOT_OWN.noCadre': '本账号未关联干部，不能登记帮扶，请联系管理员',
  'ASSISTANCE_NOT_PAIRED.onDate': '{date} 您未与住户“{name}”结对，只能为本人结对的住户登记帮扶',
  'ASSISTANCE_NOT_PAIRED.onNewDate': '{date} 您未与住户“{name}”结对',
  'HOUSEHOLD_INACTIVE.named': '住户“{name}”已停用，不能结对',
  'PAIRING_UNIT_MISMATCH.named':
    '住户“{household}”所在的联系点“{contactPoint}”属于{householdOrg}，不是干部{cadre}所在单位（{cadreOrg}）或其上级单位的联系点；干部应与本单位联系点的住户结对',
  'PAIRING_DUPLICATE.named': '干部{cadre}已与住户“{households}”结对，不能重复结对',
  'PAIRING_DATES.beforeStart': '结束日期不能早于结对开始日期（{start}）',
  'PAIRING_DATES.afterToday': '结束日期不能晚于今天',
  'CAMPAIGN_DATES.range': '{what}开始日期（{start}）不能晚于结束日期（{end}）',
  'PHASE_OUTSIDE_CAMPAIGN.range': '阶段日期须在活动起止日期（{start} 至 {end}）之内',
  'PHASE_OUTSIDE_CAMPAIGN.newRange':
    '阶段{names}会超出新的活动起止日期（{start} 至 {end}），请先调整阶段日期',
  'PHASE_HAS_ACTIVITIES.count':
    '阶段「{name}」下还有 {count} 个活动项目，请先删除这些活动项目或把它们移到其他阶段',
  'ACTIVITY_NUMBER_TAKEN.number': '编号 {number} 已被本活动的其他活动项目使用',
  'ACTIVITY_NUMBER_TAKEN.field': '编号 {number} 已被使用',
  'ACTIVITY_HAS_ASSIGNMENTS.count':
    '活动项目「{title}」已分解到 {count} 个单位，不能删除；如不再开展，请先在“任务分解”中删除这些任务',
  'ASSIGNMENT_HAS_REPORTS.count': '{org}已就「{title}」填报 {count} 次进展，不能删除该任务',
  'QUOTA_MONTH_OUTSIDE.range': '生效月份须在活动期间（{first} 至 {last}）之内',
  'QUOTA_MONTH_PAST.since':
    '活动已于 {start} 开始，新指标只能从本月（{month}）或以后的月份起生效：已过去的月份仍按当时的指标考核，考核结果不会被事后改变',
  'VISIT_DATES.reversed': '结束日期不能早于开始日期',
  'VISIT_DATES.future': '不能登记今天以后的走访',
  'VISIT_DATES.tooLong': '一条记录最多登记连续 {days} 天',
  // the workflow engine (platform/workflow): {kind} is the kind's label, {step} a step's
  'WORKFLOW_STEP.state': '该{kind}当前状态为「{state}」，不能「{step}」',
  'WORKFLOW_STEP.graded': '评定等次后才能结题',
  'WORKFLOW_FIELDS.missing': '「{step}」需要填写：{fields}',
  'WORKFLOW_FIELDS.field': '请填写{label}',
  'VALIDATION.workflowField': '{label}：{detail}',
  'VALIDATION.workflowFields': '{details}',
  'VALIDATION.workflowAction': '{kind}没有「{action}」这一步',
  'FORBIDDEN.workflowStep': '无权办理「{step}」',
  // cases (modules/cases)
  'CASE_TRANSITION.state': '该{kind}当前状态为「{state}」，不能「{step}」',
  'CASE_TRANSITION.rated': '该答复已经评价过',
  'CASE_TRANSITION.escalated': '该件已督办',
  'CASE_FIELDS_REQUIRED.respondentGroup': '下访听诉须选择受访群体',
  'NOT_FOUND.handlerOrg': '承办单位不存在',
  'VALIDATION.categoryDefaultOff': '“{name}”是默认类别，不能停用；请先把默认类别设到另一个类别上',
  'VALIDATION.categoryInactiveDefault': '“{name}”已停用，不能设为默认类别；请先启用',
  'VALIDATION.caseExportLimit':
    '符合条件的诉求件有 {total} 件，超过一次导出的上限 {limit} 件，请缩小筛选范围（如按时间段）后分批导出',
  // --- reviewable documents: 调研课题, 公开信 (platform/documents, issue 12) ---
  DOCUMENT_NOT_EDITABLE: '{kind}「{title}」当前为「{state}」，只有草稿、退回修改或已撤回的才能修改',
  DOCUMENT_EXISTS: '{cadre}在「{campaign}」中已有{kind}「{title}」，每次活动一份',
  'DOCUMENT_EXISTS.race':
    '该干部在这次活动中刚刚已有一份{kind}（可能是同时提交了两次），请刷新后查看',
  DOCUMENT_EMPTY: '正文还是空的，写好后再提交',
  DOCUMENT_NO_CAMPAIGN: '当前没有进行中的活动，请选择活动',
  DOCUMENT_CADRE: '请选择干部',
  'DOCUMENT_CADRE.inactive': '所选干部不存在或已停用',
  'FORBIDDEN.ownDocument': '只能填写和修改本人的{kind}',
  DOCUMENT_LINK: '不能关联这条记录',
  LETTER_NOT_OUT: '公开信审核通过后才能登记寄发',
  LETTER_DELIVERY_FUTURE: '寄发日期不能晚于今天',
  'DOCUMENT_LINK.visit': '只能关联作者本人的走访记录',
  'DOCUMENT_LINK.case': '只能关联作者收到、承办或本单位办理的诉求件',
  'DOCUMENT_NOT_EDITABLE.remove': '只有草稿才能删除；已提交过的请撤回',
  // --- 连心卡 and the PDFs (issue 12) ---
  'INTERNAL.pdfFont':
    '服务器缺少生成 PDF 所需的中文字体（Debian 软件包 fonts-wqy-microhei），请联系系统管理员安装后重试',
  'NOT_FOUND.cardCampaign': '所选活动不存在',
  'FORBIDDEN.cardNotOwn': '只能维护本人的连心卡及其印制、发放记录',
  'VALIDATION.cardNoMobile': '该干部没有登记手机号，不能印在连心卡上；请先在干部信息中填写手机号',
  'VALIDATION.cardContactPoint': '联系点须是该干部所在单位（或上级单位）的基层联系点',
  'VALIDATION.cardCampaign': '当前没有进行中的活动，请选择活动',
  'VALIDATION.cardNoLeaders': '该单位及其下级单位没有在职的领导干部，没有可打印的连心卡',
  // --- 学习座谈、观看 (issue 13 §2) ---
  SESSION_STARTED: '学习活动已经开始，不能再修改形式、时间、地点、记录人和应到名单',
  SESSION_HAS_RECORDS: '该学习活动已登记出勤，不能删除',
  SESSION_ENTRY: '现在不能登记这次学习活动的出勤、会议记录和附件',
  'SESSION_ENTRY.before': '学习活动于 {start} 开始，开始后才能登记出勤、会议记录和附件',
  'SESSION_ENTRY.closed':
    '登记期限已于 {until} 截止（活动结束后 {days} 天内可登记）；请提出补录申请，经局活动办批准后再补录',
  SESSION_ROSTER: '应到人员须是举办单位（或其下级单位）的在职干部',
  'SESSION_ROSTER.empty': '举办单位及其下级单位没有在职干部，请选择应到人员',
  'SESSION_ROSTER.notOnRoster': '{name}不在应到名单中',
  SESSION_RECORDER: '记录人须是举办单位（或其下级单位）的在职干部',
  'VALIDATION.sessionCampaign': '所选活动不存在',
  SESSION_NOT_RECORDER: '只有本次学习活动的记录人或本单位管理员可以登记',
  SESSION_CHECKIN: '签到失败',
  'SESSION_CHECKIN.expired': '签到码已过期，请扫描会场屏幕上最新的二维码',
  'SESSION_CHECKIN.notOnRoster':
    '您不在这次学习活动的应到名单中，不能签到；如需参加请联系记录人登记',
  'SESSION_CHECKIN.noCadre': '本账号未关联干部，不能签到',
  'SESSION_CHECKIN.closed': '签到时间为开始前 {minutes} 分钟至活动结束，现在不能签到',
  'SESSION_CHECKIN.codeClosed': '签到二维码只在开始前 {minutes} 分钟至活动结束期间显示',
  SESSION_LATE: '不能申请补录',
  'SESSION_LATE.notNeeded': '登记期限未过或补录已获批准且仍在期限内，无需申请补录',
  // --- 学习资料 (issue 13 §1) ---
  'MATERIAL_SENT.count': '「{title}」已发放到 {units} 个单位，不能删除；请先撤回尚未签收的发放',
  'MATERIAL_SENT.viewed': '「{title}」已有 {viewed} 名干部标记已学，不能删除',
  'MATERIAL_COPIES.left':
    '「{title}」共 {copies} 份，已发 {sent} 份，还可发 {left} 份；本次要发 {wanted} 份，超出了可发份数',
  'MATERIAL_COPIES.belowSent': '可发份数不能少于已经发出的 {sent} 份',
  'MATERIAL_ALREADY_SENT.named': '已向 {orgs} 发放过该学习资料，不能重复发放',
  'MATERIAL_RECEIVED.removal': '{org}已经签收，不能撤回这次发放',
  'VALIDATION.materialReceivedMore': '实收份数不能多于发放的 {quantity} 份',
  'VALIDATION.materialOrgRepeated': '所选单位有重复',
  'NOT_FOUND.materialCampaign': '所选活动不存在',
  // --- 学习讨论「学习龚全珍，我该怎么做」 (issue 13 §3) ---
  DISCUSSION_TOO_LONG: '{label}不能超过 {max} 个字（现有 {length} 个字）',
  DISCUSSION_NO_UNIT: '本账号未关联单位，不能发帖或回复',
  DISCUSSION_NOT_OWN: '只能修改或删除本人发布的内容',
  DISCUSSION_EDIT_WINDOW: '发布超过 {minutes} 分钟后不能再修改',
  DISCUSSION_HAS_REPLIES: '该主题已有回复，不能删除',
  DISCUSSION_CLOSED: '该主题正在等待审核或已被删除，不能回复',
  'DISCUSSION_CLOSED.edit': '该内容正在等待审核或已被删除，不能修改',
  DISCUSSION_REPORTED: '您已举报过这条内容，每人只能举报一次',
  'DISCUSSION_REPORTED.pending': '该内容已在等待审核，无需再举报',
  'DISCUSSION_REPORTED.removed': '该内容已被删除，不能举报',
  DISCUSSION_REPORT_OWN: '不能举报自己发布的内容',
  'WORKFLOW_STEP.discussionNoReports': '该内容没有待处理的举报',
  'NOT_FOUND.discussionCampaign': '所选活动不存在',
  // --- 选派一线、志愿服务 (issue 13 §4) ---
  SERVICE_RECORD_NOT_OWN: '只能登记和修改本人的一线服务记录',
  SERVICE_RECORD_CADRE_REQUIRED: '请选择干部（本账号未关联干部）',
  SERVICE_RECORD_DATES: '服务日期有误',
  'SERVICE_RECORD_DATES.future': '不能登记今天以后的服务',
  'SERVICE_RECORD_DATES.beforeCampaign': '服务日期不能早于活动「{campaign}」的开始日期 {start}',
  'SERVICE_RECORD_DATES.reversed': '结束日期不能早于开始日期',
  SERVICE_RECORD_HOURS: '志愿服务须填写服务时长（小时）',
  'SERVICE_RECORD_HOURS.perDay': '服务时长不能超过每天 {perDay} 小时（{days} 天最多 {max} 小时）',
  'SERVICE_RECORD_HOURS.frontline': '选派一线记录不填服务时长',
  'NOT_FOUND.serviceRecordCadre': '干部不存在或不在您的管辖范围内',
  'NOT_FOUND.serviceRecordCampaign': '所选活动不存在',
  // --- 心得体会 and 对照检查材料 (issue 13 §4–5) ---
  'FORBIDDEN.similarOwn': '不能查看本人材料的雷同比对结果',
  'VALIDATION.selfExamHeading': '「{key}」不是本次活动的{what}，请按活动设定的标准和方面填写',
  'VALIDATION.selfExamHeadingsInUse':
    '已有对照检查材料填写了「{labels}」，不能删去这些项；可以修改名称',
  // --- 整改清单 and 民主生活会 (issue 13 §5–6) ---
  RECTIFICATION_NO_EVIDENCE: '请先填写整改佐证（做了什么、效果如何，可另附照片或文件），再申请销号',
  RECTIFICATION_CASE: '关联诉求件尚未允许销号',
  'RECTIFICATION_CASE.open': '关联诉求件尚未办结，办结并经群众评价后才能销号',
  'RECTIFICATION_CASE.awaiting_rating': '关联诉求件已答复，正在等待群众评价，评价后才能销号',
  'RECTIFICATION_CASE.dissatisfied':
    '群众对关联诉求件的答复不满意，不能销号；请退回继续整改，待诉求件重新办结并经群众满意后再申请',
  'VALIDATION.rectificationCase': '关联的诉求件不存在',
  RECTIFICATION_LOCKED: '该整改事项当前为「{state}」，申请销号后和销号后不能修改',
  'RECTIFICATION_LOCKED.remove': '只有待整改的事项才能删除',
  'FORBIDDEN.rectificationOwn': '不能为本人的整改事项销号或退回，须由单位或局活动办办理',
  'FORBIDDEN.rectificationNotOwn': '只能登记和修改本人的整改事项',
  'VALIDATION.rectificationCadre': '所选干部不存在、已停用或不在您的管辖范围内',
  'VALIDATION.rectificationSelfExam': '所选对照检查材料不存在或不是该干部的',
  'VALIDATION.rectificationCampaign': '所选活动不存在',
  'VALIDATION.meetingRoster': '参会人员须是本单位（含下级单位）的干部',
  'VALIDATION.meetingRosterTwice': '同一名干部在名单中出现了两次',
  'VALIDATION.meetingReviewed': '回头看的整改事项须是本单位（含下级单位）的',
  'VALIDATION.meetingOrg': '所选单位不存在或不在您的管辖范围内',
  'VALIDATION.meetingReportBefore': '报告日期不能早于会议日期',
  'VALIDATION.meetingFuture': '不能登记今天以后召开的会议',
  // --- 经验做法 (issue 14 §3) ---
  GOOD_PRACTICE_MARKED: '已在该活动中标为经验做法',
  'GOOD_PRACTICE_MARKED.named': '「{title}」已在活动「{campaign}」中标为经验做法，不能重复标记',
  'VALIDATION.goodPracticeCampaign': '标记诉求件须选择活动',
  'NOT_FOUND.goodPracticeSubject': '要标记的{what}不存在或不在您的管辖范围内',
  'NOT_FOUND.goodPracticeCampaign': '所选活动不存在',
} as const;

/** A message of the catalog: an error code or `CODE.variant`. */
export type MessageKey = keyof typeof zhCN;
/** What the client gets as `error.code`: the keys without a variant. */
export type ErrorCode = Exclude<MessageKey, `${string}.${string}`>;
/** The values a message's `{name}` placeholders are filled with. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The error code of a message key (`NOT_FOUND.cadre` → `NOT_FOUND`). */
export const codeOf = (key: MessageKey): ErrorCode => key.split('.')[0] as ErrorCode;

/** Fills `{name}` in a template; a placeholder without a value stays visible. */
export const fill = (template: string, params?: MessageParams): string =>
  params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        params[name] === undefined ? whole : String(params[name]),
      )
    : template;

/** The zh-CN text of a catalog message with its parameters filled. */
export const text = (key: MessageKey, params?: MessageParams): string => fill(zhCN[key], params);

/** The labels of a table as a message lists them, "县级、科级、一般" ({choices}). */
export const choices = (table: Readonly<Record<string, string>> | readonly string[]): string =>
  Object.values(table).join('、');

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
  documentLinkType: { visit: '走访记录', case: '诉求件' },
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

/** 审核类文书 (platform/documents): what its notices say. */
export const documentText = {
  returnedTitle: (kind: string, title: string) => `${kind}「${title}」被退回修改`,
  approvedTitle: (kind: string, title: string) => `${kind}「${title}」已审核通过`,
  publishedTitle: (kind: string, title: string) => `${kind}「${title}」已发布`,
  waitingTitle: (kind: string, title: string, who: string) => `${who}的${kind}「${title}」待您审核`,
  levelPassed: (level: string) => `${level}通过`,
  visitLink: (date: string, place: string) => `走访 ${date} ${place}`,
  caseLink: (code: string, category: string) => `诉求件 ${code} ${category}`,
  printFileName: (kind: string, title: string) => `${kind}-${title}.pdf`,
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
  'pairings.minHouseholds': {
    label: '结对户数下限（无活动指标时）',
    description:
      '没有进行中的活动指标规则时，县级、科级干部结对住户数的下限（2014 年方案：每人至少联系群众 3-5 户）；结对概况据此标出“不足”。有活动时以活动的指标规则为准。',
    unit: '户',
  },
  'pairings.maxHouseholds': {
    label: '结对户数上限（无活动指标时）',
    description:
      '没有进行中的活动指标规则时，县级、科级干部结对住户数的上限；结对概况据此标出“超出”。有活动时以活动的指标规则为准。',
    unit: '户',
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
  // --- 学习座谈、观看 (issue 13 §2) ---
  'learning.recordWindowDays': {
    label: '学习座谈记录登记期限',
    description:
      '学习座谈、观看等活动从开始起，到结束后此天数内可以登记出勤、会议记录和附件；超过期限须提出补录申请，经局活动办批准后才能补录，防止事后补写未开的会。',
    unit: '天',
  },
  'learning.checkinTokenSeconds': {
    label: '签到二维码刷新间隔',
    description:
      '会场投影的签到二维码每隔此秒数更换一次；扫码时当前和上一个二维码有效，过期的二维码不能签到（防止转发二维码代签）。',
    unit: '秒',
  },
  'learning.lateAfterMinutes': {
    label: '签到迟到界限',
    description: '开始时间过后此分钟数以后扫码签到的，记为迟到。',
    unit: '分钟',
  },
  'learning.lateEntryDays': {
    label: '补录期限',
    description: '补录申请经局活动办批准后，此天数内可以补录出勤、会议记录和附件；逾期须重新申请。',
    unit: '天',
  },
  // --- 学习讨论 and 一线服务 (issue 13) ---
  'discussion.titleMaxLength': {
    label: '讨论主题标题字数上限',
    description:
      '学习讨论「学习龚全珍，我该怎么做」发帖时标题最多的字数；超过的不能发布，表单上显示字数。',
    unit: '字',
  },
  'discussion.bodyMaxLength': {
    label: '讨论帖正文字数上限',
    description: '学习讨论的主题和回复正文最多的字数；超过的不能发布，表单上显示字数。',
    unit: '字',
  },
  'discussion.hideAfterReports': {
    label: '举报多少次后隐藏待审核',
    description:
      '一条讨论内容被不同的人举报达到此次数后，自动隐藏，等待局活动办审核（恢复或删除）；每人对同一内容只能举报一次。',
    unit: '次',
  },
  'discussion.editWindowMinutes': {
    label: '发帖后可修改的时间',
    description: '作者在发布后此分钟数内可以修改自己的主题或回复，之后不能再改。',
    unit: '分钟',
  },
  'learning.volunteerHoursPerCadre': {
    label: '每名干部志愿服务时长目标（每次活动）',
    description:
      '一次活动中每名在职干部应参加的志愿服务时长；单位目标为此数乘以单位（含下级单位）在职干部人数。',
    unit: '小时',
  },
  'documents.similarityThreshold': {
    label: '材料雷同提示阈值',
    description:
      '同一活动的心得体会和对照检查材料两两比对文字（去掉标点空白后按连续三个字切分，计算较短一篇被另一篇包含的比例），达到此百分比的，在审核时提示「与 某某 的材料高度相似」。',
    unit: '%',
  },
  'meetings.quorumNumerator': {
    label: '生活会到会比例（分子）',
    description:
      '民主生活会、组织生活会到会人数不得少于应到人数的“分子/分母”（党内规定为三分之二，即 2/3）；不足的会议照常记录，但标为不符合规定、应当改期召开。',
    unit: '',
  },
  'meetings.quorumDenominator': {
    label: '生活会到会比例（分母）',
    description: '见“生活会到会比例（分子）”：到会人数 × 分母 ≥ 应到人数 × 分子 才算达到规定人数。',
    unit: '',
  },
  'meetings.reportWithinDays': {
    label: '生活会上报时限',
    description:
      '民主生活会、组织生活会召开后，须在此天数内向上级党组织报告会议情况（党内规定为 15 日）；逾期未报或迟报的，检查结果标为不符合。',
    unit: '天',
  },
  'dashboard.watchReopened': {
    label: '关注名单：重办次数',
    description:
      '首页“关注”名单列出群众不满意、重新办理达此次数的诉求件（或经手单位达下项次数的），提醒办公室盯办。',
    unit: '次',
  },
  'dashboard.watchUnits': {
    label: '关注名单：经手单位数',
    description: '首页“关注”名单列出交办、转办经手单位达此数目的诉求件（或重办达上项次数的）。',
    unit: '个',
  },
  'dashboard.trendMonths': {
    label: '达标率走势月数',
    description: '首页“结对联系达标率”走势图显示到所选月份为止的月数。',
    unit: '个月',
  },
  integerBetween: (min: number, max: number) => `须为 ${min} 至 ${max} 之间的整数`,
} as const;

/** Why a receipt (回执) was not sent: shown in the 发件箱 and its export. */
export const receiptCapText = {
  perRecipient: (kind: 'email' | 'sms', cap: number) =>
    kind === 'sms'
      ? `同一号码今日已发送 ${cap} 条回执，已达上限`
      : `同一邮箱今日已发送 ${cap} 条回执，已达上限`,
  perAddress: (cap: number) => `同一提交地址今日已发送 ${cap} 条回执，已达上限`,
} as const;

/**
 * The usual routes of a resource (platform/routes.ts): their summaries in the OpenAPI document,
 * and the names of the Excel files they send.
 */
export const apiText = {
  'contact-points': {
    files: { export: '基层联系点.xlsx' },
    summary: {
      list: '基层联系点列表',
      export: '按当前筛选导出基层联系点 Excel',
      get: '联系点详情',
      create: '新增联系点',
      update: '修改联系点',
      remove: '删除联系点',
    },
  },
  assistance: {
    files: { export: '帮扶记录.xlsx' },
    summary: {
      list: '帮扶记录列表（日期新的在前）',
      export: '按当前筛选导出帮扶记录 Excel',
      get: '帮扶记录详情',
      create: '登记帮扶（干部登记本人的；单位管理员为本单位干部登记）',
      update: '修改帮扶记录',
    },
  },
  holidays: {
    summary: {
      list: '节假日与调休（一年）',
      put: '设置某日为节假日或调休上班日',
      remove: '删除节假日设置',
    },
  },
  households: {
    files: { export: '住户名单.xlsx', template: '住户导入模板.xlsx' },
    summary: {
      list: '住户列表（身份证号、电话已脱敏）',
      export: '按当前筛选导出住户 Excel（身份证号、电话已脱敏）',
      template: '住户导入模板',
      import: '导入住户（全部成功或全部不导入）',
      create: '新增住户',
      update: '修改、停用（并结束其结对）或启用住户',
    },
  },
  cadres: {
    files: { export: '干部名单.xlsx', template: '干部导入模板.xlsx' },
    summary: {
      list: '干部列表（领导干部在前）',
      export: '按当前筛选导出干部 Excel',
      template: '干部导入模板',
      import: '导入干部（全部成功或全部不导入）',
      get: '干部详情',
      create: '新增干部',
      update: '修改、停用或启用干部',
    },
  },
  visits: {
    files: { export: '走访记录.xlsx' },
    summary: {
      list: '走访记录',
      export: '按当前筛选导出走访记录 Excel',
      get: '走访记录详情',
      update: '修改走访记录',
      remove: '删除走访记录',
    },
  },
  pairings: {
    files: { export: '结对.xlsx' },
    summary: {
      list: '结对列表（进行中在前，含历史）',
      export: '按当前筛选导出结对 Excel',
      overview: '结对概况：县级、科级干部的结对户数与指标范围、是否含贫困户',
      create: '干部与一户或多户结对',
      end: '结束结对（保留历史）',
    },
  },
  users: {
    files: { export: '账号.xlsx' },
    summary: {
      list: '账号列表',
      export: '按当前筛选导出账号 Excel',
      get: '账号详情',
      create: '新增账号',
      update: '修改账号、重置密码、停用/启用、解除锁定',
    },
  },
  orgs: {
    files: { export: '组织机构.xlsx', template: '单位导入模板.xlsx' },
    summary: {
      list: '可见的全部单位（平铺，按 parentId 组成树）',
      export: '导出单位 Excel',
      template: '单位导入模板',
      import: '导入单位（全部成功或全部不导入）',
      get: '单位详情',
      create: '新增单位',
      update: '修改、重命名或移动单位',
      remove: '删除单位（须无下级单位、干部、联系点）',
    },
  },
  campaigns: {
    files: { export: '活动管理.xlsx' },
    summary: {
      list: '活动列表（按开始日期倒序）',
      export: '按当前筛选导出活动 Excel',
      create: '新建活动（空白，或 fromTemplate 从内置模板新建）',
      get: '活动详情',
      update: '修改活动（名称、说明、日期、状态、月末提醒天数）',
      copy: '复制活动到新的年份（或平移天数）：阶段、活动项目和最新指标规则',
      board: '进度看板：活动项目 × 单位（leadingOnly 只看有领导干部的单位）',
      'phases.list': '活动的阶段',
      'phases.create': '新增阶段（日期须在活动起止日期之内）',
      'phases.update': '修改阶段',
      'phases.remove': '删除阶段（其下无活动项目时）',
      'activities.list': '活动项目（按序号）',
      'activities.create': '新增活动项目',
      'activities.update': '修改活动项目',
      'activities.remove': '删除活动项目（尚未分解到单位时）',
    },
  },
  assignments: {
    files: { export: '任务分解.xlsx' },
    summary: {
      list: '任务分解列表（本人管辖范围内的单位；overdue=true 只看逾期）',
      export: '按当前筛选导出任务分解 Excel',
      create: '把活动项目分解到一个或多个单位，并设截止日期',
      'remind-overdue': '提醒逾期任务（每个逾期任务只提醒一次单位管理员和活动办）',
      get: '任务详情',
      update: '修改任务截止日期',
      remove: '删除任务（尚无进展填报时）',
      'reports.list': '任务的进展填报（最新在前）',
      'reports.create': '单位填报进展（文字、完成百分比、附件 id）',
    },
  },
  'quota-rules': {
    summary: {
      list: '指标规则的各个版本（current 为本月执行的版本）',
      create: '新增指标规则版本，自某月（YYYY-MM）起生效',
    },
  },
  compliance: {
    files: { export: ({ month }: { month: string }) => `指标达标-${month}.xlsx` },
    summary: {
      list: '每月入户结亲指标达标情况（按干部）',
      export: '导出本月指标达标明细（Excel，筛选条件同列表）',
      units: '按单位汇总的达标率',
      calendar: '干部在联系点的日历（热力图）',
      me: '我本月的指标进度和下一步',
      reminders: '立即提醒本月未达标的干部（每人每月一次）',
    },
  },
  categories: {
    summary: {
      list: '诉求类别（含停用的）',
      update: '修改诉求类别的名称、办理时限和受理时限（工作日）、排序、停用或设为默认类别',
    },
  },
  cases: {
    files: { export: '问题销号台账.xlsx' },
    summary: {
      list: '诉求件列表',
      export: '按当前筛选导出问题销号台账 Excel',
      create: '代群众登记诉求（热线、信函、意见箱、下访听诉等）',
      get: '诉求件详情',
      contact: '显示诉求人完整联系方式（限管理员、活动办、单位管理员及承办干部本人，记入审计日志）',
    },
  },
  outbox: {
    files: { export: '发件箱.xlsx' },
    summary: {
      list: '发件箱：发给群众的邮件和短信（收件人部分隐藏）',
      export: '按当前筛选导出发件箱 Excel',
      get: '发件箱消息详情（完整收件人，记入审计）',
      retry: '重新发送失败的消息',
    },
  },
  notifications: {
    summary: {
      list: '我的站内通知',
      read: '标记为已读',
      'read-all': '全部标记为已读',
    },
  },
  settings: {
    summary: {
      list: '系统设置：全部设置项及当前值、最近修改人',
      put: '修改一项系统设置（按该项的取值范围校验，记入审计）',
    },
  },
  'household-categories': {
    summary: {
      list: '住户类别（含已停用的）及是否计为贫困户',
      create: '新增住户类别（记入审计）',
      update: '修改住户类别：名称、排序、停用/启用、是否计为贫困户（代码不变；记入审计）',
    },
  },
  audit: {
    files: { export: '审计日志.xlsx' },
    summary: {
      list: '审计日志',
      export: '按当前筛选导出审计日志 Excel',
    },
  },
  // --- reviewable documents (platform/documents, issue 12) ---
  'research-topics': {
    files: { export: '调研课题.xlsx' },
    summary: {
      list: '调研课题列表（领导干部在前）',
      export: '按当前筛选导出调研课题 Excel',
      get: '调研课题详情',
      create: '认领调研课题（每名干部每次活动一个）',
      update: '修改调研课题（草稿、退回修改或已撤回时）',
      remove: '删除从未提交过的调研课题草稿',
      'links.list': '调研课题的佐证（关联的走访记录和诉求件）',
      'links.create': '关联一条走访记录或诉求件作为佐证',
      'links.remove': '取消关联佐证',
      print: '打印调研报告（PDF）',
    },
  },
  letters: {
    files: { export: '公开信.xlsx' },
    summary: {
      list: '公开信列表（领导干部在前）',
      export: '按当前筛选导出公开信 Excel',
      get: '公开信详情',
      create: '起草公开信（每名干部每次活动一封）',
      update: '修改公开信（草稿、退回修改或已撤回时）',
      remove: '删除从未提交过的公开信草稿',
      'deliveries.list': '公开信的寄发记录',
      'deliveries.create': '登记寄发（联系点或住户、份数、日期）',
      'deliveries.remove': '删除一条寄发记录',
      print: '打印公开信（A4 PDF，页脚附连心卡信息和二维码）',
    },
  },
  reviews: {
    summary: { list: '待我审核：本人所在审核级别等待审核的调研课题、公开信等（最早提交的在前）' },
  },
  // --- 六个一 (issue 12 §4) ---
  'six-ones': {
    files: { export: '六个一完成情况.xlsx' },
    summary: {
      list: '六个一看板：本人管辖范围内的在职干部 × 六项（默认只看领导干部；领导干部在前，缺项多的在前）',
      export: '按当前筛选导出六个一完成情况 Excel',
      reminders: '提醒缺项的领导干部（站内通知；每人每个活动每天最多一次）',
      cadre: '一名干部的六个一：每项是否完成、现状和去哪里办理（默认当前进行中的活动）',
      settings: '活动的六个一完成标准和连心卡承诺',
      'settings.put': '修改活动的六个一完成标准和连心卡承诺（记入审计）',
    },
  },
  // --- 连心卡 (issue 12): routes under /api/cadres/{id}/…, /api/orgs/{id}/… and /api/card-records
  cards: {
    summary: {
      get: '干部的连心卡内容（按打印的样子：姓名、职务、单位、所选电话、信箱、联系点、活动承诺、二维码网址）',
      put: '保存连心卡内容：印哪些电话、办公电话、联系点（干部本人，或单位管理员为本单位干部；记入审计）',
      pdf: '一张连心卡 PDF（名片大小 90×54 毫米）',
      batch: '本单位（含下级单位）在职领导干部的连心卡 PDF，每张 A4 纸 10 张，带裁切线',
      'records.list': '连心卡印制、发放记录（某活动，默认当前活动）',
      'records.create': '登记印制或发放连心卡（发放须选择联系点；记入审计）',
    },
  },
  'card-records': {
    summary: { remove: '删除一条连心卡印制、发放记录（记入审计）' },
  },
  // --- 学习座谈、观看 (issue 13 §2) ---
  'study-sessions': {
    files: { export: '学习座谈.xlsx' },
    summary: {
      list: '学习座谈、观看列表（开始时间新的在前，每行带出勤统计；mine=true 只看本人在应到名单中的）',
      export: '按当前筛选导出学习座谈、观看 Excel（含出勤统计）',
      get: '学习活动详情（含会议记录、附件、登记期限）',
      create: '安排学习活动（应到名单默认为本单位及下级单位全部在职干部）',
      update:
        '修改学习活动：开始前可改安排和应到名单；登记期限内（或补录获批后）可写会议记录、附件',
      remove: '删除尚未登记出勤的学习活动',
      attendance: '应到名单及每人出勤情况和统计',
      attendancePut: '记录人或本单位管理员批量登记出勤（登记期限内，或补录获批后）',
      'check-in-code':
        '当前签到码（二维码内容与过期时间；开始前 30 分钟至结束，记录人或本单位管理员）',
      'check-in': '扫码签到：只登记当前登录干部本人的出勤（当前和上一个签到码有效，重复签到不变）',
    },
  },
  // --- 学习资料 (issue 13 §1) ---
  materials: {
    files: { export: '学习资料.xlsx' },
    summary: {
      list: '学习资料列表（每种资料：本人管辖范围内已发、已签收的单位数，本人是否已学或已学人数）',
      export: '按当前筛选导出学习资料 Excel',
      get: '学习资料详情',
      create: '登记学习资料（类别、名称、份数或链接、附件；记入审计）',
      update: '修改学习资料（份数不能少于已发份数；记入审计）',
      remove: '删除尚未发放的学习资料（记入审计）',
      'distributions.list': '学习资料的发放记录（单位只看本单位及下级单位的；可筛选未签收）',
      'distributions.create':
        '发放学习资料到一个或多个单位（每个单位的份数、发放日期；合计不超过可发份数）',
      'distributions.remove': '撤回尚未签收的发放（记入审计）',
      receipt: '确认签收（接收单位的管理员或活动办代签：实收份数、说明、照片；只能签收一次）',
      reminders: '提醒未签收的单位（dryRun 只统计；站内通知发给单位管理员，每份发放每天最多一次）',
      views: '标记已学（本人，仅限可在线学习的资料；重复标记保留第一次的时间）',
    },
  },
  // --- 学习讨论 (issue 13 §3) ---
  'discussion/threads': {
    files: { export: '学习讨论.xlsx' },
    summary: {
      list: '学习讨论主题列表（本人可见的：全局主题和本单位主题；最近有回复的在前）',
      export: '按当前筛选导出学习讨论主题 Excel',
      limits: '发帖字数上限、隐藏所需举报数和可修改时间（系统设置）',
      get: '讨论主题详情',
      create: '发起讨论主题（本单位或全局）',
      update: '修改本人的主题（发布后限定时间内）',
      remove: '删除本人尚无回复的主题',
      'replies.list': '主题的回复（最早的在前，分页）',
      'replies.create': '回复主题',
      report: '举报主题（每人一次；达到次数后隐藏待审核）',
    },
  },
  'discussion/posts': {
    summary: {
      update: '修改本人的回复（发布后限定时间内）',
      remove: '删除本人的回复',
      report: '举报回复（每人一次；达到次数后隐藏待审核）',
    },
  },
  'discussion/moderation': {
    summary: {
      list: '审核概况：被举报、待审核、已恢复、已删除的数量，和被举报内容列表（分页）',
    },
  },
  // --- 选派一线、志愿服务 (issue 13 §4) ---
  'service-records': {
    files: { export: '一线服务记录.xlsx' },
    summary: {
      list: '选派一线和志愿服务记录（日期新的在前）',
      export: '按当前筛选导出一线服务记录 Excel',
      summary: '各单位志愿服务时长对照目标、选派一线人次（某活动，默认当前活动）',
      get: '一线服务记录详情',
      create: '登记选派一线或志愿服务（干部登记本人的；单位管理员为本单位干部登记）',
      update: '修改一线服务记录',
      remove: '删除一线服务记录',
    },
  },
  // --- 心得体会 and 对照检查材料 (issue 13 §4–5) ---
  reflections: {
    files: { export: '心得体会.xlsx' },
    summary: {
      list: '心得体会列表（领导干部在前）',
      export: '按当前筛选导出心得体会 Excel',
      get: '心得体会详情',
      create: '撰写心得体会（每名干部每次活动可写多篇）',
      update: '修改心得体会（草稿、退回修改或已撤回时）',
      remove: '删除从未提交过的心得体会草稿',
      print: '打印心得体会（PDF）',
      similar:
        '材料雷同：本次活动中与这篇文字高度相似的心得体会和对照检查材料（审核人和上级可见，干部不可见）',
    },
  },
  'self-exams': {
    files: { export: '对照检查材料.xlsx' },
    summary: {
      list: '对照检查材料列表（领导干部在前）',
      export: '按当前筛选导出对照检查材料 Excel',
      get: '对照检查材料详情（按活动设定的标准逐项查找的问题、根源剖析、整改措施）',
      create: '撰写对照检查材料（每名干部每次活动一份）',
      update: '修改对照检查材料（草稿、退回修改或已撤回时）',
      remove: '删除从未提交过的对照检查材料草稿',
      print: '打印对照检查材料（PDF）',
      similar:
        '材料雷同：本次活动中与这份材料高度相似的心得体会和对照检查材料（审核人和上级可见，干部不可见）',
      opinions:
        '群众意见：涉及本人或本单位的四风问题件、下访听诉件和本人走访听到的意见（个人信息按列表方式遮挡）',
      'opinions.before': '群众意见（尚未撰写材料时，按干部和活动查看）',
      headings: '活动的对照检查标准和根源剖析方面（未设定时为 2014 年方案的五条标准、四个方面）',
      'headings.put': '修改活动的对照检查标准和根源剖析方面（记入审计）',
    },
  },
  // --- 学习参与情况 (issue 13) ---
  'learning/participation': {
    files: { export: '学习参与情况.xlsx' },
    summary: {
      list: '学习参与情况：本人管辖范围（或某单位）的在职干部，每人在线学习、座谈出席、讨论、心得、志愿服务的数目（默认当前进行中的活动）',
      export: '按当前筛选导出学习参与情况 Excel',
      units:
        '学习参与情况按单位汇总：干部数、举办座谈、出席率、在线学习率、资料签收、心得、志愿服务时长与目标',
    },
  },
  // --- 整改清单 and 民主生活会 (issue 13 §5–6) ---
  rectifications: {
    files: { export: '整改清单.xlsx' },
    summary: {
      list: '整改清单（逾期的在前，再按整改时限）；干部只看本人的',
      export: '按当前筛选导出整改清单 Excel',
      get: '整改事项详情（关联诉求件只显示查询码和状态）',
      create: '登记整改事项（干部登记本人的；单位管理员、局活动办为管辖范围内的干部登记）',
      update: '修改整改事项、填写整改佐证、补充附件（待整改或整改中时）',
      remove: '删除待整改的事项',
      progress: '整改进度：按单位统计各状态的事项数、逾期数和销号率',
      reminders: '提醒逾期未销号事项的干部（站内通知；每项每天最多一次；dryRun 只计数）',
    },
  },
  meetings: {
    files: { export: '民主生活会.xlsx' },
    summary: {
      list: '民主生活会、组织生活会列表，带到会人数、上报时限、整改回头看三项检查',
      export: '按当前筛选导出民主生活会、组织生活会 Excel',
      get: '会议详情（含名单、回头看事项和检查结果）',
      create: '登记会议（可同时登记参会名单和回头看事项）',
      update: '修改会议记录、整改措施、上报日期',
      remove: '删除会议记录',
      attendance: '会议的应到人员和到会情况',
      put: '设置会议的应到人员和到会情况（缺席须写明原因）',
      'reviewed-items': '设置会议回头看的整改事项',
    },
  },
  // --- 经验做法 (issue 14 §3) ---
  'good-practices': {
    files: { export: '经验做法.xlsx' },
    summary: {
      list: '经验做法列表（新标记的在前；可按活动、类别筛选；复制活动带来的标明来源活动）',
      export: '按当前筛选导出经验做法 Excel',
      create:
        '标为经验做法（诉求件、调研报告或心得体会，写明理由；同一活动不能重复标记；记入审计）',
      remove: '取消经验做法标记（记入审计）',
    },
  },
  dashboard: {
    files: {
      export: ({ to }: { to?: string }) => `首页统计${to ? `-${to}` : ''}.xlsx`,
    },
    summary: {
      list: '首页统计：活动阶段、本月指标达标、诉求件办理、各模块进度（每个数字带对应列表的筛选条件）',
      export: '导出首页统计的各个表格（Excel，每个表格一个工作表）',
    },
  },
  // --- 月报 and 活动总结 (issue 14 §2) ---
  reports: {
    files: { export: '报告列表.xlsx' },
    summary: {
      list: '已生成的月报和活动总结（新的在前）；单位管理员只看本单位及下级单位的',
      export: '按当前筛选导出报告列表 Excel',
      file: '下载报告：Word（docx）或 Excel（xlsx），按生成时的数据',
      monthly:
        '生成某月的联系服务群众工作月报（全局或某单位），记入报告列表，返回 Word 或 Excel 文件',
      'campaign-summary':
        '生成活动总结（整个活动，分阶段情况、活动项目进度、经验做法），记入报告列表，返回 Word 或 Excel 文件',
    },
  },
} as const satisfies Record<
  string,
  {
    summary: Record<string, string>;
    /** a file's name, or how the query names it (the month it holds) */
    files?: { export?: string | ((query: never) => string); template?: string };
  }
>;

export type ApiResource = keyof typeof apiText;

/** The Excel sheets: names, column headers and cell words (excel.zh-CN.ts). */
export { excelText } from './excel.zh-CN.ts';

// --- 公开信 public side (issue 12) ---
/** 给群众的公开信 on the citizens' site: how its author is named (name and post, nothing personal). */
/** 对照检查材料 printed (issue 13 §5): the headings of its parts. */
export const selfExamText = {
  problems: '一、对照标准查摆的问题',
  causes: '二、产生问题的根源',
  measures: '三、整改措施',
} as const;

export const publicLetterText = {
  author: (name: string, post: string) => (post.trim() ? `${name}（${post.trim()}）` : name),
} as const;

// --- 六个一 (issue 12 §4) ---
/** 六个一: what each of the six shows (its state, what is missing) and the reminder's words. */
export const sixOnesText = {
  noCampaign: '当前没有进行中的活动',
  research: {
    none: '未认领调研课题',
    state: (title: string, state: string) => `「${title}」${state}`,
    needs: {
      claimed: '须认领课题',
      submitted: '须提交课题报告',
      approved: '须报告通过审核',
      published: '须报告发布',
    },
  },
  card: {
    none: '尚未印制连心卡',
    counts: (printed: number, handedOut: number, points: number) =>
      `已印制 ${printed} 张，已发放 ${handedOut} 张${points ? `（${points} 个联系点）` : ''}`,
    needsPrinted: '须登记印制',
    needsHandedOut: (n: number) => `须发放至少 ${n} 张`,
  },
  mailbox: {
    none: '未开通电子信箱（干部名册中未填邮箱）',
    address: (email: string, mails: number, inCampaign: boolean) =>
      `${email}，${inCampaign ? '本次活动' : '累计'}收到来信 ${mails} 封`,
    needsMail: '尚未收到来信',
  },
  letter: {
    none: '未撰写公开信',
    state: (title: string, state: string) => `「${title}」${state}`,
    delivered: (points: number, copies: number) => `，已寄发 ${points} 个联系点、${copies} 份`,
    needs: {
      approved: '须通过审核',
      published: '须发布',
      delivered: (points: number) =>
        points > 0 ? `须发布并寄发到至少 ${points} 个联系点` : '须发布并寄发',
    },
  },
  demands: {
    counts: (n: number, open: number, inCampaign: boolean) =>
      `${inCampaign ? '本次活动' : '累计'} ${n} 件${n ? `，办理中 ${open} 件` : ''}`,
    needs: (min: number) => `须至少 ${min} 件`,
  },
  ledger: {
    none: '台账暂无诉求件',
    counts: (n: number, signedOff: number, percent: number) =>
      `${n} 件，已销号 ${signedOff} 件（${percent}%）`,
    needs: (percent: number) => `销号率须达 ${percent}%`,
  },
  /** a detail and what is missing, "「题目」草稿；须报告通过审核" */
  withNeed: (detail: string, need: string) => `${detail}；${need}`,
  reminderTitle: (campaign: string | null) =>
    campaign ? `「${campaign}」六个一尚未完成` : '六个一尚未完成',
  reminderBody: (missing: string[]) => `尚缺：${missing.join('；')}。请尽快完成。`,
  reminderItem: (label: string, detail: string) => `${label}（${detail}）`,
} as const;

// --- 连心卡 and the PDFs (issue 12) ---
/** The words printed on the PDFs (server/platform/pdf/) and their file names. */
export const pdfText = {
  card: {
    ...CARD_WORDS,
    fileName: (name: string) => `干群连心卡-${name}.pdf`,
    batchFileName: (org: string) => `干群连心卡-${org}.pdf`,
    batchTitle: (org: string) => `${org} 干群连心卡`,
  },
  /** the foot of an A4 document (公开信): the author's card details and the QR */
  footer: { heading: '联系我', scan: '扫码向我反映诉求' },
  page: (n: number, total: number) => `第 ${n} 页 / 共 ${total} 页`,
} as const;

// --- 学习资料 (issue 13 §1) ---
/** 学习资料: the reminder to a unit that has not confirmed a receipt. */
export const materialText = {
  reminderTitle: (title: string) => `学习资料「${title}」尚未确认签收`,
  reminderBody: (org: string, title: string) =>
    `活动办已向${org}发放学习资料「${title}」，请收到后在“学习资料”中确认签收（实收份数、说明或照片）。`,
};

// --- 学习讨论 (issue 13 §3) ---
/** 学习讨论: the moderation steps' actor and what the author is told in-app. */
export const discussionText = {
  kind: '讨论内容',
  system: '系统（多人举报）',
  reason: '理由',
  fields: { title: '标题', body: '正文' },
  hiddenTitle: (what: string) => `您发布的「${what}」被多人举报，已隐藏，正在等待审核`,
  restoredTitle: (what: string) => `您发布的「${what}」经审核已恢复显示`,
  removedTitle: (what: string) => `您发布的「${what}」经审核已删除`,
  removedBody: (reason: string) => `删除理由：${reason}`,
  clearedReports: (n: number) => `清除举报 ${n} 次`,
  /** a post named in a notice: a thread by its title, a reply by its first words */
  excerpt: (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text),
} as const;

// --- 整改清单 and 民主生活会 (issue 13 §5–6) ---
/** 整改清单: the steps' names, notices and reminders. */
export const rectificationText = {
  actions: {
    start: '开始整改',
    progress: '报告进展',
    submit: '申请销号',
    sign_off: '销号',
    return: '退回整改',
    reopen: '群众不满意退回',
  },
  /** the first words of a problem, for titles */
  short: (problem: string) => (problem.length > 20 ? `${problem.slice(0, 20)}…` : problem),
  signedOffTitle: (problem: string) => `整改事项「${problem}」已销号`,
  returnedTitle: (problem: string) => `整改事项「${problem}」被退回，请继续整改`,
  dissatisfiedNote: '群众对关联诉求件的答复不满意，退回继续整改',
  reminderTitle: (problem: string, deadline: string) =>
    `整改事项「${problem}」已超过整改时限（${deadline}）`,
  reminderBody: '请尽快完成整改，填写整改佐证后申请销号。',
  systemName: '系统（整改提醒）',
} as const;

/** 民主生活会: the checks' words. */
export const meetingText = {
  quorum: {
    ok: (present: number, due: number, num: number, den: number) =>
      `到会 ${present} 人 / 应到 ${due} 人，达到 ${num}/${den}`,
    failed: (present: number, due: number, num: number, den: number) =>
      `到会 ${present} 人 / 应到 ${due} 人，不足 ${num}/${den}，应当改期召开`,
    noRoster: '未登记应到人员',
  },
  reported: {
    ok: (on: string, days: number) => `已于 ${on} 报告上级（会后 ${days} 日内）`,
    late: (on: string, late: number, days: number) =>
      `${on} 才报告上级，超过 ${days} 日时限 ${late} 天`,
    pending: (by: string) => `尚未报告上级，须在 ${by} 前报告`,
    missing: (by: string) => `未报告上级，时限 ${by} 已过`,
  },
  reviewed: {
    none: '会前本单位没有未销号的整改事项，无需回头看',
    ok: (reviewed: number, open: number) =>
      `回头看整改事项 ${reviewed} 项（会前未销号 ${open} 项）`,
    failed: (open: number) => `会前本单位有 ${open} 项整改事项未销号，未回头看`,
  },
} as const;

/** 首页统计 (server/modules/dashboard and the tiles modules add): labels of rows and tiles. */
export const dashboardText = {
  comparison: { previousCampaign: '上一活动同期', previousYear: '去年同期' },
  unassigned: '未交办',
  ownUnit: (name: string) => `${name}（本级）`,
  tiles: {
    activities: {
      title: '活动项目进度',
      assigned: '任务数',
      done: '已完成',
      overdue: '逾期',
      phase: '阶段',
      activity: '活动项目',
      noPhase: '未分阶段',
      subtotal: '阶段小计',
    },
    sixOnes: {
      title: '“六个一”完成情况',
      cadres: '干部数',
      completed: '全部完成',
      rate: '完成率',
      item: '项目',
      done: '完成人数',
    },
    learning: {
      title: '学习参与情况',
      sessions: '学习场次',
      attendees: '参加人次',
      rate: '参与率',
    },
    rectifications: {
      title: '整改进度',
      total: '整改事项',
      signedOff: '已销号',
      overdue: '逾期',
      rate: '销号率',
    },
    unit: '单位',
  },
} as const;
