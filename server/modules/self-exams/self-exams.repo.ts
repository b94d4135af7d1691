import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { campaigns, documents, selfExamHeadings } from '../../db/schema/index.ts';
import { firstRow } from '../../platform/rows.repo.ts';

/** A campaign with its stored headings (null: none stored, the defaults apply). */
export function findCampaignHeadings(db: DbOrTx, campaignId: string) {
  return firstRow(
    db
      .select({ id: campaigns.id, name: campaigns.name, headings: selfExamHeadings.headings })
      .from(campaigns)
      .leftJoin(selfExamHeadings, eq(selfExamHeadings.campaignId, campaigns.id))
      .where(eq(campaigns.id, campaignId)),
  );
}

/** The stored headings of a campaign (undefined: none stored). */
export function storedHeadings(db: DbOrTx, campaignId: string) {
  return firstRow(
    db
      .select({ headings: selfExamHeadings.headings })
      .from(selfExamHeadings)
      .where(eq(selfExamHeadings.campaignId, campaignId)),
  );
}

export async function saveCampaignHeadings(
  db: DbOrTx,
  campaignId: string,
  headings: unknown,
  updatedBy: string | null,
) {
  await db
    .insert(selfExamHeadings)
    .values({ campaignId, headings, updatedBy })
    .onConflictDoUpdate({
      target: selfExamHeadings.campaignId,
      set: { headings, updatedBy, updatedAt: new Date() },
    });
}

/**
 * The section keys with text in the campaign's reports (problems and causes), so a heading that
 * some report has written under is not taken away from under it.
 */
export async function usedSectionKeys(db: DbOrTx, campaignId: string): Promise<Set<string>> {
  const res = (await db.execute(sql`
    select distinct s.key from ${documents} d,
      lateral (
        select key, value from jsonb_each_text(coalesce(d.details -> 'problems', '{}'::jsonb))
        union all
        select key, value from jsonb_each_text(coalesce(d.details -> 'causes', '{}'::jsonb))
      ) s
    where d.kind = 'self_exam' and d.campaign_id = ${campaignId} and btrim(s.value) <> ''`)) as unknown as {
    rows: { key: string }[];
  };
  return new Set(res.rows.map((r) => r.key));
}
