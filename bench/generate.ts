/**
 * Fills an empty, migrated database with a bureau at scale, in bulk SQL (INSERT … SELECT from
 * generate_series), deterministically: every value derives from row numbers, not from random().
 *
 * city: 60 units, 3,000 cadres, 15,000 households, 150,000 visits over 12 months of 2014, and
 * 50,000 cases (generateCases, run on its own so an older bench database gains them).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../server/db/client.ts';
import { hashPassword } from '../server/platform/password.ts';

export type Scale = {
  /** 诉求件: 50,000 at city scale, the size issue 4's case list is measured at */
  cases: number;
  units: number;
  cadresPerUnit: number;
  householdsPerPoint: number;
  visitsPerQuotaCadre: number;
};

export const SCALES: Record<'city' | 'small', Scale> = {
  city: {
    cases: 50_000,
    units: 60,
    cadresPerUnit: 50,
    householdsPerPoint: 250,
    visitsPerQuotaCadre: 125,
  },
  small: {
    cases: 2_000,
    units: 6,
    cadresPerUnit: 20,
    householdsPerPoint: 50,
    visitsPerQuotaCadre: 40,
  },
};

export const BENCH_PASSWORD = 'bench-password-1';

type Step = { label: string; query: ReturnType<typeof sql> };

export async function generate(db: Db, scale: Scale, log: (line: string) => void = () => {}) {
  const { units, cadresPerUnit, householdsPerPoint, visitsPerQuotaCadre } = scale;
  const steps: Step[] = [
    {
      label: 'bureau and units',
      query: sql`
        with b as (
          insert into orgs (id, parent_id, name, kind, path, sort_order)
          values ('00000000-0000-7000-8000-000000000001', null, '基准测试局', 'bureau',
                  '/00000000-0000-7000-8000-000000000001/', 0)
          returning id, path)
        insert into orgs (id, parent_id, name, kind, path, sort_order)
        select u.id, b.id, '单位' || g, 'unit', b.path || u.id || '/', g
        from b, generate_series(1, ${units}) g,
          lateral (select ('00000000-0000-7000-8001-' || lpad(g::text, 12, '0'))::uuid as id) u`,
    },
    {
      label: 'contact points (one per unit)',
      query: sql`
        insert into contact_points (id, org_id, name, kind, county, address)
        select ('00000000-0000-7000-8002-' || lpad(g::text, 12, '0'))::uuid,
               ('00000000-0000-7000-8001-' || lpad(g::text, 12, '0'))::uuid,
               '联系村' || g, 'village', '芦溪县', '某镇某村'
        from generate_series(1, ${units}) g`,
    },
    {
      label: 'cadres (5% county, 35% section, 60% other)',
      query: sql`
        insert into cadres (id, org_id, name, rank, post, phone, "leading")
        select ('00000000-0000-7000-8003-' || lpad(n::text, 12, '0'))::uuid,
               ('00000000-0000-7000-8001-' || lpad((1 + (n - 1) / ${cadresPerUnit})::text, 12, '0'))::uuid,
               '干部' || n,
               case when n % 20 = 0 then 'county' when n % 20 < 8 then 'section' else 'other' end,
               '科员', '139' || lpad(n::text, 8, '0'), n % 20 = 0
        from generate_series(1, ${units * cadresPerUnit}) n`,
    },
    {
      label: 'households (20% poor)',
      query: sql`
        insert into households (id, contact_point_id, head_name, address, categories)
        select ('00000000-0000-7000-8004-' || lpad(n::text, 12, '0'))::uuid,
               ('00000000-0000-7000-8002-' || lpad((1 + (n - 1) / ${householdsPerPoint})::text, 12, '0'))::uuid,
               '户主' || n, '某村某组',
               case when n % 5 = 0 then array['poor']::text[] else array[]::text[] end
        from generate_series(1, ${units * householdsPerPoint}) n`,
    },
    {
      label: 'pairings (4 households per county/section cadre, one poor)',
      query: sql`
        insert into pairings (cadre_id, household_id, start_date, id)
        select c.id,
               -- offset 5m is a poor household (every fifth), 5m+1..5m+3 are not
               ('00000000-0000-7000-8004-' || lpad(((u - 1) * ${householdsPerPoint} + 5 * (1 + k % (${householdsPerPoint} / 5 - 1)) + j)::text, 12, '0'))::uuid,
               '2014-01-01', gen_random_uuid()
        from (select id, row_number() over (order by id) as k,
                     1 + ((substr(id::text, 25)::int - 1) / ${cadresPerUnit}) as u
              from cadres where rank in ('county', 'section')) c,
             generate_series(0, 3) j`,
    },
    {
      label: 'visits (one or two days each, over 2014)',
      query: sql`
        insert into visits (id, cadre_id, contact_point_id, start_date, end_date, heard, done)
        select gen_random_uuid(), c.id,
               ('00000000-0000-7000-8002-' || lpad(c.u::text, 12, '0'))::uuid,
               d, d + ((c.k + v) % 3 = 0)::int, '群众反映的问题', '采取的措施'
        from (select id, row_number() over (order by id) as k,
                     1 + ((substr(id::text, 25)::int - 1) / ${cadresPerUnit}) as u
              from cadres where rank in ('county', 'section')) c,
             generate_series(1, ${visitsPerQuotaCadre}) v,
             lateral (select ('2014-01-01'::date + ((v * 37 + c.k * 11) % 364)::int) as d) x`,
    },
    {
      label: 'assistance (one poor household helped by most cadres)',
      query: sql`
        insert into assistance (id, household_id, cadre_id, date, measure)
        select gen_random_uuid(), p.household_id, p.cadre_id, '2014-03-15', '产业帮扶'
        from pairings p join households h on h.id = p.household_id
        where 'poor' = any(h.categories) and substr(p.cadre_id::text, 25)::int % 10 <> 0`,
    },
    {
      label: 'campaign and 2014 quota rules',
      query: sql`
        with c as (
          insert into campaigns (id, name, start_date, end_date, status)
          values ('00000000-0000-7000-8005-000000000001', '学习龚全珍，争做贴心人（基准）', '2014-01-01', '2014-12-31', 'active')
          returning id)
        insert into quota_rules (id, campaign_id, rank, effective_from, min_days_per_month, min_households, max_households, min_poor_helped)
        select gen_random_uuid(), c.id, r.rank, '2014-01-01', r.days, 3, 5, 1
        from c, (values ('county', 3), ('section', 5)) as r(rank, days)`,
    },
  ];
  for (const step of steps) {
    const started = performance.now();
    await db.execute(step.query);
    log(`  ${step.label}: ${Math.round(performance.now() - started)} ms`);
  }
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.execute(sql`
    insert into users (id, username, name, role, org_id, password_hash) values
      (gen_random_uuid(), 'bench-office', '基准活动办', 'office', null, ${passwordHash}),
      (gen_random_uuid(), 'bench-unit', '基准单位管理员', 'unit_admin', '00000000-0000-7000-8001-000000000001', ${passwordHash})`);
  await db.execute(sql`analyze`);
}

