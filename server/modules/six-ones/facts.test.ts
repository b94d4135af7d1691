import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import { DEFAULT_SIX_ONES_RULES } from '../../../common/six-ones.ts';
import {
  cadres,
  campaigns,
  cardRecords,
  caseEvents,
  cases,
  documents,
  letterDeliveries,
} from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { makeCase, SEEDED_CATEGORY, submitPublic } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { newTrackingCode } from '../cases/tracking-code.ts';
import {
  listSixOnes,
  recountSixOnesFacts,
  type SixOnesQuery,
  sixOnesTotals,
} from './six-ones.repo.ts';

type Stored = Record<string, unknown>;

/**
 * six_ones_facts is derived data kept by triggers on cases, campaigns, documents, card_records and
 * letter_deliveries (the six-ones migration): after every kind of write, the board and the tile
 * read from it equal the same counted live from those tables (the board's definitions before the
 * facts were kept), and the rows equal a recount from scratch.
 */
describe('六个一 facts kept on write (six_ones_facts)', () => {
  const { t, w } = useWorld();
  const today = todayInChina();
  let campaignId: string;
  /** leading, unit A, with a mailbox */
  let lead: { id: string };
  /** leading, unit B */
  let other: { id: string };
  /** handles cases, with a login */
  let handler: { cadreId: string; client: Client };
  let point: { id: string };
  let point2: { id: string };

  beforeAll(async () => {
    campaignId = (
      await makeCampaign(t.db, { startDate: addDays(today, -30), endDate: addDays(today, 30) })
    ).id;
    lead = await makeCadre(t.db, w.unitA, { name: '实数甲', leading: true });
    await t.db.update(cadres).set({ email: 'jia@example.cn' }).where(eq(cadres.id, lead.id));
    other = await makeCadre(t.db, w.unitB, { name: '实数乙', leading: true });
    handler = await makeCadreWithLogin(t, w.unitA, { name: '实数承办' });
    point = await makeContactPoint(t.db, w.unitA, '实数村');
    point2 = await makeContactPoint(t.db, w.unitA, '实数社区');
  });

  const rows = async <T>(q: ReturnType<typeof sql>) =>
    ((await t.db.execute(q)) as unknown as { rows: T[] }).rows;

  /** the kept rows that hold anything (a row of zeros and nulls means the same as none) */
  const stored = () =>
    rows<Stored>(sql`select * from six_ones_facts
      where research_state is not null or letter_state is not null or printed <> 0 or handed <> 0
        or handed_points <> 0 or deliveries <> 0 or delivery_points <> 0 or copies <> 0
        or mails <> 0 or demands <> 0 or open_demands <> 0 or ledger <> 0 or signed_off <> 0
      order by campaign_id, cadre_id`);

  /**
   * Every campaign's board (all active cadres, the whole bureau) and tile totals, read from the
   * kept facts and counted live, are equal; and a recount from scratch changes no row.
   */
  async function expectExact() {
    const all = await t.db
      .select({ id: campaigns.id, startDate: campaigns.startDate, endDate: campaigns.endDate })
      .from(campaigns);
    for (const campaign of all) {
      const q: SixOnesQuery = {
        campaign,
        rules: DEFAULT_SIX_ONES_RULES,
        scope: { kind: 'all' },
        leadingOnly: false,
      };
      const page = { limit: 10_000, offset: 0 };
      expect(await listSixOnes(t.db, q, page)).toEqual(
        await listSixOnes(t.db, { ...q, countLive: true }, page),
      );
      expect(await sixOnesTotals(t.db, q)).toEqual(
        await sixOnesTotals(t.db, { ...q, countLive: true }),
      );
    }
    const before = await stored();
    await recountSixOnesFacts(t.db);
    expect(await stored()).toEqual(before);
  }

  /** what the board says of a cadre in the test's campaign, from the kept facts */
  async function factsOf(cadreId: string) {
    const { items } = await listSixOnes(
      t.db,
      {
        campaign: (await t.db.select().from(campaigns).where(eq(campaigns.id, campaignId)))[0],
        rules: DEFAULT_SIX_ONES_RULES,
        scope: { kind: 'all' },
        cadreId,
      } as SixOnesQuery,
      { limit: 1, offset: 0 },
    );
    return items[0];
  }

  const step = async (client: Client, id: string, payload: Record<string, unknown>) => {
    const res = await client.post(`/api/cases/${id}/events`, payload);
    expect(res.statusCode, res.body).toBe(200);
  };

  it('follows cases submitted, stepped, moved, merged, refused, re-dated and deleted', async () => {
    // addressed through the public form (one INSERT … SELECT statement with its trail)
    const submitted = await submitPublic(t, '10.6.0.1', {
      content: '村口路灯一直不亮',
      cadreId: lead.id,
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(await factsOf(lead.id)).toMatchObject({ demands: 1, openDemands: 1, mails: 0 });
    const id = (
      await t.db.select({ id: cases.id }).from(cases).where(eq(cases.content, '村口路灯一直不亮'))
    )[0]?.id as string;

    // accepted, assigned to the handler: counts for both; started, answered
    await step(w.as.office, id, { action: 'accept' });
    await step(w.as.office, id, {
      action: 'assign',
      orgId: w.unitA.id,
      handlerCadreId: handler.cadreId,
    });
    expect(await factsOf(handler.cadreId)).toMatchObject({ demands: 1, openDemands: 1 });
    await step(handler.client, id, { action: 'start' });
    await step(handler.client, id, { action: 'answer', answer: '已修好' });
    expect(await factsOf(lead.id)).toMatchObject({ demands: 1, openDemands: 0, ledger: 1 });
    await expectExact();

    // an e-mail to the lead, handled by him too: one case, one mail
    const mail = await makeCase(t.db, { channel: 'email', handlerCadreId: lead.id });
    await t.db.update(cases).set({ addresseeCadreId: lead.id }).where(eq(cases.id, mail.id));
    expect(await factsOf(lead.id)).toMatchObject({ demands: 2, mails: 1 });
    // moved to another handler: the lead keeps it as addressee, the other cadre gains it
    await t.db.update(cases).set({ handlerCadreId: other.id }).where(eq(cases.id, mail.id));
    expect(await factsOf(other.id)).toMatchObject({ demands: 1, mails: 0 });
    await expectExact();

    // merged into the first: no longer counted; refused: on the list, not in the ledger
    const dup = await makeCase(t.db, { handlerCadreId: handler.cadreId });
    await step(w.as.office, dup.id, { action: 'merge', mergeIntoId: id });
    const refused = await makeCase(t.db, { handlerCadreId: handler.cadreId });
    await step(w.as.office, refused.id, { action: 'not_accept', reason: '不属于受理范围' });
    expect(await factsOf(handler.cadreId)).toMatchObject({ demands: 2, ledger: 1 });
    await t.db.update(cases).set({ status: 'signed_off' }).where(eq(cases.id, id));
    expect(await factsOf(handler.cadreId)).toMatchObject({ signedOff: 1 });
    await expectExact();

    // created before the campaign began: out of it; then deleted
    await t.db
      .update(cases)
      .set({ createdAt: new Date(`${addDays(today, -45)}T12:00:00+08:00`) })
      .where(eq(cases.id, mail.id));
    expect(await factsOf(other.id)).toMatchObject({ demands: 0 });
    await expectExact();
    const gone = await makeCase(t.db, { status: 'in_progress', handlerCadreId: handler.cadreId });
    expect(await factsOf(handler.cadreId)).toMatchObject({ demands: 3, openDemands: 1 });
    await t.db.delete(caseEvents).where(eq(caseEvents.caseId, gone.id));
    await t.db.delete(cases).where(eq(cases.id, gone.id));
    expect(await factsOf(handler.cadreId)).toMatchObject({ demands: 2, openDemands: 0 });
    await expectExact();
  });

  it('counts a case on the first and the last day of the campaign, China time', async () => {
    const c = (await t.db.select().from(campaigns).where(eq(campaigns.id, campaignId)))[0];
    const cadre = await makeCadre(t.db, w.unitB, { name: '实数边界', leading: true });
    for (const at of [
      `${c?.startDate}T00:00:00+08:00`, // in
      `${c?.startDate}T00:00:00+08:00`,
      `${addDays(c?.startDate as string, -1)}T23:59:59+08:00`, // out
      `${c?.endDate}T23:59:59+08:00`, // in
      `${addDays(c?.endDate as string, 1)}T00:00:00+08:00`, // out
    ])
      await makeCase(t.db, { handlerCadreId: cadre.id, createdAt: new Date(at) });
    expect(await factsOf(cadre.id)).toMatchObject({ demands: 3 });
    await expectExact();
  });

  it('stays exact after bulk inserts, updates and deletes of many cases in one statement', async () => {
    const cadre = await makeCadre(t.db, w.unitB, { name: '实数批量', leading: true });
    const inserted = await t.db
      .insert(cases)
      .values(
        Array.from({ length: 40 }, (_, i) => ({
          trackingCode: newTrackingCode(),
          channel: i % 3 === 0 ? ('email' as const) : ('web' as const),
          categoryId: SEEDED_CATEGORY.roads,
          content: `批量诉求${i}`,
          status: (['received', 'in_progress', 'answered', 'signed_off', 'not_accepted'] as const)[
            i % 5
          ],
          addresseeCadreId: i % 2 === 0 ? cadre.id : lead.id,
          handlerCadreId: i % 4 === 0 ? cadre.id : other.id,
          createdAt: new Date(`${addDays(today, (i % 7) * -10)}T09:00:00+08:00`),
        })),
      )
      .returning({ id: cases.id });
    expect((await factsOf(cadre.id))?.demands).toBeGreaterThan(0);
    await expectExact();
    const ids = inserted.map((r) => r.id);
    await t.db
      .update(cases)
      .set({ status: 'signed_off', handlerCadreId: lead.id })
      .where(inArray(cases.id, ids.slice(0, 25)));
    await expectExact();
    // nothing counted changes: no row is written (and the facts stay equal)
    await t.db.update(cases).set({ measures: '回访' }).where(inArray(cases.id, ids));
    await expectExact();
    await t.db.delete(cases).where(inArray(cases.id, ids.slice(10)));
    await expectExact();
  });

  it('recounts a campaign created over existing cases, re-dated, and forgets a deleted one', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { name: '实数跨期', leading: true });
    for (const days of [-200, -100, -50, -5])
      await makeCase(t.db, {
        handlerCadreId: cadre.id,
        createdAt: new Date(`${addDays(today, days)}T10:00:00+08:00`),
      });
    const past = await makeCampaign(t.db, {
      name: '往期活动',
      startDate: addDays(today, -150),
      endDate: addDays(today, -40),
      status: 'closed',
    });
    await expectExact();
    await t.db
      .update(campaigns)
      .set({ startDate: addDays(today, -250) })
      .where(eq(campaigns.id, past.id));
    await expectExact();
    // other columns: no recount needed, nothing changes
    await t.db.update(campaigns).set({ name: '往期活动（改）' }).where(eq(campaigns.id, past.id));
    await expectExact();
    await t.db.delete(campaigns).where(eq(campaigns.id, past.id));
    expect(await rows(sql`select 1 from six_ones_facts where campaign_id = ${past.id}`)).toEqual(
      [],
    );
    await expectExact();
  });

  it('follows research topics, open letters, their deliveries and the cards', async () => {
    const doc = async (kind: 'research' | 'letter', cadreId: string, title: string) => {
      const [row] = await t.db
        .insert(documents)
        .values({ kind, cadreId, orgId: w.unitA.id, campaignId, title, state: 'draft' })
        .returning({ id: documents.id });
      return row?.id as string;
    };
    const cadre = await makeCadre(t.db, w.unitA, { name: '实数文书', leading: true });
    const research = await doc('research', cadre.id, '村道调研');
    const letter = await doc('letter', cadre.id, '致乡亲们');
    // another kind of document counts for nothing
    await t.db.insert(documents).values({
      kind: 'reflection',
      cadreId: cadre.id,
      orgId: w.unitA.id,
      campaignId,
      title: '心得',
    });
    expect(await factsOf(cadre.id)).toMatchObject({
      researchState: 'draft',
      researchTitle: '村道调研',
      letterState: 'draft',
    });
    await t.db
      .update(documents)
      .set({ state: 'published', title: '致乡亲们的一封信' })
      .where(eq(documents.id, letter));
    await t.db.update(documents).set({ body: '正文' }).where(eq(documents.id, research));
    const [d1] = await t.db
      .insert(letterDeliveries)
      .values([
        { documentId: letter, contactPointId: point.id, copies: 40, deliveredOn: today },
        { documentId: letter, contactPointId: point.id, copies: 10, deliveredOn: today },
      ])
      .returning({ id: letterDeliveries.id });
    await t.db
      .update(letterDeliveries)
      .set({ contactPointId: point2.id, copies: 30 })
      .where(eq(letterDeliveries.id, d1?.id as string));
    expect(await factsOf(cadre.id)).toMatchObject({
      letterState: 'published',
      letterTitle: '致乡亲们的一封信',
      deliveries: 2,
      deliveryPoints: 2,
      copies: 40,
      letterDone: true,
    });
    await expectExact();

    // cards through the API (the active campaign) and straight in the table
    const printed = await w.as.office.post(`/api/cadres/${cadre.id}/card-records`, {
      kind: 'printed',
      count: 200,
      on: today,
    });
    expect(printed.statusCode, printed.body).toBe(201);
    await t.db.insert(cardRecords).values([
      {
        cadreId: cadre.id,
        campaignId,
        kind: 'handed_out',
        count: 20,
        on: today,
        contactPointId: point.id,
      },
      {
        cadreId: cadre.id,
        campaignId,
        kind: 'handed_out',
        count: 5,
        on: today,
        contactPointId: point2.id,
      },
    ]);
    expect(await factsOf(cadre.id)).toMatchObject({
      printed: 200,
      handedOut: 25,
      handedOutPoints: 2,
      cardDone: true,
    });
    await t.db
      .update(cardRecords)
      .set({ contactPointId: point.id })
      .where(eq(cardRecords.contactPointId, point2.id));
    expect(await factsOf(cadre.id)).toMatchObject({ handedOutPoints: 1 });
    await expectExact();

    // the topic moved to another cadre, withdrawn; deliveries and cards removed; the letter deleted
    await t.db
      .update(documents)
      .set({ cadreId: other.id, state: 'withdrawn' })
      .where(eq(documents.id, research));
    expect(await factsOf(cadre.id)).toMatchObject({ researchState: null });
    expect(await factsOf(other.id)).toMatchObject({ researchState: 'withdrawn' });
    await t.db.delete(letterDeliveries).where(eq(letterDeliveries.id, d1?.id as string));
    await t.db.delete(cardRecords).where(eq(cardRecords.kind, 'printed'));
    await expectExact();
    await t.db.delete(letterDeliveries).where(eq(letterDeliveries.documentId, letter));
    await t.db.delete(documents).where(eq(documents.id, letter));
    expect(await factsOf(cadre.id)).toMatchObject({ letterState: null, deliveries: 0 });
    await expectExact();
  });

  it('two transactions writing at the same time both count', async () => {
    const cadre = await makeCadre(t.db, w.unitB, { name: '实数并发', leading: true });
    const card = (count: number) => ({
      cadreId: cadre.id,
      campaignId,
      kind: 'handed_out' as const,
      count,
      on: today,
      contactPointId: point.id,
    });
    // the second writes while the first is still open: on PostgreSQL the cards wait for the
    // cadre's row lock and then recount seeing the first; the campaign's new dates wait for the
    // case's transaction (LOCK cases IN SHARE MODE) and then see the case. PGlite runs them one
    // after the other.
    let second: Promise<unknown> | undefined;
    let third: Promise<unknown> | undefined;
    const early = new Date(`${addDays(today, -40)}T10:00:00+08:00`);
    await t.db.transaction(async (tx) => {
      await tx.insert(cardRecords).values(card(3));
      await tx.insert(cases).values({
        trackingCode: newTrackingCode(),
        channel: 'web',
        categoryId: SEEDED_CATEGORY.roads,
        content: '并发诉求',
        handlerCadreId: cadre.id,
        createdAt: early,
      });
      second = t.db.transaction(async (tx2) => {
        await tx2.insert(cardRecords).values(card(4));
      });
      // (a query builder runs when awaited: started here, not at `await third`)
      third = t.db
        .update(campaigns)
        .set({ startDate: addDays(today, -60) })
        .where(eq(campaigns.id, campaignId))
        .execute();
      await new Promise((r) => setTimeout(r, 200));
    });
    await second;
    await third;
    expect(await factsOf(cadre.id)).toMatchObject({ handedOut: 7, demands: 1 });
    await expectExact();
  });

  it('truncating a source table empties its part', async () => {
    await t.db.execute(sql`truncate letter_deliveries`);
    await t.db.execute(sql`truncate card_records`);
    await expectExact();
  });
});
