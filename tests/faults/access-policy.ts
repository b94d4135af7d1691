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
import type { Role } from '../../server/platform/access.ts';

export const ROLES: readonly Role[] = ['admin', 'office', 'unit_admin', 'cadre', 'inspector'];
export const UNIT_BOUND: readonly Role[] = ['unit_admin', 'cadre'];

const ALL = ROLES;
/** may write organisation data, each within its scope */
const WRITERS: readonly Role[] = ['admin', 'office', 'unit_admin'];
/** 局活动办: plans campaigns, categories, holidays */
const PLANNERS: readonly Role[] = ['admin', 'office'];
/** everyone but the inspector, who only reads */
const STAFF: readonly Role[] = ['admin', 'office', 'unit_admin', 'cadre'];

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
    read: ALL,
    write: ALL,
    record: 'none',
    unitScoped: false,
  },
  {
    prefix: '/api/orgs',
    read: ALL,
    write: WRITERS,
    record: 'org',
    unitScoped: true,
    routes: { 'GET /api/orgs/import-template': WRITERS },
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
    read: ALL,
    write: WRITERS,
    record: 'cadre',
    unitScoped: true,
    routes: { 'GET /api/cadres/import-template': WRITERS },
  },
  {
    prefix: '/api/campaigns',
    read: ALL,
    write: PLANNERS,
    record: 'campaign',
    unitScoped: false,
  },
  {
    prefix: '/api/assignments',
    read: ALL,
    write: PLANNERS,
    record: 'assignment',
    unitScoped: true,
    routes: { 'POST /api/assignments/{id}/reports': ['unit_admin'] },
  },
  { prefix: '/api/quota-rules', read: ALL, write: PLANNERS, record: 'none', unitScoped: false },
  {
    prefix: '/api/contact-points',
    read: ALL,
    write: WRITERS,
    record: 'contactPoint',
    unitScoped: true,
  },
  { prefix: '/api/users', read: ['admin'], write: ['admin'], record: 'user', unitScoped: false },
  { prefix: '/api/attachments', read: ALL, write: STAFF, record: 'none', unitScoped: false },
  { prefix: '/api/notifications', read: ALL, write: ALL, record: 'none', unitScoped: false },
  {
    prefix: '/api/households',
    read: ALL,
    write: WRITERS,
    record: 'household',
    unitScoped: true,
    routes: { 'GET /api/households/import-template': WRITERS },
  },
  { prefix: '/api/pairings', read: ALL, write: WRITERS, record: 'pairing', unitScoped: true },
  {
    prefix: '/api/assistance',
    read: ALL,
    write: STAFF,
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
    read: ALL,
    write: STAFF,
    record: 'visit',
    unitScoped: true,
    denied: ['PATCH /api/visits/{id}', 'DELETE /api/visits/{id}'].map((route) => ({
      route,
      role: 'cadre' as const,
      target: 'child' as const,
      why: "a cadre edits only his own records; the child unit's belongs to another cadre",
    })),
  },
  { prefix: '/api/categories', read: ALL, write: PLANNERS, record: 'category', unitScoped: false },
  {
    prefix: '/api/cases',
    read: ALL,
    write: STAFF,
    record: 'case',
    unitScoped: true,
    // 显示联系方式: the roles that may see a citizen's contact data; a cadre only as the case's
    // handler, which he is of none of the matrix's cases (another unit's case is not found)
    routes: { 'GET /api/cases/{id}/contact': STAFF },
    denied: (['own', 'child'] as const).map((target) => ({
      route: 'GET /api/cases/{id}/contact',
      role: 'cadre' as const,
      target,
      why: 'a cadre sees the full contact data only of the cases he handles',
    })),
  },
  { prefix: '/api/holidays', read: ALL, write: PLANNERS, record: 'none', unitScoped: false },
  {
    prefix: '/api/outbox',
    read: PLANNERS,
    write: ['admin'],
    record: 'none',
    unitScoped: false,
  },
  {
    prefix: '/api/compliance',
    read: ALL,
    write: PLANNERS,
    record: 'none',
    unitScoped: false,
    query: 'month=2014-03',
  },
  // 系统设置: the office reads the rules, the admin changes them
  { prefix: '/api/settings', read: PLANNERS, write: ['admin'], record: 'none', unitScoped: false },
  {
    prefix: '/api/audit',
    read: ['admin', 'inspector'],
    write: [],
    record: 'none',
    unitScoped: false,
  },
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
