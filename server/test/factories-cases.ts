import { expect } from 'vitest';
import type { TCaseChannel, TCaseRating, TCaseStatus } from '../../common/cases.ts';
import type { Db } from '../db/client.ts';
import { insertCase, insertEvent } from '../modules/cases/cases.repo.ts';
import { newTrackingCode } from '../modules/cases/tracking-code.ts';
import type { Client, TestApp } from './app.ts';

/** The categories the migration seeds. */
export const SEEDED_CATEGORY = {
  formalism: '01900000-0000-7000-8000-000000000001',
  roads: '01900000-0000-7000-8000-000000000011',
  urgent: '01900000-0000-7000-8000-000000000016',
  /** 其他: the seeded 默认类别 of mail and SMS */
  other: '01900000-0000-7000-8000-000000000017',
} as const;

let n = 0;

/** A case straight in the database, in any status (no lifecycle checks). */
export async function makeCase(
  db: Db,
  opts: {
    status?: TCaseStatus;
    categoryId?: string;
    channel?: TCaseChannel;
    content?: string;
    citizenName?: string | null;
    citizenPhone?: string | null;
    citizenEmail?: string | null;
    assignedOrgId?: string | null;
    handlerCadreId?: string | null;
    dueDate?: string | null;
    acceptDueOn?: string | null;
    answer?: string | null;
    rating?: TCaseRating | null;
    dissatisfiedCount?: number;
    createdAt?: Date;
  } = {},
) {
  const status = opts.status ?? 'received';
  const answered = ['answered', 'signed_off'].includes(status);
  const row = await insertCase(db, {
    trackingCode: newTrackingCode(),
    channel: opts.channel ?? 'web',
    categoryId: opts.categoryId ?? SEEDED_CATEGORY.roads,
    content: opts.content ?? `测试诉求${++n}：村道破损`,
    citizenName: opts.citizenName === undefined ? '张群众' : opts.citizenName,
    citizenPhone: opts.citizenPhone === undefined ? '13812345678' : opts.citizenPhone,
    citizenEmail: opts.citizenEmail ?? null,
    status,
    assignedOrgId: opts.assignedOrgId ?? null,
    handlerCadreId: opts.handlerCadreId ?? null,
    dueDate: opts.dueDate ?? null,
    acceptDueOn: opts.acceptDueOn ?? null,
    answer: opts.answer ?? (answered ? '已修复' : null),
    answeredAt: answered ? new Date() : null,
    rating: opts.rating ?? null,
    dissatisfiedCount: opts.dissatisfiedCount ?? 0,
    ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
  });
  await insertEvent(db, { caseId: row.id, action: 'submit', toStatus: 'received', public: true });
  return row;
}

/**
 * POST /api/public/cases as a citizen: a roads case with the given content and fields, from its
 * own address (the public routes are rate-limited per address).
 */
export function submitPublic(
  t: Pick<TestApp, 'app'>,
  remoteAddress: string,
  payload: Record<string, unknown>,
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/public/cases',
    remoteAddress,
    payload: { categoryId: SEEDED_CATEGORY.roads, ...payload },
  });
}

/** The newest event of a case's timeline (GET /api/cases/:id/events) as `client` reads it. */
export async function lastCaseEvent(client: Client, caseId: string): Promise<unknown> {
  const res = await client.get(`/api/cases/${caseId}/events`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.at(-1);
}
