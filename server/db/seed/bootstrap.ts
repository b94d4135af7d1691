import { v7 as uuidv7 } from 'uuid';
import type { Config } from '../../config.ts';
import { countUsers } from '../../modules/auth/auth.repo.ts';
import { insertCadres } from '../../modules/cadres/cadres.repo.ts';
import { setPublicBaseUrl } from '../../modules/channels/messages.ts';
import { setReceiptCapSecret } from '../../modules/channels/outbox.service.ts';
import { insertContactPoint } from '../../modules/contact-points/contact-points.repo.ts';
import { insertOrg } from '../../modules/orgs/orgs.repo.ts';
import { insertUser } from '../../modules/users/users.repo.ts';
import { audit } from '../../platform/audit.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { hashPassword } from '../../platform/password.ts';
import type { Db, Tx } from '../client.ts';
import { inTransaction } from '../tx.ts';
import { auditDemoLoad } from './demo-audit.ts';
import { type DemoPlace, loadDemoCampaign } from './demo-campaign.ts';
import { loadDemoCases } from './demo-cases.ts';
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoCadres,
  demoContactPoints,
  demoOrgs,
} from './demo-data.ts';
import { loadDemoDiscussion } from './demo-discussion.ts';
import { loadDemoLasting } from './demo-lasting.ts';
import { loadDemoMaterials } from './demo-materials.ts';
import { loadDemoMeetings } from './demo-meetings.ts';
import { loadDemoOutbox } from './demo-outbox.ts';
import { loadDemoRectifications } from './demo-rectifications.ts';
import { loadDemoReflections } from './demo-reflections.ts';
import { loadDemoServiceRecords } from './demo-service-records.ts';
import { loadDemoSixOnes } from './demo-six-ones.ts';
import { loadDemoStudySessions } from './demo-study-sessions.ts';

/** the demo cadres' mailboxes; the default public 四风 mailbox is on the same domain */
export const DEMO_MAIL_DOMAIN = 'tiexin.local';

export type BootstrapResult = { created: 'demo' | 'admin' | 'nothing'; accounts: string[] };

export class BootstrapError extends Error {}

/**
 * On an empty database: demo data and demo accounts in demo mode; otherwise the first admin
 * account from ADMIN_PASSWORD. On a database with users it does nothing.
 */
export async function bootstrap(db: Db, config: Config): Promise<BootstrapResult> {
  if ((await countUsers(db)) > 0) return { created: 'nothing', accounts: [] };
  if (config.demo) {
    // the demo outbox's texts and receipt counts as the app will write them (buildApp sets these too)
    setPublicBaseUrl(config.publicBaseUrl);
    setReceiptCapSecret(config.authHashKey);
    await inTransaction(db, (tx) => loadDemoData(tx));
    return { created: 'demo', accounts: demoAccounts.map((a) => a.username) };
  }
  if (!config.adminPassword) {
    throw new BootstrapError(
      '数据库中还没有任何账号：请设置 ADMIN_PASSWORD 创建首个系统管理员（或用 TIEXIN_DEMO=1 载入演示数据）。' +
        ' No account exists yet: set ADMIN_PASSWORD to create the first admin.',
    );
  }
  const passwordHash = await hashPassword(config.adminPassword);
  await inTransaction(db, async (tx) => {
    const u = await insertUser(tx, {
      username: 'admin',
      name: '系统管理员',
      role: 'admin',
      passwordHash,
    });
    await audit(
      tx,
      { actor: null, ip: null },
      { action: 'create', entity: 'user', entityId: u.id, summary: auditText.user.bootstrap },
    );
  });
  return { created: 'admin', accounts: ['admin'] };
}

export async function loadDemoData(tx: Tx): Promise<void> {
  const orgIds = new Map<string, { id: string; path: string }>();
  for (const o of demoOrgs) {
    const id = uuidv7();
    const parent = o.parent ? orgIds.get(o.parent) : undefined;
    const path = `${parent?.path ?? '/'}${id}/`;
    await insertOrg(tx, {
      id,
      parentId: parent?.id ?? null,
      name: o.name,
      kind: o.kind,
      path,
      sortOrder: o.sortOrder,
    });
    orgIds.set(o.key, { id, path });
  }
  const orgId = (key: string) => {
    const o = orgIds.get(key);
    if (!o) throw new Error(`demo data: unknown unit ${key}`);
    return o.id;
  };
  const points: DemoPlace[] = [];
  for (const p of demoContactPoints) {
    const id = await insertContactPoint(tx, { ...p, orgId: orgId(p.org) });
    points.push({ id, orgPath: orgIds.get(p.org)?.path ?? '', county: p.county });
  }
  const cadres = demoCadres();
  const inserted = await insertCadres(
    tx,
    // leading cadres (and the demo cadre) have a 电子信箱 on the demo mail domain: mail sent to it
    // through the SMTP listener becomes a case addressed to them (SPEC §5.3)
    cadres.map(({ key, org, ...c }, i) => ({
      ...c,
      orgId: orgId(org),
      email:
        c.leading || key === 'demo_cadre'
          ? `gb${String(i + 1).padStart(3, '0')}@${DEMO_MAIL_DOMAIN}`
          : null,
    })),
  );
  const cadreIds = new Map<string, { id: string; name: string }>();
  cadres.forEach((c, i) => {
    const row = inserted[i];
    if (c.key && row) cadreIds.set(c.key, { id: row.id, name: c.name });
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of demoAccounts) {
    const cadre = a.cadre ? cadreIds.get(a.cadre) : undefined;
    await insertUser(tx, {
      username: a.username,
      name: a.name || cadre?.name || a.username,
      role: a.role,
      orgId: a.org ? orgId(a.org) : null,
      cadreId: cadre?.id ?? null,
      passwordHash,
    });
  }
  await auditDemoLoad(
    tx,
    'org',
    `载入演示数据：${demoOrgs.length} 个单位、${cadres.length} 名干部、${demoAccounts.length} 个演示账号`,
  );
  await loadDemoCampaign(tx, {
    points,
    cadres: cadres.map((c, i) => ({
      id: inserted[i]?.id ?? '',
      rank: c.rank,
      orgPath: orgIds.get(c.org)?.path ?? '',
      demoAccount: c.key === 'demo_cadre',
    })),
  });
  await loadDemoCases(tx);
  await loadDemoOutbox(tx);
  await loadDemoSixOnes(tx);
  await loadDemoStudySessions(tx);
  await loadDemoMaterials(tx);
  await loadDemoDiscussion(tx);
  await loadDemoServiceRecords(tx);
  await loadDemoReflections(tx);
  // 整改清单 and 民主生活会 (issue 13 §5–6): after the cases and any self-examination reports
  await loadDemoRectifications(tx);
  await loadDemoMeetings(tx);
  // 经验做法 and the 2015 copy (issue 14 §3): last, so that the copy carries what 2014 has
  await loadDemoLasting(tx);
}
