import type { TActivityModule, TCampaignStatus } from '../../common/campaigns.ts';
import type { Db } from '../db/client.ts';
import { inTransaction } from '../db/tx.ts';
import { insertAssignments } from '../modules/campaigns/assignments.repo.ts';
import {
  insertActivities,
  insertCampaign,
  insertPhases,
} from '../modules/campaigns/campaigns.repo.ts';
import { createCampaignFromTemplate } from '../modules/campaigns/campaigns.service.ts';
import type { TestOrg } from './factories.ts';

let n = 0;
const seq = () => ++n;

/** A bare campaign (no phases, activities or rules). */
export async function makeCampaign(
  db: Db,
  opts: { name?: string; startDate?: string; endDate?: string; status?: TCampaignStatus } = {},
) {
  const row = {
    name: opts.name ?? `测试活动${seq()}`,
    startDate: opts.startDate ?? '2014-02-01',
    endDate: opts.endDate ?? '2014-09-30',
    status: opts.status ?? 'active',
  };
  const id = await insertCampaign(db, row);
  return { id, ...row };
}

/** The 2014 campaign from the built-in template, created by the system. */
export async function makeGongCampaign(
  db: Db,
  opts: { status?: TCampaignStatus; year?: number; name?: string } = {},
) {
  const id = await inTransaction(db, (tx) =>
    createCampaignFromTemplate(tx, { actor: null, ip: null }, 'gong-2014', {
      status: opts.status ?? 'active',
      ...opts,
    }),
  );
  return { id };
}

export async function makePhase(
  db: Db,
  campaignId: string,
  opts: { name?: string; startDate?: string; endDate?: string } = {},
) {
  const [row] = await insertPhases(db, [
    {
      campaignId,
      name: opts.name ?? `阶段${seq()}`,
      startDate: opts.startDate ?? '2014-02-01',
      endDate: opts.endDate ?? '2014-04-30',
    },
  ]);
  if (!row) throw new Error('no phase');
  return row;
}

export async function makeActivity(
  db: Db,
  campaignId: string,
  opts: { number?: number; title?: string; module?: TActivityModule; phaseId?: string } = {},
) {
  const number = opts.number ?? 100 + seq();
  const title = opts.title ?? `活动项目${number}`;
  const [row] = await insertActivities(db, [
    {
      campaignId,
      number,
      title,
      module: opts.module ?? 'other',
      phaseId: opts.phaseId ?? null,
    },
  ]);
  if (!row) throw new Error('no activity');
  return { id: row.id, number, title };
}

export async function makeAssignment(
  db: Db,
  activityId: string,
  org: TestOrg,
  opts: { deadline?: string; percent?: number } = {},
) {
  const [row] = await insertAssignments(db, [
    {
      activityId,
      orgId: org.id,
      deadline: opts.deadline ?? '2014-04-30',
      percent: opts.percent ?? 0,
    },
  ]);
  if (!row) throw new Error('no assignment');
  return row;
}
