/**
 * The scale data generator — one generator for `npm run seed` (scripts/seed.ts) and the bench's own
 * database (bench/run.ts). It fills an empty, migrated database with a bureau of 2014, the year of
 * the 学习龚全珍 campaign: units, contact points, cadres, households, pairings, assistance, the
 * campaign and its quotas, 12 months of visits, cases played through the lifecycle table
 * (server/modules/cases/lifecycle.ts) with their events, the audit rows every one of those writes
 * would have left, and accounts to log in with.
 *
 * Deterministic: one seeded PRNG (bench/zh.ts) chooses every value, ids included (UUID v7 of the
 * row's own time). Bulk-loaded in batches of multi-row INSERT … SELECT FROM unnest(…) (bench/load.ts).
 *
 * city: 60 units, 3,000 cadres, 15,000 households, 150,000 visits, 50,000 cases, ~250,000 events.
 * province: ten cities of that size under one provincial department (PostgreSQL only).
 */
import { sql } from 'drizzle-orm';
import {
  caseActionLabels,
  caseRatingLabels,
  RESPONDENT_GROUPS,
  type TCaseAction,
  type TCaseChannel,
  type TCaseRating,
  type TCaseStatus,
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
  type TRespondentGroup,
} from '../common/cases.ts';
import type { Db, DbOrTx } from '../server/db/client.ts';
import { summarizeCaseEvents } from '../server/modules/cases/cases.repo.ts';
import { mayAct, statusAfterRating, transitionOf } from '../server/modules/cases/lifecycle.ts';
import { addWorkingDays } from '../server/modules/holidays/working-days.ts';
import { settingsCatalog } from '../server/modules/settings/settings.catalog.ts';
import type { Role } from '../server/platform/access.ts';
import { hashPassword } from '../server/platform/password.ts';
import { fillLearning } from './generate-learning.ts';
import { columns, type Exprs, Progress, TableWriter } from './load.ts';
import {
  CADRE_POSTS,
  CASE_ANSWERS,
  CITIES,
  type COUNTIES,
  caseContent,
  idNumber,
  mobile,
  NOT_ACCEPT_REASONS,
  NOTES,
  personName,
  RATING_COMMENTS,
  REGION_CODES,
  RELATIONS,
  RETURN_REASONS,
  type Rng,
  rng,
  SECTIONS,
  unitNames,
  uuidAt,
  village,
  visitText,
} from './zh.ts';

/** 答复后自动销号天数 at its 2014 value (系统设置 cases.autoSignOffDays) */
const AUTO_SIGN_OFF_DAYS = settingsCatalog['cases.autoSignOffDays'].default;

export type Scale = {
  /** city bureaus: 1 (the bureau is the root) or more under a provincial department */
  cities: number;
  unitsPerCity: number;
  cadresPerUnit: number;
  householdsPerUnit: number;
  visits: number;
  cases: number;
};
export type ScaleName = 'small' | 'city' | 'province';

export const SCALES: Record<ScaleName, Scale> = {
  small: {
    cities: 1,
    unitsPerCity: 6,
    cadresPerUnit: 20,
    householdsPerUnit: 50,
    visits: 3_000,
    cases: 2_000,
  },
  city: {
    cities: 1,
    unitsPerCity: 60,
    cadresPerUnit: 50,
    householdsPerUnit: 250,
    visits: 150_000,
    cases: 50_000,
  },
  province: {
    cities: 10,
    unitsPerCity: 60,
    cadresPerUnit: 50,
    householdsPerUnit: 250,
    visits: 1_500_000,
    cases: 500_000,
  },
};

/** The password of every generated account. */
export const BENCH_PASSWORD = 'bench-password-1';
/** The generated accounts the bench (and a person trying the scale data) logs in with. */
export const BENCH_ACCOUNTS = {
  admin: 'bench-admin',
  office: 'bench-office',
  unit: 'bench-unit',
  cadre: 'bench-cadre',
} as const;
export const CAMPAIGN_NAME = '学习龚全珍，争做贴心人';

const TZ = '+08:00';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse(`2014-01-01T00:00:00${TZ}`);
const END = Date.parse(`2014-12-31T23:59:59${TZ}`);
const BEFORE = Date.parse(`2013-12-01T09:00:00${TZ}`);
/** YYYY-MM-DD in China time */
const chinaDate = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

type Unit = {
  id: string;
  path: string;
  name: string;
  county: (typeof COUNTIES)[number];
  pointId: string;
  pointAddress: string;
  adminUserId: string;
  adminName: string;
  cadres: Cadre[];
  households: { id: string; poor: boolean }[];
};
type Cadre = {
  id: string;
  name: string;
  rank: 'county' | 'section' | 'other';
  unit: Unit;
  paired: { id: string; poor: boolean }[];
};
type User = { id: string; name: string; role: Role };

export type GenerateOptions = {
  scale: ScaleName;
  seed?: number;
  /** progress bar on stderr */
  progress?: boolean;
  log?: (line: string) => void;
};

export type Summary = Record<string, number> & { seconds: number };

