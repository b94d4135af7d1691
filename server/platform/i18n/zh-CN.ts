/** Every user-facing message of the server, by error code. An English table can follow. */
export const zhCN = {
  VALIDATION: '输入有误，请检查后重试',
  BAD_CHARACTER: '输入中含有无效字符（如空字符），请删除后重试',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  BAD_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_LOCKED: '连续登录失败次数过多，账号已锁定，请 15 分钟后再试',
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
} as const;
