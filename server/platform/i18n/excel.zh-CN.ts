import { SIX_ONES_LABELS } from '../../../common/six-ones-terms.ts';
/**
 * The Excel sheets the server writes and reads (issue 11 §6): per sheet its name, its column
 * headers (keys named after the field) and the words its cells show that are not in `labels`.
 * An export, its import template and its import parser take the headers from the same entry, so
 * they cannot drift apart. `scripts/check-catalog.ts` (stage `catalog` of `npm test`) fails a
 * header or sheet name written inline in a server file. Re-exported by `zh-CN.ts`.
 */
export const excelText = {
  assistance: {
    sheet: '帮扶记录',
    columns: {
      date: '帮扶日期',
      cadre: '干部',
      org: '干部所在单位',
      household: '住户（户主）',
      householdCategories: '住户类别',
      contactPoint: '联系点',
      measure: '帮扶措施',
      result: '帮扶成效',
    },
  },
  audit: {
    sheet: '审计日志',
    columns: {
      at: '时间',
      actor: '操作人',
      action: '操作',
      entity: '对象',
      objectName: '对象名称',
      entityId: '对象编号',
      summary: '摘要',
      ip: 'IP 地址',
    },
    values: { systemActor: '系统' },
  },
  cadres: {
    sheet: '干部名单',
    /** all in the export; the import template and the import have all but `active` */
    columns: {
      name: '姓名',
      org: '所属单位',
      rank: '职级',
      post: '职务',
      gender: '性别',
      phone: '手机',
      email: '邮箱',
      leading: '领导干部',
      partyMember: '党员',
      active: '状态',
    },
    values: { active: '在职', inactive: '已停用' },
    /** the template's example row */
    example: { name: '张三（导入前请删除本行）', org: '某某局/办公室', post: '副主任' },
  },
  assignments: {
    sheet: '任务分解',
    columns: {
      campaign: '活动',
      activityNumber: '序号',
      activity: '活动项目',
      org: '单位',
      deadline: '截止日期',
      percent: '完成进度(%)',
      status: '状态',
      overdue: '是否逾期',
      lastReportAt: '最近填报',
    },
    values: {
      status: { not_started: '未开始', in_progress: '进行中', done: '已完成' },
      overdue: '逾期',
    },
  },
  campaigns: {
    sheet: '活动管理',
    columns: {
      name: '活动名称',
      startDate: '开始日期',
      endDate: '结束日期',
      state: '状态',
      phaseCount: '阶段数',
      activityCount: '活动项目数',
      reminderDays: '月末提醒（天）',
      description: '说明',
    },
    values: {
      state: { draft: '草稿', not_started: '未开始', ongoing: '进行中', ended: '已结束' },
    },
  },
  cases: {
    sheet: '问题销号台账',
    columns: {
      number: '序号',
      trackingCode: '查询码',
      citizen: '诉求人',
      channel: '反映渠道',
      category: '类别',
      content: '诉求内容',
      org: '责任单位',
      handler: '责任人',
      dueDate: '办理时限',
      measures: '办理措施',
      answer: '办理结果',
      rating: '群众评价',
      signedOffAt: '销号时间',
      notes: '备注',
    },
    values: { anonymous: '匿名', escalated: '已转局活动办' },
  },
  compliance: {
    sheet: (month: string) => `${month} 指标达标`,
    columns: {
      cadre: '姓名',
      leading: '领导干部',
      rank: '职级',
      org: '单位',
      month: '月份',
      daysLogged: '在联系点天数',
      daysRequired: '要求天数',
      pairedHouseholds: '结对户数',
      householdRange: '结对要求',
      poorHouseholdsHelped: '帮扶贫困户数',
      met: '是否达标',
      reasons: '未达标原因',
    },
    values: { met: '达标', notMet: '未达标' },
  },
  contactPoints: {
    sheet: '基层联系点',
    columns: {
      name: '联系点',
      kind: '类型',
      org: '所属单位',
      county: '县（市、区）',
      address: '地址',
      latitude: '纬度',
      longitude: '经度',
    },
  },
  households: {
    sheet: '住户名单',
    /** all in the export; the import template and the import have all but `org`, `pairedCadres`, `status` */
    columns: {
      headName: '户主姓名',
      contactPoint: '联系点',
      org: '所属单位',
      idNumber: '身份证号',
      phone: '联系电话',
      address: '住址',
      categories: '类别',
      members: '家庭成员',
      pairedCadres: '结对干部',
      notes: '情况备注',
      status: '状态',
    },
    values: { active: '在册', inactive: '已停用' },
    /** the template's example row */
    example: {
      headName: '李四（导入前请删除本行）',
      contactPoint: '某某村',
      address: '某镇某村 3 组',
      members: '王五(配偶)、李小六(儿子)',
      notes: '因病致贫，需要就医帮助',
    },
  },
  orgs: {
    sheet: '组织机构',
    /** all in the export; the import template and the import have all but the two counts */
    columns: {
      name: '单位名称',
      parent: '上级单位',
      kind: '类型',
      sortOrder: '排序',
      cadreCount: '干部数',
      childCount: '下级单位数',
    },
    /** the template's example rows: a branch under a general branch under the top unit */
    example: {
      parent: '某某局',
      generalBranch: '示例党总支（导入前请删除本行）',
      branch: '示例第一支部（导入前请删除本行）',
    },
  },
  outbox: {
    sheet: '发件箱',
    columns: {
      createdAt: '创建时间',
      kind: '类型',
      recipient: '收件人',
      trackingCode: '查询码',
      subject: '主题',
      body: '正文',
      status: '状态',
      attempts: '尝试次数',
      lastError: '最近错误',
      cappedReason: '未发送原因',
      sentAt: '发送时间',
    },
  },
  pairings: {
    sheet: '结对',
    columns: {
      cadre: '干部',
      rank: '职级',
      org: '干部所在单位',
      household: '户主',
      householdCategories: '住户类别',
      contactPoint: '联系点',
      startDate: '开始日期',
      endDate: '结束日期',
      status: '状态',
      endReason: '结束原因',
    },
    values: { active: '结对中', ended: '已结束' },
  },
  users: {
    sheet: '账号',
    columns: {
      username: '用户名',
      name: '姓名',
      role: '角色',
      org: '所属单位',
      cadre: '关联干部',
      status: '状态',
    },
    values: { disabled: '已停用', locked: '已锁定', normal: '正常' },
  },
  visits: {
    sheet: '走访记录',
    columns: {
      startDate: '开始日期',
      endDate: '结束日期',
      days: '天数',
      cadre: '干部',
      org: '单位',
      contactPoint: '联系点',
      households: '走访住户',
      heard: '听到了什么',
      done: '做了什么',
      photoCount: '照片数',
    },
  },
  // --- reviewable documents (platform/documents, issue 12) ---
  documents: {
    /** the sheet is the kind's label (调研课题 / 公开信) */
    columns: {
      title: '标题',
      cadre: '干部',
      post: '职务',
      leading: '领导干部',
      org: '单位',
      campaign: '活动',
      state: '状态',
      waitingFor: '待审核',
      comment: '审核意见',
      featured: '推荐',
      submittedAt: '提交时间',
      approvedAt: '通过时间',
      publishedAt: '发布时间',
      updatedAt: '最近修改',
    },
  },
  // --- 六个一 (issue 12 §4) ---
  sixOnes: {
    sheet: '六个一',
    columns: {
      cadre: '干部',
      leading: '领导干部',
      org: '单位',
      post: '职务',
      // a column per item, named as everywhere (common/six-ones-terms.ts)
      ...SIX_ONES_LABELS,
      done: '完成项数',
      rate: '完成率',
    },
    values: {
      done: (detail: string) => `完成：${detail}`,
      notDone: (detail: string) => `未完成：${detail}`,
    },
  },
  // --- 学习参与情况 (issue 13) ---
  learning: {
    sheet: '学习参与情况',
    columns: {
      cadre: '干部',
      leading: '领导干部',
      org: '单位',
      materialsViewed: '在线学习资料',
      sessionsDue: '应参加座谈',
      sessionsAttended: '出席',
      sessionsLeave: '请假',
      sessionsAbsent: '缺席',
      posts: '讨论发帖',
      reflections: '心得体会',
      reflectionsApproved: '心得通过',
      volunteerHours: '志愿服务（小时）',
      frontline: '选派一线',
    },
  },
} as const;