/** True when the database holds no data of its own (migrations' reference rows aside). */
export async function isEmpty(db: DbOrTx): Promise<boolean> {
  const res = (await db.execute(sql`
    select (select count(*) from orgs) + (select count(*) from users) + (select count(*) from cadres)
         + (select count(*) from cases) + (select count(*) from campaigns) as n`)) as unknown as {
    rows: { n: number | string }[];
  };
  return Number(res.rows[0]?.n ?? 0) === 0;
}

export async function counts(db: DbOrTx): Promise<Record<string, number>> {
  const tables = [
    'orgs',
    'contact_points',
    'cadres',
    'users',
    'households',
    'pairings',
    'assistance',
    'visits',
    'visit_households',
    'cases',
    'case_events',
    'audit_log',
  ];
  const res = (await db.execute(
    sql.raw(`select ${tables.map((t) => `(select count(*) from ${t})::int as ${t}`).join(', ')}`),
  )) as unknown as { rows: Record<string, number>[] };
  return res.rows[0] ?? {};
}

/** Fills an empty migrated database (one transaction); returns row counts and the seconds it took. */
export async function generate(db: Db, opts: GenerateOptions): Promise<Summary> {
  const scale = SCALES[opts.scale];
  const seed = opts.seed ?? 2014;
  const log = opts.log ?? (() => {});
  const started = performance.now();
  if (!(await isEmpty(db))) {
    throw new Error(
      '数据库不是空的：规模数据只能载入一个刚迁移的空数据库。 The database is not empty.',
    );
  }
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.transaction(async (tx) => {
    // a bulk load of rows consistent by construction: foreign keys are not re-checked row by row
    // (what pg_restore --disable-triggers does); needs a superuser, else the checks simply run
    await tx.execute(sql`savepoint replica`);
    try {
      await tx.execute(sql`set local session_replication_role = replica`);
    } catch {
      await tx.execute(sql`rollback to savepoint replica`);
    }
    // secondary indexes of the big tables are built once after the load, not row by row
    const indexes = (
      (await tx.execute(sql`
        select indexname, indexdef from pg_indexes
        where schemaname = current_schema() and indexname not like '%_pkey'
          and tablename in ('audit_log', 'case_events', 'cases', 'visits', 'visit_households', 'households')`)) as unknown as {
        rows: { indexname: string; indexdef: string }[];
      }
    ).rows;
    for (const i of indexes) await tx.execute(sql.raw(`drop index "${i.indexname}"`));
    await fill(tx, scale, seed, passwordHash, opts.progress ?? false);
    log(`  indexes (${indexes.length})…`);
    for (const i of indexes) await tx.execute(sql.raw(i.indexdef));
    // the cases' summary columns of their events (kept on write by the app, bulk-loaded here)
    await summarizeCaseEvents(tx);
  });
  // the load ran with the triggers off (replica): what they keep on write is built once from the
  // rows — the visit days per cadre and month, the dashboard's case cells (marked, computed on first
  // read), the 六个一 and learning facts — else the bench would time figures over empty tables
  log('  derived tables…');
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from cadre_month_days`);
    await tx.execute(sql`insert into cadre_month_days (month, cadre_id, days)
      select date_trunc('month', d)::date, v.cadre_id, count(distinct d)::int
      from visits v, generate_series(v.start_date::timestamp, v.end_date::timestamp, interval '1 day') as d
      group by 1, 2`);
    await tx.execute(sql`select case_tallies_bump(
      array_agg((created_at at time zone 'Asia/Shanghai')::date), array_agg(assigned_org_id)) from cases`);
    await tx.execute(sql`select six_ones_facts_recount()`);
    await tx.execute(sql`select learning_cadre_facts_rebuild()`);
    await tx.execute(sql`select learning_units_rebuild()`);
  });
  log('  analyze…');
  await db.execute(sql`analyze`);
  const c = await counts(db);
  return { ...c, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

async function fill(tx: DbOrTx, scale: Scale, seed: number, passwordHash: string, bar: boolean) {
  const r = rng(seed);
  const units = scale.cities * scale.unitsPerCity;
  const cadreCount = units * scale.cadresPerUnit;
  // roughly: 5 events and 6 audit rows per case, 1.5 households and 1 audit row per visit
  const expected =
    units * 4 +
    cadreCount * 1.6 +
    units * scale.householdsPerUnit +
    scale.visits * 3.5 +
    scale.cases * 11;
  const progress = new Progress(expected, bar);

  const categories = (
    (await tx.execute(
      sql`select id, name, kind, time_limit_days from case_categories where active order by sort_order`,
    )) as unknown as {
      rows: { id: string; name: string; kind: string; time_limit_days: number }[];
    }
  ).rows;
  if (categories.length === 0) throw new Error('no case categories: is the database migrated?');
  const calendar = new Map(
    (
      (await tx.execute(sql`select date::text as date, workday from holidays`)) as unknown as {
        rows: { date: string; workday: boolean }[];
      }
    ).rows.map((h) => [h.date, h.workday]),
  );

  const W = (table: string, spec: string, before: TableWriter[] = [], exprs: Exprs = {}) =>
    new TableWriter(tx, table, columns(spec, exprs), progress, before);
  const orgsW = W(
    'orgs',
    'id:uuid parent_id:uuid name kind path sort_order:int created_at:ts updated_at:ts',
  );
  const pointsW = W(
    'contact_points',
    `id:uuid org_id:uuid name kind county address latitude:float8 longitude:float8 created_at:ts
     updated_at:ts`,
    [orgsW],
  );
  const cadresW = W(
    'cadres',
    `id:uuid org_id:uuid name gender rank post phone leading:bool party_member:bool created_at:ts
     updated_at:ts`,
    [orgsW],
  );
  const usersW = W(
    'users',
    `id:uuid username name password_hash role org_id:uuid cadre_id:uuid created_at:ts updated_at:ts`,
    [cadresW],
  );
  const householdsW = W(
    'households',
    `id:uuid contact_point_id:uuid head_name id_number phone address members:jsonb categories
     created_at:ts updated_at:ts`,
    [pointsW],
    { categories: (c) => `string_to_array(${c}, ',')` },
  );
  const pairingsW = W(
    'pairings',
    'id:uuid cadre_id:uuid household_id:uuid start_date:date created_by:uuid created_at:ts',
    [householdsW, usersW],
  );
  const assistanceW = W(
    'assistance',
    `id:uuid household_id:uuid cadre_id:uuid date:date measure result created_by:uuid created_at:ts
     updated_at:ts`,
    [pairingsW],
  );
  const visitsW = W(
    'visits',
    `id:uuid cadre_id:uuid contact_point_id:uuid start_date:date end_date:date heard done
     created_by:uuid created_at:ts updated_at:ts`,
    [pairingsW],
  );
  const visitHouseholdsW = W('visit_households', 'visit_id:uuid household_id:uuid', [visitsW]);
  const casesW = W(
    'cases',
    `id:uuid tracking_code channel respondent_group category_id:uuid content citizen_name
     citizen_phone anonymous:bool addressee_cadre_id:uuid status assigned_org_id:uuid
     handler_cadre_id:uuid due_date:date answer measures answered_at:ts rating rating_comment
     rated_at:ts dissatisfied_count:int escalated:bool publicity:bool merged_into_id:uuid
     signed_off_at:ts entered_by:uuid created_at:ts updated_at:ts`,
    [usersW, cadresW],
  );
  const eventsW = W(
    'case_events',
    `id:uuid case_id:uuid action from_status to_status actor_id:uuid actor_name note public:bool
     at:ts`,
    [casesW],
  );
  const auditW = W(
    'audit_log',
    `id:uuid at:ts actor_id:uuid actor_name action entity entity_id summary before:jsonb
     after:jsonb ip`,
  );
  const audit: Audit = (at, actor, action, entity, entityId, summary, before, after, ip) =>
    auditW.push([
      uuidAt(r, at),
      new Date(at),
      actor?.id ?? null,
      actor?.name ?? null,
      action,
      entity,
      entityId,
      summary,
      before ?? null,
      after ?? null,
      ip ?? null,
    ]);
  const citizenIp = () => `117.${r.between(40, 47)}.${r.int(256)}.${r.between(1, 254)}`;

  // ── organisation: the bureau (or the provincial department and its city bureaus) and units ──
  let at = BEFORE;
  const tick = () => {
    at += r.between(1_000, 60_000);
    return at;
  };
  const makeOrg = async (
    parent: { id: string; path: string } | null,
    name: string,
    kind: string,
    sort: number,
  ) => {
    const t = tick();
    const id = uuidAt(r, t);
    const path = `${parent?.path ?? '/'}${id}/`;
    await orgsW.push([id, parent?.id ?? null, name, kind, path, sort, new Date(t), new Date(t)]);
    return { id, path };
  };
  const admin: User = { id: uuidAt(r, tick()), name: '系统管理员', role: 'admin' };
  const offices: User[] = [
    { id: uuidAt(r, tick()), name: personName(r), role: 'office' },
    { id: uuidAt(r, tick()), name: personName(r), role: 'office' },
    { id: uuidAt(r, tick()), name: personName(r), role: 'office' },
  ];
  const accounts: unknown[][] = [];
  const account = (u: User, username: string, orgId: string | null, cadreId: string | null) =>
    accounts.push([
      u.id,
      username,
      u.name,
      passwordHash,
      u.role,
      orgId,
      cadreId,
      new Date(tick()),
      new Date(at),
    ]);
  account(admin, BENCH_ACCOUNTS.admin, null, null);
  for (const [i, u] of offices.entries())
    account(u, i === 0 ? BENCH_ACCOUNTS.office : `office${i + 1}`, null, null);

  const root =
    scale.cities === 1
      ? await makeOrg(null, '萍乡市农业局', 'bureau', 0)
      : await makeOrg(null, '江西省农业厅', 'bureau', 0);
  const allUnits: Unit[] = [];
  const adminUsers = new Map<string, User>();
  for (let ci = 0; ci < scale.cities; ci++) {
    const city =
      scale.cities === 1
        ? root
        : await makeOrg(root, `${CITIES[ci % CITIES.length]}农业局`, 'bureau', ci + 1);
    const names = unitNames(scale.unitsPerCity);
    for (let ui = 0; ui < names.length; ui++) {
      const name = names[ui] as string;
      const section = (SECTIONS as readonly string[]).includes(name);
      const o = await makeOrg(city, name, section ? 'office' : 'unit', ui + 1);
      const v = village(r);
      const county = v.county as Unit['county'];
      const pointId = uuidAt(r, tick());
      const address = `${v.county}${v.town}${v.name}`;
      await pointsW.push([
        pointId,
        o.id,
        `${v.town}${v.name}`,
        v.name.endsWith('社区') ? 'community' : 'village',
        v.county,
        address,
        27.3 + r.next() * 0.6,
        113.6 + r.next() * 0.6,
        new Date(at),
        new Date(at),
      ]);
      const unitAdmin: User = { id: uuidAt(r, tick()), name: personName(r), role: 'unit_admin' };
      const first = ci === 0 && ui === 0;
      account(
        unitAdmin,
        first
          ? BENCH_ACCOUNTS.unit
          : `unit${String(ci + 1).padStart(2, '0')}${String(ui + 1).padStart(3, '0')}`,
        o.id,
        null,
      );
      adminUsers.set(o.id, unitAdmin);
      allUnits.push({
        ...o,
        name,
        county,
        pointId,
        pointAddress: address,
        adminUserId: unitAdmin.id,
        adminName: unitAdmin.name,
        cadres: [],
        households: [],
      });
    }
  }
  await orgsW.flush();
  await pointsW.flush();

  // ── cadres: per unit 2–3 county-level, then section-level up to 40 %, the rest other ──
  for (const [ui, u] of allUnits.entries()) {
    const county = 2 + (ui % 2);
    const section = Math.round(scale.cadresPerUnit * 0.4);
    for (let i = 0; i < scale.cadresPerUnit; i++) {
      const rank = i < county ? 'county' : i < section ? 'section' : 'other';
      const gender = r.chance(0.62) ? 'male' : 'female';
      const t = tick();
      const c: Cadre = { id: uuidAt(r, t), name: personName(r, gender), rank, unit: u, paired: [] };
      u.cadres.push(c);
      const post = rank === 'county' && i === 0 ? '局长' : r.pick(CADRE_POSTS[rank]);
      await cadresW.push([
        c.id,
        u.id,
        c.name,
        gender,
        rank,
        post,
        mobile(r),
        rank === 'county' || (rank === 'section' && i % 3 === 0),
        r.chance(0.9),
        new Date(t),
        new Date(t),
      ]);
    }
  }
  const unit1 = allUnits[0] as Unit;
  // the bench's cadre account: a section-level cadre of the first unit, with cases of his own
  const benchCadre = unit1.cadres.find((c) => c.rank === 'section') as Cadre;
  const benchCadreUser: User = { id: uuidAt(r, tick()), name: benchCadre.name, role: 'cadre' };
  account(benchCadreUser, BENCH_ACCOUNTS.cadre, unit1.id, benchCadre.id);
  for (const a of accounts) await usersW.push(a as never);
  await cadresW.flush();
  await usersW.flush();
  const userOf = (c: Cadre): { id: string; name: string } =>
    c === benchCadre ? benchCadreUser : { id: c.unit.adminUserId, name: c.unit.adminName };
  await audit(
    at,
    admin,
    'import',
    'org',
    null,
    `导入单位 ${allUnits.length} 个、干部 ${cadreCount} 名、账号 ${accounts.length} 个`,
  );

  // ── households: 20 % poor; a head, 1–5 members, a GB 11643 id number ──
  const usedIds = new Set<string>();
  for (const u of allUnits) {
    const region = REGION_CODES[u.county];
    for (let i = 0; i < scale.householdsPerUnit; i++) {
      const t = tick();
      const id = uuidAt(r, t);
      const cats: string[] = [];
      const poor = i % 5 === 0;
      if (poor) cats.push('poor');
      if (r.chance(0.05)) cats.push('opinion');
      if (r.chance(0.08)) cats.push('old_member');
      if (!poor && r.chance(0.05)) cats.push('large_producer');
      const gender = r.chance(0.8) ? 'male' : 'female';
      const head = personName(r, gender);
      let idNo = '';
      do {
        const birth = `${r.between(1935, 1990)}-${String(r.between(1, 12)).padStart(2, '0')}-${String(r.between(1, 28)).padStart(2, '0')}`;
        idNo = idNumber(region, birth, r.int(500) * 2 + (gender === 'male' ? 1 : 0));
      } while (usedIds.has(idNo));
      usedIds.add(idNo);
      const members = Array.from({ length: r.int(5) }, () => ({
        name: personName(r),
        relation: r.pick(RELATIONS),
      }));
      await householdsW.push([
        id,
        u.pointId,
        head,
        idNo,
        r.chance(0.7) ? mobile(r) : null,
        `${u.pointAddress}${r.between(1, 12)}组`,
        members,
        cats.join(','),
        new Date(t),
        new Date(t),
      ]);
      u.households.push({ id, poor });
    }
  }
  await audit(
    at,
    admin,
    'import',
    'household',
    null,
    `导入联系户 ${units * scale.householdsPerUnit} 户`,
  );

  // ── pairings: every county/section cadre 3–5 households of the unit's point, one of them poor ──
  const quotaCadres: Cadre[] = [];
  for (const u of allUnits) {
    const poor = u.households.filter((h) => h.poor);
    const others = u.households.filter((h) => !h.poor);
    let p = 0;
    let o = 0;
    for (const c of u.cadres.filter((x) => x.rank !== 'other')) {
      quotaCadres.push(c);
      const n = r.between(3, 5);
      const chosen = [poor[p++ % poor.length]];
      for (let k = 1; k < n; k++) chosen.push(others[o++ % others.length]);
      for (const h of chosen) {
        if (!h) continue;
        c.paired.push(h);
        const t = Date.parse(`2014-01-0${r.between(2, 9)}T10:00:00${TZ}`) + r.int(8 * HOUR);
        await pairingsW.push([uuidAt(r, t), c.id, h.id, chinaDate(t), u.adminUserId, new Date(t)]);
      }
    }
  }
  await audit(at, admin, 'import', 'pairing', null, `导入结对 ${pairingsW.written} 对`);

  // ── assistance: nine in ten of them helped their poor household, 1–3 times ──
  const MEASURES = [
    '产业帮扶：送去仔猪和饲料',
    '技术帮扶：指导种植脐橙',
    '就业帮扶：推荐到合作社务工',
    '资金帮扶：协调小额贴息贷款',
    '教育帮扶：资助子女上学',
  ];
  for (const c of quotaCadres) {
    if (!r.chance(0.9)) continue;
    const h = c.paired.find((x) => x.poor);
    if (!h) continue;
    for (let k = r.between(1, 3); k > 0; k--) {
      const t = START + r.int(360) * DAY + 10 * HOUR;
      const id = uuidAt(r, t);
      await assistanceW.push([
        id,
        h.id,
        c.id,
        chinaDate(t),
        r.pick(MEASURES),
        r.chance(0.6) ? '已见成效' : '',
        userOf(c).id,
        new Date(t),
        new Date(t),
      ]);
      await audit(t, userOf(c), 'create', 'assistance', id, `${c.name} 帮扶记录 ${chinaDate(t)}`);
    }
  }

  // ── the campaign and its 2014 quotas (county 3 days, section 5 days a month) ──
  const campaignId = uuidAt(r, BEFORE);
  await tx.execute(sql`
    insert into campaigns (id, name, description, start_date, end_date, status, created_at, updated_at)
    values (${campaignId}, ${CAMPAIGN_NAME}, '在全局党员干部中开展学习龚全珍、争做贴心人活动', '2014-01-01', '2014-12-31', 'active', ${new Date(BEFORE)}, ${new Date(BEFORE)})`);
  for (const [rank, days] of [
    ['county', 3],
    ['section', 5],
  ] as const) {
    await tx.execute(sql`
      insert into quota_rules (id, campaign_id, rank, effective_from, min_days_per_month, min_households, max_households, min_poor_helped, created_by, created_at)
      values (${uuidAt(r, BEFORE)}, ${campaignId}, ${rank}, '2014-01-01', ${days}, 3, 5, 1, ${offices[0]?.id}, ${new Date(BEFORE)})`);
  }

  // ── visits: 85 % by the county/section cadres (each with his own diligence), 15 % by others ──
  const others = allUnits.flatMap((u) => u.cadres.filter((c) => c.rank === 'other'));
  const allocate = (cadres: Cadre[], total: number) => {
    const w = cadres.map(() => 0.3 + r.next() * 1.4);
    const sum = w.reduce((a, b) => a + b, 0);
    const n = w.map((x) => Math.floor((x / sum) * total));
    let left = total - n.reduce((a, b) => a + b, 0);
    for (let i = 0; left > 0; i = (i + 1) % n.length, left--) n[i] = (n[i] as number) + 1;
    return n;
  };
  const quotaVisits = Math.round(scale.visits * 0.85);
  const plan: [Cadre, number][] = [
    ...allocate(quotaCadres, quotaVisits).map(
      (n, i) => [quotaCadres[i] as Cadre, n] as [Cadre, number],
    ),
    ...allocate(others, scale.visits - quotaVisits).map(
      (n, i) => [others[i] as Cadre, n] as [Cadre, number],
    ),
  ];
  for (const [c, n] of plan) {
    const by = userOf(c);
    for (let k = 0; k < n; k++) {
      const day = r.int(365);
      const len = r.weighted([
        [1, 70],
        [2, 25],
        [3, 5],
      ] as const);
      const start = chinaDate(START + day * DAY + 12 * HOUR);
      const end = chinaDate(Math.min(START + (day + len - 1) * DAY + 12 * HOUR, END));
      const t = Date.parse(`${end}T17:00:00${TZ}`) + r.int(5 * HOUR);
      const id = uuidAt(r, t);
      const { heard, done } = visitText(r);
      await visitsW.push([
        id,
        c.id,
        c.unit.pointId,
        start,
        end,
        heard,
        done,
        by.id,
        new Date(t),
        new Date(t),
      ]);
      const pool = c.paired.length > 0 ? c.paired : c.unit.households;
      const met = new Set<string>();
      for (let m = r.between(1, 2); m > 0; m--) met.add((r.pick(pool) as { id: string }).id);
      for (const h of met) await visitHouseholdsW.push([id, h]);
      await audit(
        t,
        by,
        'create',
        'visit',
        id,
        `${c.name} 走访 ${start}${end !== start ? ` 至 ${end}` : ''}`,
        null,
        {
          cadreId: c.id,
          contactPointId: c.unit.pointId,
          startDate: start,
          endDate: end,
          householdIds: [...met],
        },
      );
    }
  }
  await visitHouseholdsW.flush();

  // ── cases: played through the lifecycle table, spread over the year ──
  await generateCases(r, scale, {
    units: allUnits,
    benchCadre,
    benchCadreUser,
    offices,
    categories,
    calendar,
    casesW,
    eventsW,
    audit,
    citizenIp,
  });

  await eventsW.flush();
  await assistanceW.flush();

  // ── learning and self-examination (issue 13): its own PRNG stream, so the rows above stay the same ──
  const learning = await fillLearning({
    tx,
    r: rng(seed + 13),
    progress,
    campaignId,
    officeUserId: (offices[0] as User).id,
    units: allUnits,
    year: 2014,
  });
  // one import row per table, under the entity the service would have written
  const ENTITY: Record<string, string> = {
    materials: 'material',
    material_distributions: 'material_distribution',
    material_views: 'material',
    study_sessions: 'study_session',
    session_attendance: 'study_session',
    discussion_posts: 'discussion_post',
    service_records: 'service_record',
    documents: 'reflection',
    rectifications: 'rectification',
  };
  for (const [table, n] of Object.entries(learning))
    await audit(at, admin, 'import', ENTITY[table] ?? table, null, `导入 ${table} ${n} 行`);
  await auditW.flush();
  progress.end();
}

// ───────────────────────────────────────── cases ─────────────────────────────────────────

type Actor = { id: string | null; name: string; role: Role | 'citizen' | 'system' };
type Ev = {
  action: TCaseAction;
  from: TCaseStatus | null;
  to: TCaseStatus;
  actor: Actor | null;
  note: string;
  public: boolean;
  at: number;
};

/** One case played step by step: each step checked against its row of the lifecycle table. */
class Story {
  status: TCaseStatus = 'received';
  events: Ev[] = [];
  rating: TCaseRating | null = null;
  ratingComment: string | null = null;
  ratedAt: number | null = null;
  answeredAt: number | null = null;
  signedOffAt: number | null = null;
  dissatisfied = 0;
  escalated = false;
  constructor(public at: number) {}

  /** false when the step would fall after the end of the data: the story stops where it is */
  step(action: TCaseAction, by: Actor | null, hours: number, note = '', rating?: TCaseRating) {
    const when = this.at + hours * HOUR;
    if (when > END) return false;
    const t = action === 'submit' ? null : transitionOf(action);
    const systemSignOff = by?.role === 'system' && action === 'sign_off';
    const role = by ? by.role : 'citizen';
    if (t) {
      if (role === 'system' ? !systemSignOff : !mayAct(t, role as Role | 'citizen'))
        throw new Error(`scale data: ${role} may not ${action}`);
      if (!t.from.includes(this.status))
        throw new Error(`scale data: cannot ${action} from ${this.status}`);
    }
    this.at = when;
    const from = action === 'submit' ? null : this.status;
    let to: TCaseStatus =
      action === 'submit'
        ? 'received'
        : !t || t.to === 'same' || t.to === 'by_rating'
          ? this.status
          : t.to;
    if (action === 'rate' && rating) {
      const after = statusAfterRating(rating, this.dissatisfied);
      to = after.status;
      if (rating === 'dissatisfied') this.dissatisfied++;
      this.rating = to === 'in_progress' ? null : rating;
      if (after.escalate) this.escalated = true;
      this.ratedAt = when;
      this.ratingComment = to === 'in_progress' ? null : note || null;
      note = `${caseRatingLabels[rating]}${note ? `：${note}` : ''}${after.escalate ? '（再次不满意，已转局活动办）' : ''}`;
    }
    if (action === 'answer') {
      this.answeredAt = when;
      this.rating = null;
      this.ratingComment = null;
      this.ratedAt = null;
    }
    if (action === 'sign_off') {
      if (!systemSignOff && this.rating !== 'satisfied' && this.rating !== 'basically')
        throw new Error('scale data: sign off needs 满意 or 基本满意');
      this.signedOffAt = when;
    }
    this.status = to;
    this.events.push({
      action,
      from,
      to,
      actor: by,
      note,
      public: !t || t.public,
      at: when,
    });
    return true;
  }
}

/** Buffers one audit row: when, by whom (null: the system), what, and the row's before/after. */
type Audit = (
  at: number,
  actor: { id: string; name: string } | null,
  action: string,
  entity: string,
  entityId: string | null,
  summary: string,
  before?: unknown,
  after?: unknown,
  ip?: string | null,
) => Promise<void>;

type CaseContext = {
  units: Unit[];
  benchCadre: Cadre;
  benchCadreUser: User;
  offices: User[];
  categories: { id: string; name: string; kind: string; time_limit_days: number }[];
  calendar: Map<string, boolean>;
  casesW: TableWriter;
  eventsW: TableWriter;
  audit: Audit;
  citizenIp: () => string;
};

const CHANNEL_WEIGHTS: readonly (readonly [TCaseChannel, number])[] = [
  ['web', 34],
  ['hotline', 20],
  ['sms', 10],
  ['email', 8],
  ['letter', 8],
  ['suggestion_box', 5],
  ['media', 4],
  ['online_session', 5],
  ['field_interview', 6],
];
/** channels where the citizen submits herself; the others are entered by the office */
const SELF_SERVICE = new Set<TCaseChannel>(['web', 'email', 'sms']);

type Ending =
  | 'received'
  | 'accepted'
  | 'not_accepted'
  | 'merged'
  | 'assigned'
  | 'in_progress'
  | 'returned'
  | 'answered'
  | 'rated'
  | 'reopened'
  | 'twice_dissatisfied'
  | 'signed_off'
  | 'auto_signed_off'
  | 'transferred';

/** Where a case's story ends, by its age at the end of the year: old cases are mostly closed. */
function endingOf(r: Rng, ageDays: number): Ending {
  if (ageDays > 40)
    return r.weighted<Ending>([
      ['signed_off', 44],
      ['auto_signed_off', 26],
      ['transferred', 5],
      ['reopened', 4],
      ['twice_dissatisfied', 2],
      ['not_accepted', 5],
      ['merged', 5],
      ['rated', 2],
      ['answered', 3],
      ['in_progress', 2],
      ['returned', 2],
    ]);
  return r.weighted<Ending>([
    ['received', 8],
    ['accepted', 6],
    ['assigned', 14],
    ['in_progress', 22],
    ['returned', 3],
    ['answered', 15],
    ['rated', 6],
    ['reopened', 3],
    ['signed_off', 15],
    ['not_accepted', 4],
    ['merged', 4],
  ]);
}

async function generateCases(r: Rng, scale: Scale, x: CaseContext) {
  const codes = new Set<string>();
  const code = () => {
    for (;;) {
      let s = '';
      for (let i = 0; i < TRACKING_CODE_LENGTH; i++)
        s += TRACKING_ALPHABET[r.int(TRACKING_ALPHABET.length)];
      if (!codes.has(s)) {
        codes.add(s);
        return s;
      }
    }
  };
  // submission times over the year, office hours more likely, in order
  const times = Array.from({ length: scale.cases }, () => {
    const day = r.int(365);
    const hour = r.chance(0.75) ? r.between(8, 17) : r.int(24);
    return START + day * DAY + hour * HOUR + r.int(HOUR);
  }).sort((a, b) => a - b);
  const livelihood = x.categories.filter((c) => c.kind === 'livelihood');
  const fourWinds = x.categories.filter((c) => c.kind !== 'livelihood');
  /** recent cases a new one may be merged into (not merged, not refused) */
  const mergeable: { id: string; code: string }[] = [];
  const system: Actor = { id: null, name: '系统', role: 'system' };

  for (const created of times) {
    const id = uuidAt(r, created);
    const trackingCode = code();
    const channel = r.weighted(CHANNEL_WEIGHTS);
    const category = r.chance(0.75) ? r.pick(livelihood) : r.pick(fourWinds);
    const office = r.pick(x.offices);
    const officeActor: Actor = { ...office };
    const entered = !SELF_SERVICE.has(channel);
    // one in twenty is addressed to a cadre (the QR link on his connection card)
    let unit = r.pick(x.units);
    let handler = unit === x.units[0] && r.chance(0.3) ? x.benchCadre : r.pick(unit.cadres);
    const addressed = r.chance(0.05);
    if (addressed) unit = handler.unit;
    if (handler.unit !== unit) handler = r.pick(unit.cadres);
    const handlerActor: Actor =
      handler === x.benchCadre
        ? { id: x.benchCadreUser.id, name: x.benchCadreUser.name, role: 'cadre' }
        : { id: unit.adminUserId, name: unit.adminName, role: 'unit_admin' };
    const supervisor: Actor = { id: unit.adminUserId, name: unit.adminName, role: 'unit_admin' };
    const anonymous = channel !== 'field_interview' && r.chance(0.08);

    const s = new Story(created);
    s.step('submit', entered ? officeActor : null, 0);
    const ending = endingOf(r, (END - created) / DAY);
    let answer: (typeof CASE_ANSWERS)[number] | null = null;
    let mergedInto: { id: string; code: string } | null = null;
    let publicity = false;
    let assignedOrg: Unit | null = null;
    let handlerCadre: Cadre | null = null;
    let dueDate: string | null = null;

    const assign = (action: 'assign' | 'transfer', note = '') => {
      if (!s.step(action, officeActor, r.between(2, 40), note)) return false;
      assignedOrg = unit;
      handlerCadre = handler;
      dueDate = addWorkingDays(chinaDate(s.at), category.time_limit_days, x.calendar);
      return true;
    };
    const rate = (rating: TCaseRating) =>
      s.step('rate', null, r.between(2, 96), r.pick(RATING_COMMENTS[rating]), rating);
    const work = () => {
      if (!s.step('start', handlerActor, r.between(1, 48))) return false;
      if (r.chance(0.15) && !s.step('note', handlerActor, r.between(4, 72), r.pick(NOTES)))
        return false;
      answer = r.pick(CASE_ANSWERS);
      publicity = r.chance(0.05);
      return s.step('answer', handlerActor, r.between(24, 200));
    };

    // the case played through the lifecycle until its ending (or a step the table refuses)
    const play = (): void => {
      if (ending === 'received') return;
      if (r.chance(0.15) || ending === 'accepted') {
        if (!s.step('accept', officeActor, r.between(1, 20))) return;
        if (ending === 'accepted') return;
      }
      if (ending === 'not_accepted') {
        s.step('not_accept', officeActor, r.between(2, 48), r.pick(NOT_ACCEPT_REASONS));
        return;
      }
      if (ending === 'merged') {
        const target = mergeable[mergeable.length - 1 - r.int(Math.min(mergeable.length, 200))];
        if (!target) return;
        if (s.step('merge', officeActor, r.between(2, 48), `合并到 ${target.code}`))
          mergedInto = target;
        return;
      }
      if (!assign('assign')) return;
      if (ending === 'assigned') return;
      if (ending === 'returned') {
        s.step('return', supervisor, r.between(4, 48), r.pick(RETURN_REASONS));
        return;
      }
      if (ending === 'transferred') {
        if (!s.step('start', handlerActor, r.between(1, 48))) return;
        unit = r.pick(x.units);
        handler = r.pick(unit.cadres);
        if (!assign('transfer', r.pick(RETURN_REASONS))) return;
        handlerActor.id = unit.adminUserId;
        handlerActor.name = unit.adminName;
        handlerActor.role = 'unit_admin';
        supervisor.id = unit.adminUserId;
        supervisor.name = unit.adminName;
      }
      if (ending === 'in_progress') {
        s.step('start', handlerActor, r.between(1, 48));
        return;
      }
      if (!work()) return;
      if (ending === 'answered') return;
      if (ending === 'auto_signed_off') {
        s.step(
          'sign_off',
          system,
          AUTO_SIGN_OFF_DAYS * 24 + r.between(0, 1),
          `超过 ${AUTO_SIGN_OFF_DAYS} 天未评价，系统自动销号`,
        );
        return;
      }
      if (ending === 'reopened' || ending === 'twice_dissatisfied') {
        if (!rate('dissatisfied')) return;
        if (ending === 'reopened' && r.chance(0.5)) return;
        if (!s.step('answer', handlerActor, r.between(24, 150))) return;
        if (ending === 'twice_dissatisfied') {
          rate('dissatisfied');
          return;
        }
      }
      const rating = r.chance(0.7) ? 'satisfied' : 'basically';
      if (!rate(rating)) return;
      if (ending === 'rated') return;
      s.step('sign_off', r.chance(0.8) ? supervisor : officeActor, r.between(2, 72));
    };
    play();

    const citizen = anonymous ? null : personName(r);
    const last = s.events.at(-1) as Ev;
    await x.casesW.push([
      id,
      trackingCode,
      channel,
      channel === 'field_interview' ? (r.pick(RESPONDENT_GROUPS) as TRespondentGroup) : null,
      category.id,
      caseContent(r, category.name),
      citizen,
      anonymous ? null : r.chance(0.9) ? mobile(r) : null,
      anonymous,
      addressed ? handler.id : null,
      s.status,
      (assignedOrg as Unit | null)?.id ?? null,
      (handlerCadre as Cadre | null)?.id ?? null,
      dueDate,
      s.answeredAt ? ((answer as (typeof CASE_ANSWERS)[number] | null)?.[0] ?? null) : null,
      s.answeredAt ? ((answer as (typeof CASE_ANSWERS)[number] | null)?.[1] ?? null) : null,
      s.answeredAt ? new Date(s.answeredAt) : null,
      s.rating,
      s.rating ? s.ratingComment : null,
      s.ratedAt ? new Date(s.ratedAt) : null,
      s.dissatisfied,
      s.escalated,
      publicity && s.answeredAt !== null,
      (mergedInto as { id: string } | null)?.id ?? null,
      s.signedOffAt ? new Date(s.signedOffAt) : null,
      entered ? office.id : null,
      new Date(created),
      new Date(last.at),
    ]);
    for (const e of s.events) {
      const staff =
        e.actor && e.actor.role !== 'system' ? (e.actor as { id: string; name: string }) : null;
      await x.eventsW.push([
        uuidAt(r, e.at),
        id,
        e.action,
        e.from,
        e.to,
        staff?.id ?? null,
        staff?.name ?? null,
        e.note,
        e.public,
        new Date(e.at),
      ]);
      if (e.action === 'submit') {
        await x.audit(
          e.at,
          staff,
          'create',
          'case',
          id,
          `${entered ? '代群众登记诉求' : '群众提交诉求'} ${trackingCode}`,
          null,
          { channel, categoryId: category.id },
          staff ? null : x.citizenIp(),
        );
      } else {
        await x.audit(
          e.at,
          staff,
          'update',
          'case',
          id,
          `${caseActionLabels[e.action]} ${trackingCode}`,
          { status: e.from },
          { status: e.to, ...(e.note ? { note: e.note } : {}) },
          staff ? null : e.actor ? null : x.citizenIp(),
        );
      }
      if (e.action === 'merge' && mergedInto) {
        await x.eventsW.push([
          uuidAt(r, e.at),
          (mergedInto as { id: string }).id,
          'note',
          null,
          null,
          staff?.id ?? null,
          staff?.name ?? null,
          `${trackingCode} 已合并到本件`,
          false,
          new Date(e.at),
        ]);
      }
    }
    if (s.status !== 'merged' && s.status !== 'not_accepted') {
      mergeable.push({ id, code: trackingCode });
      if (mergeable.length > 1000) mergeable.splice(0, 500);
    }
  }
}
