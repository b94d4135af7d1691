/**
 * What an audit row says happened (审计日志的“摘要”), one entry per thing a service records. A
 * service never writes the sentence itself: it calls `auditText.<entity>.<what>(…)` with the
 * names and numbers, so the wording of the whole log is read and changed here, in one place.
 * `scripts/check-contract.ts` fails on a `summary:` with a Chinese literal outside this folder.
 */

/** `name（username）`, how the log names an account. */
const account = (name: string, username: string) => `${name}（${username}）`;
/** 停用, 启用 or 修改: the verb of an update that may switch a record on or off. */
const activeVerb = (active: boolean | undefined, wasActive: boolean) =>
  active === false ? '停用' : active === true && !wasActive ? '启用' : '修改';
/** `：a，b` after a summary when something changed, nothing otherwise. */
const changeList = (changes: readonly string[]) =>
  changes.length ? `：${changes.join('，')}` : '';

export const auditText = {
  importFailed: (what: string, file: string, rows: number, errors: number) =>
    `导入${what}失败：文件“${file}”，${rows} 行，${errors} 处错误，未导入任何数据`,
  personalSearch: (list: string, term: string) => `按号码搜索${list}：“${term}”`,

  auth: {
    knownUser: (username: string) => `用户 ${username}`,
    /** a failed login with a name no account has: a mark of it, never the name (it may be a password) */
    unknownUser: (mark: string) => `未知用户名（标记 ${mark}）`,
    login: (name: string, username: string) => `${account(name, username)}登录`,
    logout: (name: string, username: string) => `${account(name, username)}退出登录`,
    endOtherSessions: (name: string, username: string) =>
      `${account(name, username)}结束了自己在其他设备上的登录`,
    loginFailed: (who: string, failures: number) => `${who} 登录失败（此地址第 ${failures} 次）`,
    loginLocked: (who: string, failures: number, minutes: number) =>
      `${who} 从此地址连续 ${failures} 次登录失败，此地址锁定 ${minutes} 分钟`,
    passwordFailed: (username: string, failures: number) =>
      `用户 ${username} 修改密码时当前密码错误（此地址第 ${failures} 次）`,
    passwordLocked: (username: string, failures: number, minutes: number) =>
      `用户 ${username} 修改密码时连续 ${failures} 次当前密码错误，此地址锁定 ${minutes} 分钟`,
    passwordChanged: (username: string) => `${username} 修改了自己的密码`,
  },
  user: {
    bootstrap: '创建首个系统管理员 admin',
    create: (username: string, name: string) => `新增账号 ${account(username, name)}`,
    /** what was done to the account: 重置密码, 停用/启用, 解除锁定, or a plain edit */
    update: (
      username: string,
      done: { password?: boolean; disabled?: boolean; unlock?: boolean },
    ) => {
      const what = [
        done.password ? '重置密码' : null,
        done.disabled === true ? '停用' : done.disabled === false ? '启用' : null,
        done.unlock ? '解除锁定' : null,
      ].filter(Boolean);
      return `${what.length ? what.join('、') : '修改'}账号 ${username}`;
    },
  },
  org: {
    create: (name: string) => `新增单位 ${name}`,
    update: (name: string, moved: boolean) => `${moved ? '移动' : '修改'}单位 ${name}`,
    delete: (name: string) => `删除单位 ${name}`,
    imported: (n: number) => `导入单位 ${n} 个`,
  },
  cadre: {
    create: (name: string) => `新增干部 ${name}`,
    update: (name: string, active: boolean | undefined, wasActive: boolean) =>
      `${activeVerb(active, wasActive)}干部 ${name}`,
    imported: (n: number) => `导入干部 ${n} 名`,
  },
  contactPoint: {
    create: (name: string) => `新增联系点 ${name}`,
    update: (name: string) => `修改联系点 ${name}`,
    delete: (name: string) => `删除联系点 ${name}`,
  },
  household: {
    create: (headName: string) => `新增住户 ${headName}`,
    update: (headName: string, active: boolean | undefined, wasActive: boolean, ended: number) =>
      `${activeVerb(active, wasActive)}住户 ${headName}${ended ? `，结束其结对 ${ended} 个` : ''}`,
    reveal: (headName: string) => `查看住户 ${headName} 的完整身份证号和电话`,
    imported: (n: number) => `导入住户 ${n} 户`,
  },
  householdCategory: {
    create: (label: string, countsAsPoor: boolean) =>
      `新增住户类别“${label}”${countsAsPoor ? '（计为贫困户）' : ''}`,
    update: (
      before: { label: string; countsAsPoor: boolean; active: boolean; sortOrder: number },
      after: { label: string; countsAsPoor: boolean; active: boolean; sortOrder: number },
    ) => {
      const yesNo = (b: boolean) => (b ? '是' : '否');
      const changes = [
        after.label !== before.label ? `名称 ${before.label} → ${after.label}` : null,
        after.countsAsPoor !== before.countsAsPoor
          ? `计为贫困户 ${yesNo(before.countsAsPoor)} → ${yesNo(after.countsAsPoor)}`
          : null,
        after.active !== before.active ? (after.active ? '启用' : '停用') : null,
        after.sortOrder !== before.sortOrder
          ? `排序 ${before.sortOrder} → ${after.sortOrder}`
          : null,
      ].filter((c): c is string => c !== null);
      return `修改住户类别“${before.label}”${changeList(changes)}`;
    },
  },
  pairing: {
    create: (cadreName: string, headName: string) => `干部${cadreName}与住户${headName}结对`,
    end: (cadreName: string, headName: string, reason: string) =>
      `结束干部${cadreName}与住户${headName}的结对：${reason}`,
  },
  assistance: {
    create: (cadreName: string, headName: string, date: string) =>
      `登记帮扶：干部${cadreName}帮扶住户${headName}（${date}）`,
    update: (cadreName: string, headName: string) =>
      `修改帮扶记录：干部${cadreName}帮扶住户${headName}`,
  },
  visit: {
    create: (cadreName: string, startDate: string, endDate: string) =>
      `${cadreName} 走访 ${startDate}${endDate !== startDate ? ` 至 ${endDate}` : ''}`,
    update: (cadreName: string, startDate: string) => `修改 ${cadreName} ${startDate} 的走访记录`,
    delete: (cadreName: string, startDate: string) => `删除 ${cadreName} ${startDate} 的走访记录`,
  },
  holiday: {
    save: (date: string, name: string, workday: boolean, existed: boolean) =>
      `${existed ? '修改' : '新增'}节假日 ${date} ${name}${workday ? '（调休上班）' : ''}`,
    delete: (date: string, name: string) => `删除节假日 ${date} ${name}`,
  },
  setting: {
    update: (label: string, old: unknown, value: unknown) =>
      `修改系统设置“${label}”：${old} → ${value}`,
  },
  campaign: {
    fromTemplate: (name: string, phases: number, activities: number) =>
      `从模板新建活动「${name}」（${phases} 个阶段、${activities} 个活动项目）`,
    create: (name: string) => `新建活动「${name}」`,
    update: (name: string, status?: 'active' | 'closed' | 'draft') =>
      `${status ? { active: '启动', closed: '结束', draft: '退回草稿' }[status] : '修改'}活动「${name}」`,
    copy: (from: string, to: string) => `复制活动「${from}」为「${to}」`,
    phaseCreate: (campaign: string, phase: string) => `活动「${campaign}」新增阶段「${phase}」`,
    phaseUpdate: (campaign: string, phase: string) => `修改活动「${campaign}」的阶段「${phase}」`,
    phaseDelete: (campaign: string, phase: string) => `删除活动「${campaign}」的阶段「${phase}」`,
    activityCreate: (campaign: string, number: number | string, title: string) =>
      `活动「${campaign}」新增活动项目 ${number}「${title}」`,
    activityUpdate: (campaign: string, number: number | string, title: string) =>
      `修改活动「${campaign}」的活动项目 ${number}「${title}」`,
    activityDelete: (campaign: string, number: number | string, title: string) =>
      `删除活动「${campaign}」的活动项目 ${number}「${title}」`,
  },
  assignment: {
    create: (number: number | string, title: string, units: readonly string[], deadline: string) =>
      `将活动项目 ${number}「${title}」分解到 ${units.length} 个单位（${units.join('、')}），截止 ${deadline}`,
    deadline: (org: string, title: string, from: string, to: string) =>
      `修改${org}「${title}」任务的截止日期：${from} → ${to}`,
    delete: (org: string, title: string) => `删除${org}的任务「${title}」`,
    report: (org: string, title: string, from: number, to: number) =>
      `${org}填报「${title}」进展：${from}% → ${to}%`,
  },
  quotaRule: {
    save: (
      existed: boolean,
      r: {
        effectiveFrom: string;
        rankName: string;
        minDaysPerMonth: number;
        minHouseholds: number;
        maxHouseholds: number;
        minPoorHelped: number;
        campaign: string;
      },
    ) =>
      `${existed ? '修改' : '新增'}${r.effectiveFrom} 起${r.rankName}干部指标：每月 ${r.minDaysPerMonth} 天，联系 ${r.minHouseholds}–${r.maxHouseholds} 户，帮扶贫困户 ${r.minPoorHelped} 户（活动「${r.campaign}」）`,
  },
  compliance: {
    reminders: (month: string, missed: number, sent: number) =>
      `${month} 入户结亲指标提醒：未达标 ${missed} 人，新发提醒 ${sent} 条`,
  },
  caseCategory: {
    update: (name: string) => `修改诉求类别 ${name}`,
    defaultMoved: (from: string, to: string) => `取消默认类别 ${from}（改为 ${to}）`,
  },
  case: {
    /** how a case came in, before its tracking code */
    received: {
      web: '群众提交诉求',
      open311: '群众经 Open311 提交诉求',
      staff: '登记诉求',
      sms: '收到短信',
      mail: '收到来信',
    },
    receivedWithCode: (how: string, trackingCode: string) => `${how} ${trackingCode}`,
    revealContact: (trackingCode: string) => `查看诉求人联系方式 ${trackingCode}`,
  },
  outbox: {
    read: (kind: string, trackingCode: string | null) =>
      `查看发件箱消息 ${kind} ${trackingCode ?? ''}`.trim(),
    resend: (kind: string, trackingCode: string | null) =>
      `重新发送${kind} ${trackingCode ?? ''}`.trim(),
  },
  // --- reviewable documents (platform/documents, issue 12): {kind} is 调研课题 / 公开信 ---
  document: {
    create: (kind: string, title: string, cadre: string) => `新建${kind}「${title}」（${cadre}）`,
    update: (kind: string, title: string) => `修改${kind}「${title}」`,
    delete: (kind: string, title: string) => `删除${kind}草稿「${title}」`,
    link: (title: string, what: string) => `调研课题「${title}」关联${what}`,
    unlink: (title: string, what: string) => `调研课题「${title}」取消关联${what}`,
  },
  letterDelivery: {
    create: (title: string, copies: number) => `登记公开信「${title}」寄发 ${copies} 份`,
    delete: (title: string) => `删除公开信「${title}」的一条寄发记录`,
  },
  // --- 六个一 (issue 12 §4) ---
  sixOnes: {
    settings: (campaign: string) => `修改活动「${campaign}」的六个一完成标准和连心卡承诺`,
    reminders: (campaign: string | null, missing: number, sent: number) =>
      `${campaign ? `「${campaign}」` : ''}六个一提醒：缺项的领导干部 ${missing} 人，新发提醒 ${sent} 条`,
  },
  // --- 连心卡 (issue 12) ---
  cadreCard: {
    update: (cadre: string) => `修改 ${cadre} 的连心卡内容`,
  },
  cardRecord: {
    /** kind: 印制 or 发放 */
    create: (cadre: string, kind: string, count: number, on: string) =>
      `登记 ${cadre} 的连心卡${kind} ${count} 张（${on}）`,
    delete: (cadre: string, kind: string, count: number, on: string) =>
      `删除 ${cadre} 的连心卡${kind}记录 ${count} 张（${on}）`,
  },
  // --- 学习座谈、观看 (issue 13 §2) ---
  studySession: {
    create: (title: string, org: string, due: number) =>
      `安排学习活动「${title}」（${org}，应到 ${due} 人）`,
    update: (title: string) => `修改学习活动「${title}」`,
    delete: (title: string) => `删除学习活动「${title}」`,
    attendance: (title: string, rows: number) => `登记学习活动「${title}」的出勤 ${rows} 人`,
    checkIn: (title: string, cadre: string, status: string) =>
      `${cadre} 扫码签到学习活动「${title}」（${status}）`,
  },
  // --- 学习资料 (issue 13 §1) ---
  material: {
    create: (title: string) => `登记学习资料「${title}」`,
    update: (title: string) => `修改学习资料「${title}」`,
    delete: (title: string) => `删除学习资料「${title}」`,
    viewed: (cadre: string, title: string) => `${cadre} 标记已学「${title}」`,
    reminders: (due: number, units: number, sent: number) =>
      `学习资料签收提醒：未签收 ${due} 份发放（${units} 个单位），新发提醒 ${sent} 条`,
  },
  materialDistribution: {
    create: (title: string, units: number, quantity: number, on: string) =>
      `发放学习资料「${title}」到 ${units} 个单位，每个单位 ${quantity} 份（${on}）`,
    delete: (title: string, org: string) => `撤回学习资料「${title}」对 ${org} 的发放`,
    receipt: (title: string, org: string, quantity: number) =>
      `${org} 签收学习资料「${title}」${quantity} 份`,
  },
  // --- 学习讨论 and 一线服务 (issue 13) ---
  discussionPost: {
    createThread: (title: string) => `发起讨论主题「${title}」`,
    createReply: (title: string) => `回复讨论主题「${title}」`,
    update: (what: string) => `修改讨论内容「${what}」`,
    delete: (what: string) => `删除讨论内容「${what}」`,
    /** how a post is named: a thread by its title, a reply by its thread's title */
    name: (title: string, reply: boolean) => (reply ? `「${title}」的回复` : title),
  },
  discussionReport: {
    create: (what: string, reason: string, count: number) =>
      `举报讨论内容「${what}」（${reason}，累计 ${count} 次）`,
  },
  serviceRecord: {
    create: (cadre: string, kind: string, on: string) => `登记 ${cadre} 的${kind}（${on}）`,
    update: (cadre: string, kind: string, on: string) => `修改 ${cadre} 的${kind}（${on}）`,
    delete: (cadre: string, kind: string, on: string) => `删除 ${cadre} 的${kind}（${on}）`,
  },
  // --- 对照检查材料 (issue 13 §5) ---
  selfExam: {
    headings: (campaign: string) => `修改活动「${campaign}」的对照检查标准和根源剖析方面`,
  },
  // --- 整改清单 and 民主生活会 (issue 13 §5–6) ---
  rectification: {
    create: (cadre: string, problem: string) => `登记 ${cadre} 的整改事项「${problem}」`,
    update: (cadre: string, problem: string) => `修改 ${cadre} 的整改事项「${problem}」`,
    delete: (cadre: string, problem: string) => `删除 ${cadre} 的整改事项「${problem}」`,
    reminders: (overdue: number, sent: number) =>
      `整改逾期提醒：逾期未销号 ${overdue} 项，新发提醒 ${sent} 条`,
  },
  meeting: {
    create: (org: string, kind: string, on: string) => `登记${org} ${on} 的${kind}`,
    update: (org: string, kind: string, on: string) => `修改${org} ${on} 的${kind}`,
    delete: (org: string, kind: string, on: string) => `删除${org} ${on} 的${kind}`,
    attendance: (org: string, on: string, present: number, due: number) =>
      `设置${org} ${on} 会议的到会情况：到会 ${present} 人 / 应到 ${due} 人`,
    reviewed: (org: string, on: string, n: number) =>
      `设置${org} ${on} 会议回头看的整改事项 ${n} 项`,
  },
  // --- 经验做法 (issue 14 §3) ---
  goodPractice: {
    mark: (what: string, title: string, campaign: string) =>
      `将${what}「${title}」标为活动「${campaign}」的经验做法`,
    unmark: (title: string, campaign: string) => `取消活动「${campaign}」的经验做法「${title}」`,
  },
  // --- 月报 and 活动总结 (issue 14 §2) ---
  report: {
    create: (title: string) => `生成报告「${title}」`,
  },
} as const;
