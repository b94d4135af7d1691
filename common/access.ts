/**
 * Who may do what, declared once: the roles and, for every resource family, which roles may read
 * and write it. The server's policies (server/modules/<x>/<x>.policy.ts) are these rows, the admin
 * app's route guards and side menu read them (web/admin/modules/<x>/manifest.ts), and the access
 * matrix (tests/faults/access-policy.ts) checks the server against them. Data only: no zod, so
 * the web may import it as a value without growing its bundle.
 */

/** 系统管理员, 局活动办, 单位党组织管理员, 党员干部, 督查 — in the order menus list them. */
export const ROLES = ['admin', 'office', 'unit_admin', 'cadre', 'inspector'] as const;
export type TRole = (typeof ROLES)[number];

type Roles = readonly TRole[];

/** Every role. */
const ALL: Roles = ROLES;
/** Roles bound to one unit: their scope is that unit and its sub-units. */
export const UNIT_BOUND_ROLES: Roles = ['unit_admin', 'cadre'];
/** Roles that see every unit. */
export const BUREAU_WIDE_ROLES: Roles = ['admin', 'office', 'inspector'];
/** May write organisation data, each within its own scope. */
export const WRITER_ROLES: Roles = ['admin', 'office', 'unit_admin'];
/** 局活动办 and the admin: plan campaigns, categories, holidays. */
const PLANNERS: Roles = ['admin', 'office'];
/** Everyone but the inspector, who only reads. */
const STAFF: Roles = ['admin', 'office', 'unit_admin', 'cadre'];
/** Those who oversee others' work (not a cadre, who has his own month and 诉求清单). */
const OVERSEERS: Roles = ['admin', 'office', 'unit_admin', 'inspector'];
const ADMIN: Roles = ['admin'];

/**
 * One row per resource family: `read` (GET), `write` (POST/PATCH/PUT/DELETE) and the family's
 * narrower rights. `page`, where given, is who has the family's page in the admin app when that
 * is narrower than `read` (the API answers the others; the menu does not offer them the page).
 */
