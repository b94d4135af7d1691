import { and, asc, count, desc, eq, ilike, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { TReportKind } from '../../../common/report-terms.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cadres, campaigns, orgs, reports, users } from '../../db/schema/index.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';

export type ReportFilter = { q?: string; orgPath?: string; kind?: TReportKind };
export type ReportInsert = typeof reports.$inferInsert;

const columns = {
  id: reports.id,
  kind: reports.kind,
  title: reports.title,
  month: reports.month,
  campaignId: reports.campaignId,
  campaignName: campaigns.name,
  orgId: reports.orgId,
  orgName: orgs.name,
  generatedBy: reports.generatedBy,
  generatedByName: users.name,
  createdAt: reports.createdAt,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A bureau-wide reader sees every report; a unit admin the reports of his unit and the units
 * below it — never the bureau's (org_id null: `like` on a null path is not true).
 */
function whereOf(scope: Scope, f: ReportFilter): SQL | undefined {
  return and(
    scopeWhere(scope, orgs.path),
    scopeAndUnit({ kind: 'all' }, f.orgPath, orgs.path),
    f.kind ? eq(reports.kind, f.kind) : undefined,
    f.q ? ilike(reports.title, `%${escapeLike(f.q)}%`) : undefined,
  );
}

const from = (db: DbOrTx) =>
  db
    .select(columns)
    .from(reports)
    .leftJoin(orgs, eq(orgs.id, reports.orgId))
    .leftJoin(campaigns, eq(campaigns.id, reports.campaignId))
    .leftJoin(users, eq(users.id, reports.generatedBy));

/** A page of reports, newest first. */
export async function listReports(
  db: DbOrTx,
  scope: Scope,
  f: ReportFilter,
  page: { limit: number; offset: number },
) {
  const where = whereOf(scope, f);
  const [items, [total]] = await Promise.all([
    from(db)
      .where(where)
      .orderBy(desc(reports.createdAt), desc(reports.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(reports).leftJoin(orgs, eq(orgs.id, reports.orgId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export type ReportRow = Awaited<ReturnType<typeof listReports>>['items'][number];

/** One report in scope, with its snapshot. */
export async function findReport(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ ...columns, snapshot: reports.snapshot })
    .from(reports)
    .leftJoin(orgs, eq(orgs.id, reports.orgId))
    .leftJoin(campaigns, eq(campaigns.id, reports.campaignId))
    .leftJoin(users, eq(users.id, reports.generatedBy))
    .where(and(eq(reports.id, id), scopeWhere(scope, orgs.path)))
    .limit(1);
  return row;
}

export async function insertReport(db: DbOrTx, row: ReportInsert): Promise<string> {
  const [made] = await db.insert(reports).values(row).returning({ id: reports.id });
  if (!made) throw new Error('insert returned no row');
  return made.id;
}

/**
 * The job's report of a month (org null, generated_by null): inserted unless it exists — the
 * unique index decides between two servers. Returns the new id, or null when it was there.
 */
export async function insertJobReport(db: DbOrTx, row: ReportInsert): Promise<string | null> {
  const [made] = await db
    .insert(reports)
    .values({ ...row, orgId: null, generatedBy: null })
    .onConflictDoNothing()
    .returning({ id: reports.id });
  return made?.id ?? null;
}

export async function jobReportExists(db: DbOrTx, kind: TReportKind, month: string) {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(
      and(
        eq(reports.kind, kind),
        eq(reports.month, month),
        isNull(reports.orgId),
        isNull(reports.generatedBy),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The bureau (the top unit): its name heads the bureau's reports. */
export async function bureauName(db: DbOrTx): Promise<string | null> {
  const [row] = await db
    .select({ name: orgs.name })
    .from(orgs)
    .where(isNull(orgs.parentId))
    .orderBy(asc(orgs.sortOrder), asc(orgs.name))
    .limit(1);
  return row?.name ?? null;
}

/** The active office accounts, with the e-mail of the cadre behind the account when it has one. */
export function officeAccounts(db: DbOrTx) {
  return db
    .select({ id: users.id, email: cadres.email })
    .from(users)
    .leftJoin(cadres, and(eq(cadres.id, users.cadreId), isNotNull(cadres.email)))
    .where(and(eq(users.role, 'office'), isNull(users.disabledAt)));
}