export async function counts(db: Db) {
  const res = (await db.execute(sql`
    select (select count(*) from cadres)::int as cadres, (select count(*) from households)::int as households,
           (select count(*) from visits)::int as visits, (select count(*) from pairings)::int as pairings`)) as unknown as {
    rows: { cadres: number; households: number; visits: number; pairings: number }[];
  };
  return res.rows[0];
}

/**
 * 诉求件 at scale: every channel and status, assigned round-robin to the units with a handler from
 * the unit, spread over 2014; one in twenty has no unit yet (受理, still with the office).
 */
export async function generateCases(db: Db, scale: Scale, log: (line: string) => void = () => {}) {
  const started = performance.now();
  const { units, cadresPerUnit } = scale;
  await db.execute(sql`
    with cat as (select id, row_number() over (order by sort_order, name) - 1 as k,
                        count(*) over () as cnt from case_categories),
         ch as (select unnest(array['web','email','sms','hotline','letter','suggestion_box','media','online_session','field_interview']::text[]) as c,
                       generate_series(0, 8) as k),
         st as (select unnest(array['received','assigned','in_progress','answered','signed_off','not_accepted']::text[]) as s,
                       generate_series(0, 5) as k)
    insert into cases (id, tracking_code, channel, category_id, content, citizen_name, citizen_phone,
                       status, assigned_org_id, handler_cadre_id, due_date, answer, created_at, updated_at)
    select gen_random_uuid(), 'BENCH' || lpad(n::text, 6, '0'), ch.c, cat.id,
           '关于' || (array['农田灌溉','种子补贴','机耕道维修','农技培训','会议太多','公车私用'])[1 + n % 6] || '的诉求，编号' || n,
           '群众' || n, '138' || lpad(n::text, 8, '0'),
           case when n % 20 = 0 then 'received' else st.s end,
           case when n % 20 = 0 then null else ('00000000-0000-7000-8001-' || lpad((1 + n % ${units})::text, 12, '0'))::uuid end,
           case when n % 20 = 0 then null else ('00000000-0000-7000-8003-' || lpad((1 + (n % ${units}) * ${cadresPerUnit} + n % 7)::text, 12, '0'))::uuid end,
           case when n % 20 = 0 then null else '2014-01-01'::date + (n % 364) + 21 end,
           case when st.s in ('answered', 'signed_off') then '已办理完毕' end,
           t, t
    from generate_series(1, ${scale.cases}) n
    join cat on cat.k = n % cat.cnt
    join ch on ch.k = n % 9
    join st on st.k = (n / 7) % 6,
    lateral (select timestamptz '2014-01-01 08:00+08' + make_interval(mins => (n * 523) % 525000) as t) x`);
  await db.execute(sql`analyze cases`);
  log(`  cases (${scale.cases}): ${Math.round(performance.now() - started)} ms`);
}

export async function countCases(db: Db): Promise<number> {
  const res = (await db.execute(sql`select count(*)::int as n from cases`)) as unknown as {
    rows: { n: number }[];
  };
  return res.rows[0]?.n ?? 0;
}