export const ACCESS = {
  /** 登录、修改密码、登录设备: every account for itself */
  auth: { read: ALL, write: ALL },
  /** 通知提醒: every account its own */
  notifications: { read: ALL, write: ALL },
  /** uploads: staff attach files; everyone reads those of records in their scope */
  attachments: { read: ALL, write: STAFF },
  /** 组织机构; top-level units (no parent) are the campaign office's to create */
  orgs: { read: ALL, write: WRITER_ROLES, createRoot: PLANNERS },
  cadres: { read: ALL, write: WRITER_ROLES },
  contactPoints: { read: ALL, write: WRITER_ROLES },
  /** 局活动办 and the admin plan campaigns; everyone reads them */
  campaigns: { read: ALL, write: PLANNERS },
  /** 任务分解: the office assigns activities to units; a unit admin reports its units' progress */
  assignments: { read: ALL, write: PLANNERS, report: ['unit_admin'] },
  /** 指标规则: edited by the office (audited) */
  quotaRules: { read: ALL, write: PLANNERS },
  /**
   * 住户: only roles that handle households see personal data unmasked (PIPL, each read audited);
   * `mergeDuplicates`: see households registered twice with one ID number across units
   */
  households: { read: ALL, write: WRITER_ROLES, reveal: WRITER_ROLES, mergeDuplicates: PLANNERS },
  pairings: { read: ALL, write: WRITER_ROLES },
  /** 帮扶: cadres record their own; writers for any cadre in their scope */
  assistance: { read: ALL, write: STAFF },
  /** 走访: cadres log their own visits; writers for a cadre in scope */
  visits: { read: ALL, write: STAFF, ofAnyCadre: WRITER_ROLES },
  /**
   * 诉求件: the inspector only reads; `write` may enter cases and take lifecycle steps (which ones
   * is the lifecycle table's business); `contact` sees the citizen's phone unmasked (audited);
   * `revealContact` may ask for 显示联系方式 (a cadre only as the handler: the service checks)
   */
  cases: {
    read: ALL,
    write: STAFF,
    contact: WRITER_ROLES,
    revealContact: STAFF,
    page: OVERSEERS,
  },
  /** 住户类别: read wherever households are read; the admin keeps them (like 系统设置) */
  householdCategories: { read: ALL, write: ADMIN },
  /** 类别与时限 */
  caseCategories: { read: ALL, write: PLANNERS },
  /** 节假日: everyone sees the calendar (due dates depend on it); the office keeps it */
  holidays: { read: ALL, write: PLANNERS },
  /**
   * 调研课题, 公开信, 心得体会, 对照检查材料 (reviewable documents, common/documents.ts): a cadre
   * writes his own, the `ofAnyCadre` roles for any cadre in scope (a unit for its leaders); who
   * reviews at which level and who publishes is each kind's data (DOCUMENT_KINDS), checked by the
   * workflow engine; `similar` (材料雷同) is for reviewers and overseers, never a cadre, who would
   * learn of a colleague's draft
   */
  documents: { read: ALL, write: STAFF, ofAnyCadre: WRITER_ROLES, similar: OVERSEERS },
  /** 干群连心卡: a cadre keeps his own card and its print records; writers for cadres in scope */
  cards: { read: ALL, write: STAFF, ofAnyCadre: WRITER_ROLES },
  /**
   * 六个一: everyone reads his scope; the office sets what counts as done; overseers remind; the
   * board is the overseers' page (a cadre has 我的六个一)
   */
  sixOnes: {
    read: ALL,
    write: PLANNERS,
    remind: ['admin', 'office', 'unit_admin'],
    page: OVERSEERS,
  },
  // --- 学习教育 and 查摆整改 (issue 13: the campaign's first and second phases) ---
  /**
   * 学习资料: the office registers materials and sends them to units; `receipt`: a unit confirms
   * what it received; `view`: a cadre records that he studied one online
   */
  materials: { read: ALL, write: PLANNERS, receipt: WRITER_ROLES, view: STAFF },
  /**
   * 学习座谈/观看: a unit schedules its sessions and takes attendance (or its recorder, a cadre:
   * the service checks); `checkIn`: a cadre scans the session's rotating QR code; `approveLate`:
   * the office approves records entered after the window; `record`: who may take attendance, write
   * the minutes and show the QR code (the writers, and a cadre who is the session's recorder: the
   * service checks)
   */
  studySessions: {
    read: ALL,
    write: WRITER_ROLES,
    checkIn: STAFF,
    approveLate: PLANNERS,
    record: STAFF,
  },
  /** 「学习龚全珍，我该怎么做」: staff post, reply and report; the office moderates */
  discussion: { read: ALL, write: STAFF, moderate: PLANNERS },
  /** 选派一线 and 志愿服务: a cadre records his own; writers for a cadre in scope */
  serviceRecords: { read: ALL, write: STAFF, ofAnyCadre: WRITER_ROLES },
  /**
   * 整改清单: a cadre keeps his own items (writers for a cadre in scope); `signOff` (销号) is the
   * unit's or the office's, never the cadre's own
   */
  rectifications: { read: ALL, write: STAFF, ofAnyCadre: WRITER_ROLES, signOff: WRITER_ROLES },
  /** 民主生活会/组织生活会: a unit records its meetings; everyone reads his scope */
  meetings: { read: ALL, write: WRITER_ROLES },
  /** 学习参与情况: the overseers' page of participation by unit and cadre */
  learning: { read: ALL, write: PLANNERS, page: OVERSEERS },
  /** 指标达标: everyone reads his scope; the office sends the month-end reminders */
  compliance: { read: ALL, write: PLANNERS, page: OVERSEERS },
  /**
   * 发件箱 holds citizens' addresses: bureau-wide planners read it and may see recipients in full
   * (audited), the admin re-sends; the page is in 系统管理 (the admin's)
   */
  outbox: { read: PLANNERS, write: ADMIN, reveal: PLANNERS, page: ADMIN },
  /** 系统设置: the office reads the rules it works by; only the admin changes them */
  settings: { read: PLANNERS, write: ADMIN, page: ADMIN },
  /** 账号: managed by the system admin (SPEC §1) */
  users: { read: ADMIN, write: ADMIN },
  /** 审计日志: read by the admin and the inspector; nobody writes it through the API */
  audit: { read: ['admin', 'inspector'], write: [] },
  /** 首页统计 (issue 14): the bureau's roles and a unit admin (their units); read-only; a cadre has 我的本月 */
  dashboard: { read: OVERSEERS, write: [] },
} as const satisfies Record<string, { read: Roles; write: Roles } & Record<string, Roles>>;

export type TResource = keyof typeof ACCESS;

/** Who has the family's page in the admin app: its `page` row, else everyone who may read it. */
export function pageRoles(resource: TResource): Roles {
  const row: { read: Roles; page?: Roles } = ACCESS[resource];
  return row.page ?? row.read;
}

/** `role` is in one of the access table's lists. */
export function may(roles: Roles, role: TRole | undefined): boolean {
  return role !== undefined && roles.includes(role);
}

/**
 * 本人: a cadre's own record (走访). The `ofAnyCadre` roles write it for any cadre in their scope;
 * another role that may write (a cadre account) only for the cadre it is linked to — or, without
 * `cadreId`, whether it may write such records at all.
 */
export function mayWriteCadreRecord(
  rights: { write: Roles; ofAnyCadre: Roles },
  user: { role: TRole; cadreId: string | null },
  cadreId?: string,
): boolean {
  if (!may(rights.write, user.role)) return false;
  if (may(rights.ofAnyCadre, user.role)) return true;
  return user.cadreId !== null && (cadreId === undefined || user.cadreId === cadreId);
}
