/**
 * Who may call what: the expected answers of the access matrix (tests/faults/access.test.ts),
 * one row per route family. This is the rule book; the matrix checks the server against it.
 *
 * - no login → 401 on every route except the public ones (PUBLIC below, checked against the code)
 * - a role not in the family's list → 403
 * - a unit-bound role (单位管理员 unit_admin, 党员干部 cadre) asking for a record of a sibling unit
 *   (乙单位 when the account is in 甲单位) → 404, never the row; its own unit and the units below
 *   (甲单位党支部) are in scope
 * - bureau-wide roles (admin, office, inspector) see every unit
 */
import { ACCESS, type TRole as Role, UNIT_BOUND_ROLES } from '../../common/access.ts';

// The roles and each family's read/write lists are the one table of common/access.ts, which the
// server's policies and the admin app's guards read too; this file adds what the matrix needs.
export { ROLES, UNIT_BOUND_ROLES as UNIT_BOUND } from '../../common/access.ts';

/**
 * Routes without a session (derived from the code by access.test.ts: the route registrations
 * without an `onRequest` guard must be exactly these).
 */
export const PUBLIC: readonly { prefix?: string; exact?: string; why: string }[] = [
  { prefix: '/api/public/', why: "the citizens' site: no account, rate-limited per address" },
  { prefix: '/open311/', why: 'Open311 GeoReport v2 for other city systems' },
  { exact: 'POST /api/auth/login', why: 'logging in' },
  { exact: 'POST /api/channels/sms/inbound', why: "the SMS gateway's webhook, signed with HMAC" },
];

/** Which test record fills a route's `{id}`; "unit" kinds exist once in each of the three units. */
export type RecordKind =
  | 'org'
  | 'cadre'
  | 'contactPoint'
  | 'household'
  | 'pairing'
  | 'assistance'
  | 'visit'
  | 'case'
  | 'assignment'
  | 'user'
  | 'campaign'
  | 'category'
  | 'researchTopic'
  | 'letter'
  | 'studySession'
  | 'material'
  | 'discussionThread'
  | 'discussionReply'
  | 'serviceRecord'
  | 'reflection'
  | 'selfExam'
  | 'rectification'
  | 'meeting'
  | 'none';

export type Family = {
  /** "/api/cadres" matches /api/cadres and /api/cadres/… */
  prefix: string;
  /** roles that may GET */
  read: readonly Role[];
  /** roles that may POST / PATCH / PUT / DELETE */
  write: readonly Role[];
  /** the record behind `{id}`; 'none' = a random id (the row does not exist → 404) */
  record: RecordKind;
  /** rows belong to a unit: unit-bound roles see their subtree only */
  unitScoped: boolean;
  /** per route "METHOD /path/{id}" exceptions to read/write */
  routes?: Record<string, readonly Role[]>;
  /** a query every GET of the family needs (its required parameters) */
  query?: string;
  /** narrower rules inside the family: this role gets 403 on this route for that unit's record */
  denied?: readonly { route: string; role: Role; target: Target; why: string }[];
};

/** own = the account's unit (甲单位), child = a unit below it, sibling = another unit (乙单位). */
export type Target = 'own' | 'child' | 'sibling';

