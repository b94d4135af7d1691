import { and, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { TCaseStatus } from '../../../common/cases.ts';
import type { DbOrTx } from '../../db/client.ts';
import { caseCategories, cases, orgs } from '../../db/schema/index.ts';

/** The columns a request may show — never names, phones, e-mails or notes. */
const columns = {
  id: cases.id,
  status: cases.status,
  categoryId: cases.categoryId,
  categoryName: caseCategories.name,
  timeLimitDays: caseCategories.timeLimitDays,
  content: cases.content,
  answer: cases.answer,
  orgName: orgs.name,
  dueDate: cases.dueDate,
  address: cases.address,
  lat: cases.lat,
  lng: cases.lng,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
};
export type RequestRow = Awaited<ReturnType<typeof findRequests>>[number];

const from = (db: DbOrTx) =>
  db
    .select(columns)
    .from(cases)
    .innerJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .leftJoin(orgs, eq(orgs.id, cases.assignedOrgId));

/** Requests by id, whatever their publicity: the id is known only to whoever submitted it. */
export async function findRequests(db: DbOrTx, ids: string[], limit: number) {
  if (ids.length === 0) return [];
  return from(db).where(inArray(cases.id, ids)).orderBy(desc(cases.createdAt)).limit(limit);
}

/**
 * The public list: only cases the office marked for publicity (办成实事) — a citizen's letter or
 * phone call is not published because someone asks the API for everything.
 */
export async function listPublishedRequests(
  db: DbOrTx,
  f: { serviceCodes?: string[]; statuses?: TCaseStatus[]; start: Date; end: Date; limit: number },
) {
  return from(db)
    .where(
      and(
        eq(cases.publicity, true),
        f.serviceCodes ? inArray(cases.categoryId, f.serviceCodes) : undefined,
        f.statuses ? inArray(cases.status, f.statuses) : undefined,
        gte(cases.createdAt, f.start),
        lte(cases.createdAt, f.end),
      ),
    )
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(f.limit);
}
