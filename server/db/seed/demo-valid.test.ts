import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ZAssignmentUpdateSchema, ZReportCreateSchema } from '../../../common/campaigns.ts';
import { ZCaseCreateSchema, ZPublicCaseCreateSchema } from '../../../common/cases.ts';
import { ZCadreCreateSchema, ZContactPointCreateSchema } from '../../../common/org.ts';
import { ZHouseholdCreateSchema } from '../../modules/households/households.schemas.ts';
import { useTestApp } from '../../test/hooks.ts';
import {
  activityAssignments,
  assignmentReports,
  cadres,
  cases,
  contactPoints,
  households,
} from '../schema/index.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';

/**
 * The demo is what a newcomer sees first: its rows must pass the same validation as what a user
 * types. Each row is checked with the API's own create schema, field by field (the schema's fields
 * the table has; null stands for "not given").
 */
function problemsOf(
  rows: Record<string, unknown>[],
  schema: z.ZodObject,
  label: (r: Record<string, unknown>) => string,
): string[] {
  const keys = Object.keys(schema.shape);
  const out: string[] = [];
  for (const row of rows) {
    const input = Object.fromEntries(
      keys.filter((k) => k in row && row[k] !== null).map((k) => [k, row[k]]),
    );
    const parsed = schema.partial().safeParse(input);
    if (!parsed.success)
      for (const i of parsed.error.issues)
        out.push(
          `${label(row)} ${i.path.join('.')}=${JSON.stringify(input[String(i.path[0])])}: ${i.message}`,
        );
  }
  return out;
}

describe('demo data passes the API validation', () => {
  const t = useTestApp();
  beforeAll(async () => {
    await inTransaction(t.db, (tx) => loadDemoData(tx));
  });

  it('households (phone, ID number, names, members)', async () => {
    const rows = await t.db.select().from(households);
    expect(rows.length).toBeGreaterThan(50);
    expect(problemsOf(rows, ZHouseholdCreateSchema, (r) => `住户 ${r.headName}`)).toEqual([]);
  });

  it('cadres and contact points', async () => {
    const cs = await t.db.select().from(cadres);
    expect(problemsOf(cs, ZCadreCreateSchema, (r) => `干部 ${r.name}`)).toEqual([]);
    const ps = await t.db.select().from(contactPoints);
    expect(problemsOf(ps, ZContactPointCreateSchema, (r) => `联系点 ${r.name}`)).toEqual([]);
  });

  it("cases: the citizen's phone and name as the staff form and the public form take them", async () => {
    const rows = await t.db
      .select({
        trackingCode: cases.trackingCode,
        citizenPhone: cases.citizenPhone,
        citizenName: cases.citizenName,
      })
      .from(cases);
    expect(rows.length).toBeGreaterThan(100);
    const staff = ZCaseCreateSchema.pick({ citizenPhone: true, citizenName: true });
    expect(problemsOf(rows, staff, (r) => `诉求件 ${r.trackingCode}`)).toEqual([]);
    const publicForm = rows.map((r) => ({ phone: r.citizenPhone, name: r.citizenName }));
    const pub = ZPublicCaseCreateSchema.pick({ phone: true, name: true });
    expect(problemsOf(publicForm, pub, (r) => `诉求件 ${r.phone}`)).toEqual([]);
  });

  it('任务分解 and 进展报告 (deadline, text and percent) as the office and the unit admin enter them', async () => {
    const assignments = await t.db.select().from(activityAssignments);
    expect(assignments.length).toBeGreaterThan(40);
    expect(problemsOf(assignments, ZAssignmentUpdateSchema, (r) => `任务 ${r.id}`)).toEqual([]);
    const reports = await t.db.select().from(assignmentReports);
    expect(reports.length).toBeGreaterThan(40);
    expect(
      problemsOf(
        reports,
        ZReportCreateSchema.omit({ attachmentIds: true }),
        (r) => `进展 ${r.text}`,
      ),
    ).toEqual([]);
  });
});