export const FAMILIES: readonly Family[] = [
  {
    prefix: '/api/auth',
    ...ACCESS.auth,
    record: 'none',
    unitScoped: false,
  },
  {
    prefix: '/api/orgs',
    ...ACCESS.orgs,
    record: 'org',
    unitScoped: true,
    routes: { 'GET /api/orgs/import-template': ACCESS.orgs.write },
    denied: [
      {
        route: 'DELETE /api/orgs/{id}',
        role: 'unit_admin',
        target: 'own',
        why: 'a unit admin may not remove the unit his account belongs to (ORG_ROOT_LOCKED)',
      },
    ],
  },
  {
    prefix: '/api/cadres',
    ...ACCESS.cadres,
    record: 'cadre',
    unitScoped: true,
    routes: {
      'GET /api/cadres/import-template': ACCESS.cadres.write,
      // 干群连心卡: a cadre keeps his own card and its records (cards.test.ts: not another's)
      'PUT /api/cadres/{id}/card': ACCESS.cards.write,
      'POST /api/cadres/{id}/card-records': ACCESS.cards.write,
    },
  },
  {
    prefix: '/api/campaigns',
    ...ACCESS.campaigns,
    record: 'campaign',
    unitScoped: false,
    routes: { 'PUT /api/campaigns/{id}/six-ones': ACCESS.sixOnes.write },
  },
  {
    prefix: '/api/assignments',
    ...ACCESS.assignments,
    record: 'assignment',
    unitScoped: true,
    routes: { 'POST /api/assignments/{id}/reports': ACCESS.assignments.report },
  },
  { prefix: '/api/quota-rules', ...ACCESS.quotaRules, record: 'none', unitScoped: false },
  {
    prefix: '/api/contact-points',
    ...ACCESS.contactPoints,
    record: 'contactPoint',
    unitScoped: true,
  },
  { prefix: '/api/users', ...ACCESS.users, record: 'user', unitScoped: false },
  { prefix: '/api/attachments', ...ACCESS.attachments, record: 'none', unitScoped: false },
  { prefix: '/api/notifications', ...ACCESS.notifications, record: 'none', unitScoped: false },
  {
    prefix: '/api/households',
    ...ACCESS.households,
    record: 'household',
    unitScoped: true,
    routes: { 'GET /api/households/import-template': ACCESS.households.write },
  },
  { prefix: '/api/pairings', ...ACCESS.pairings, record: 'pairing', unitScoped: true },
  {
    prefix: '/api/assistance',
    ...ACCESS.assistance,
    record: 'assistance',
    unitScoped: true,
    denied: ['PATCH /api/assistance/{id}'].map((route) => ({
      route,
      role: 'cadre' as const,
      target: 'child' as const,
      why: "a cadre edits only his own records; the child unit's belongs to another cadre",
    })),
  },
  {
    prefix: '/api/visits',
    ...ACCESS.visits,
    record: 'visit',
    unitScoped: true,
    denied: ['PATCH /api/visits/{id}', 'DELETE /api/visits/{id}'].map((route) => ({
      route,
      role: 'cadre' as const,
      target: 'child' as const,
      why: "a cadre edits only his own records; the child unit's belongs to another cadre",
    })),
  },
  // 干群连心卡 records by their own id (their cadre's unit is the scope)
  { prefix: '/api/card-records', ...ACCESS.cards, record: 'none', unitScoped: false },
  { prefix: '/api/categories', ...ACCESS.caseCategories, record: 'category', unitScoped: false },
  {
    prefix: '/api/household-categories',
    ...ACCESS.householdCategories,
    record: 'none',
    unitScoped: false,
  },
  {
    prefix: '/api/cases',
    ...ACCESS.cases,
    record: 'case',
    unitScoped: true,
    // 显示联系方式: the roles that may see a citizen's contact data; a cadre only as the case's
    // handler, which he is of none of the matrix's cases (another unit's case is not found)
    routes: { 'GET /api/cases/{id}/contact': ACCESS.cases.revealContact },
    denied: (['own', 'child'] as const).map((target) => ({
      route: 'GET /api/cases/{id}/contact',
      role: 'cadre' as const,
      target,
      why: 'a cadre sees the full contact data only of the cases he handles',
    })),
  },
  { prefix: '/api/holidays', ...ACCESS.holidays, record: 'none', unitScoped: false },
  {
    prefix: '/api/outbox',
    ...ACCESS.outbox,
    record: 'none',
    unitScoped: false,
  },
  {
    prefix: '/api/compliance',
    ...ACCESS.compliance,
    record: 'none',
    unitScoped: false,
    query: 'month=2014-03',
  },
  // 系统设置: the office reads the rules, the admin changes them
  { prefix: '/api/settings', ...ACCESS.settings, record: 'none', unitScoped: false },
  // --- 六个一 (issue 12 §4): the board reads the scope; overseers send the reminders. A cadre's
  // six (/api/cadres/{id}/six-ones) and a campaign's rules (/api/campaigns/{id}/six-ones) are
  // rows of those families: read by all, the rules written by the planners (ACCESS.sixOnes.write)
  {
    prefix: '/api/six-ones',
    read: ACCESS.sixOnes.read,
    write: ACCESS.sixOnes.remind,
    record: 'none',
    unitScoped: false,
  },
  // --- 调研课题 and 公开信 (reviewable documents, issue 12): the matrix's are published, so a
  // cadre reads his unit's; he changes only his own (the child unit's belongs to another cadre)
  ...(
    [
      ['/api/research-topics', 'researchTopic', ['links']],
      ['/api/letters', 'letter', ['deliveries']],
    ] as const
  ).map(([prefix, record, children]) => ({
    prefix,
    ...ACCESS.documents,
    record,
    unitScoped: true,
    denied: [
      `PATCH ${prefix}/{id}`,
      `DELETE ${prefix}/{id}`,
      ...children.map((c) => `DELETE ${prefix}/{id}/${c}/{childId}`),
    ].map((route) => ({
      route,
      role: 'cadre' as const,
      target: 'child' as const,
      why: "a cadre changes only his own documents; the child unit's belongs to another cadre",
    })),
  })),
  // --- 心得体会 and 对照检查材料 (issue 13 §4–5): kinds of the same documents; the matrix's are
  // published. 材料雷同 (…/similar) is the reviewers' and overseers', never a cadre's; a cadre reads
  // the masses' opinions beside his own report only (the child unit's belongs to another cadre)
  ...(
    [
      ['/api/reflections', 'reflection', []],
      ['/api/self-exams', 'selfExam', ['opinions']],
    ] as const
  ).map(([prefix, record, readsOwn]) => ({
    prefix,
    ...ACCESS.documents,
    record,
    unitScoped: true,
    routes: { [`GET ${prefix}/{id}/similar`]: ACCESS.documents.similar },
    denied: [
      `PATCH ${prefix}/{id}`,
      `DELETE ${prefix}/{id}`,
      ...readsOwn.map((r) => `GET ${prefix}/{id}/${r}`),
    ].map((route) => ({
      route,
      role: 'cadre' as const,
      target: 'child' as const,
      why: "a cadre changes (and reads the opinions beside) only his own; the child unit's is another cadre's",
    })),
  })),
  /** 待我审核: everyone may ask; only reviewers find anything */
  { prefix: '/api/reviews', ...ACCESS.documents, record: 'none', unitScoped: false },
  // --- 学习座谈、观看 (issue 13 §2): the matrix's sessions are under way (the QR code is shown)
  // and their recorder is the unit's own cadre, so the matrix's cadre account (the own unit's
  // cadre) records the own unit's session, never the child unit's
  {
    prefix: '/api/study-sessions',
    ...ACCESS.studySessions,
    record: 'studySession',
    unitScoped: true,
    routes: {
      'PATCH /api/study-sessions/{id}': ACCESS.studySessions.record,
      'PUT /api/study-sessions/{id}/attendance': ACCESS.studySessions.record,
      'GET /api/study-sessions/{id}/check-in-code': ACCESS.studySessions.record,
      'POST /api/study-sessions/{id}/check-in': ACCESS.studySessions.checkIn,
      'POST /api/study-sessions/{id}/events': ACCESS.studySessions.record,
    },
    denied: ['GET /api/study-sessions/{id}/check-in-code', 'PATCH /api/study-sessions/{id}'].map(
      (route) => ({
        route,
        role: 'cadre' as const,
        target: 'child' as const,
        why: "only the session's recorder or a unit writer shows the QR code and writes the minutes",
      }),
    ),
  },
  // --- 学习资料 (issue 13 §1): the bureau's materials, read by all; a unit's sendings are its
  // own (another unit's is not found); receipts by the unit's admin, the studied mark by staff
  {
    prefix: '/api/materials',
    read: ACCESS.materials.read,
    write: ACCESS.materials.write,
    record: 'material',
    unitScoped: false,
    routes: {
      'POST /api/materials/{id}/distributions/{childId}/receipt': ACCESS.materials.receipt,
      'POST /api/materials/{id}/views': ACCESS.materials.view,
    },
  },
  // 学习参与情况 (issue 13): figures of the reader's scope, read by all
  { prefix: '/api/learning', ...ACCESS.learning, record: 'none', unitScoped: false },
  {
    prefix: '/api/audit',
    ...ACCESS.audit,
    record: 'none',
    unitScoped: false,
  },
  // --- 学习讨论 (issue 13 §3): the matrix's threads and replies are unit threads of another
  // account, so every writer is refused a change of them (only the author edits or deletes) —
  // except where a unit-bound account does not see a sibling unit's post at all (404). The steps
  // of moderation (POST …/posts/{id}/events) are the office's.
  ...(
    [
      ['/api/discussion/threads', 'discussionThread'],
      ['/api/discussion/posts', 'discussionReply'],
    ] as const
  ).map(([prefix, record]) => ({
    prefix,
    ...ACCESS.discussion,
    record,
    unitScoped: true,
    routes: { [`POST ${prefix}/{id}/events`]: ACCESS.discussion.moderate },
    denied: [`PATCH ${prefix}/{id}`, `DELETE ${prefix}/{id}`].flatMap((route) =>
      ACCESS.discussion.write.flatMap((role) =>
        (['own', 'child', 'sibling'] as const)
          .filter((target) => target !== 'sibling' || !UNIT_BOUND_ROLES.includes(role))
          .map((target) => ({
            route,
            role,
            target,
            why: "only a post's author edits or deletes it (DISCUSSION_NOT_OWN)",
          })),
      ),
    ),
  })),
  {
    prefix: '/api/discussion/moderation',
    read: ACCESS.discussion.moderate,
    write: ACCESS.discussion.moderate,
    record: 'none',
    unitScoped: false,
  },
  // --- 选派一线、志愿服务 (issue 13 §4): a cadre changes only his own records
  {
    prefix: '/api/service-records',
    ...ACCESS.serviceRecords,
    record: 'serviceRecord',
    unitScoped: true,
    denied: ['PATCH /api/service-records/{id}', 'DELETE /api/service-records/{id}'].map(
      (route) => ({
        route,
        role: 'cadre' as const,
        target: 'child' as const,
        why: "a cadre edits only his own records; the child unit's belongs to another cadre",
      }),
    ),
  },
  // --- 整改清单 and 民主生活会 (issue 13 §5–6): a cadre reads his unit's items (made known in the
  // unit) and changes only his own; the overdue reminders are the writers' for any cadre
  {
    prefix: '/api/rectifications',
    read: ACCESS.rectifications.read,
    write: ACCESS.rectifications.write,
    record: 'rectification',
    unitScoped: true,
    routes: { 'POST /api/rectifications/reminders': ACCESS.rectifications.ofAnyCadre },
    denied: ['PATCH /api/rectifications/{id}', 'DELETE /api/rectifications/{id}'].map((route) => ({
      route,
      role: 'cadre' as const,
      target: 'child' as const,
      why: "a cadre changes only his own items; the child unit's belongs to another cadre",
    })),
  },
  { prefix: '/api/meetings', ...ACCESS.meetings, record: 'meeting', unitScoped: true },
  // 首页统计 (issue 14): figures over the reader's scope; no record of its own
  { prefix: '/api/dashboard', ...ACCESS.dashboard, record: 'none', unitScoped: false },
];

export function isPublic(method: string, path: string): boolean {
  return PUBLIC.some((p) =>
    p.exact ? p.exact === `${method} ${path}` : path.startsWith(p.prefix ?? '\0'),
  );
}

export function familyOf(path: string): Family | undefined {
  return FAMILIES.find((f) => path === f.prefix || path.startsWith(`${f.prefix}/`));
}

export function allowedRoles(method: string, path: string): readonly Role[] {
  const f = familyOf(path);
  if (!f) throw new Error(`no family in the policy table for ${method} ${path}`);
  return f.routes?.[`${method} ${path}`] ?? (method === 'GET' ? f.read : f.write);
}

export function deniedHere(method: string, path: string, role: Role, target: Target): boolean {
  return Boolean(
    familyOf(path)?.denied?.some(
      (d) => d.route === `${method} ${path}` && d.role === role && d.target === target,
    ),
  );
}
