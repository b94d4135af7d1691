import type { TUser, TUserCreate, TUserUpdate } from '../../../common/auth.ts';
import type { Config } from '../../config.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import {
  clearFailures,
  failedAttempt,
  isLocked,
  lockedOut,
  loginSource,
} from '../../platform/auth/lockout.ts';
import { clearLoginFailuresOfUser } from '../../platform/auth/login-failures.repo.ts';
import { deleteOtherSessions, deleteSessionsOfUser } from '../../platform/auth/session.repo.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, labels } from '../../platform/i18n/zh-CN.ts';
import { splitPage } from '../../platform/paging.ts';
import { hashPassword, verifyPassword } from '../../platform/password.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { UNIT_BOUND_ROLES } from './users.policy.ts';
import {
  findCadreOrg,
  findPasswordHash,
  findUser,
  insertUser,
  listUsers,
  updateUser,
} from './users.repo.ts';
import type { TUserListQuery } from './users.schemas.ts';

export async function list(ctx: RequestContext, query: TUserListQuery) {
  const { filter, page } = splitPage(query);
  return listUsers(ctx.db, filter, page);
}

/** The account list as a workbook (no passwords, no hashes). */
export async function exportXlsx(
  ctx: RequestContext,
  filter: Omit<TUserListQuery, 'page' | 'pageSize'>,
) {
  const { items } = await listUsers(ctx.db, filter, { limit: 100_000, offset: 0 });
  const X = excelText.users;
  const columns: Column<(typeof items)[number]>[] = [
    { header: X.columns.username, value: (u) => u.username },
    { header: X.columns.name, value: (u) => u.name },
    { header: X.columns.role, width: 12, value: (u) => labels.role[u.role] },
    { header: X.columns.org, width: 24, value: (u) => u.orgName ?? '' },
    { header: X.columns.cadre, value: (u) => u.cadreName ?? '' },
    {
      header: X.columns.status,
      width: 10,
      value: (u) => (u.disabled ? X.values.disabled : u.locked ? X.values.locked : X.values.normal),
    },
  ];
  return buildSheet(X.sheet, columns, items);
}

export async function get(ctx: RequestContext, id: string): Promise<TUser> {
  const row = await findUser(ctx.db, id);
  if (!row) throw notFound();
  return row;
}

/** The binding rules of an account: unit roles need a unit, a cadre account a cadre of that unit. */
async function checkBinding(
  tx: DbOrTx,
  b: { role: TUser['role']; orgId: string | null; cadreId: string | null },
): Promise<void> {
  if (UNIT_BOUND_ROLES.includes(b.role) && !b.orgId) throw new AppError('USER_ORG_REQUIRED');
  if (b.orgId) await requireOrgInScope(tx, { kind: 'all' }, b.orgId);
  if (b.role === 'cadre' && !b.cadreId) throw new AppError('USER_CADRE_REQUIRED');
  if (b.cadreId) {
    const cadre = await findCadreOrg(tx, b.cadreId);
    if (!cadre) throw new AppError('NOT_FOUND.linkedCadre');
    if (b.orgId && cadre.orgId !== b.orgId) throw new AppError('USER_CADRE_ORG_MISMATCH');
  }
}

const auditView = (u: TUser | undefined) => u && { ...u };

export async function create(ctx: RequestContext, input: TUserCreate): Promise<TUser> {
  const passwordHash = await hashPassword(input.password);
  const id = await inTransaction(ctx.db, async (tx) => {
    await checkBinding(tx, input);
    const { password: _p, ...fields } = input;
    const row = await insertUser(tx, { ...fields, passwordHash });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'user',
      entityId: row.id,
      summary: auditText.user.create(input.username, input.name),
      after: auditView(await findUser(tx, row.id)),
    });
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: RequestContext, id: string, patch: TUserUpdate): Promise<TUser> {
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await inTransaction(ctx.db, async (tx) => {
    const before = await findUser(tx, id);
    if (!before) throw notFound();
    const self = id === ctx.actor.userId;
    if (self && (patch.disabled || (patch.role && patch.role !== 'admin')))
      throw new AppError('SELF_LOCKOUT');
    const next = {
      role: patch.role ?? before.role,
      orgId: patch.orgId !== undefined ? patch.orgId : before.orgId,
      cadreId: patch.cadreId !== undefined ? patch.cadreId : before.cadreId,
    };
    await checkBinding(tx, next);
    await updateUser(tx, id, {
      name: patch.name,
      ...next,
      ...(passwordHash ? { passwordHash } : {}),
      ...(patch.disabled !== undefined ? { disabledAt: patch.disabled ? new Date() : null } : {}),
    });
    if (patch.unlock) await clearLoginFailuresOfUser(tx, id);
    // a reset password or a disabled account ends every open session of that account
    if (passwordHash || patch.disabled) await deleteSessionsOfUser(tx, id);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'user',
      entityId: id,
      summary: auditText.user.update(before.username, {
        password: Boolean(patch.password),
        disabled: patch.disabled,
        unlock: patch.unlock,
      }),
      before: auditView(before),
      after: auditView(await findUser(tx, id)),
    });
  });
  return get(ctx, id);
}

/**
 * 修改密码 — a user changes their own password; their other sessions end. A wrong current
 * password counts as a failed login of this account from this address and locks it the same way.
 */
export async function changeOwnPassword(
  ctx: RequestContext,
  config: Pick<Config, 'authHashKey' | 'loginMaxFailures' | 'loginLockMinutes'>,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const src = loginSource(config, ctx.actor.username, ctx.ip);
  if (await isLocked(ctx.db, src)) throw lockedOut(config);
  const hash = await findPasswordHash(ctx.db, ctx.actor.userId);
  if (!hash || !(await verifyPassword(input.currentPassword, hash))) {
    throw await failedAttempt(ctx.db, config, src, {
      who: ctx,
      userId: ctx.actor.userId,
      summary: (failures, locks) =>
        locks
          ? auditText.auth.passwordLocked(ctx.actor.username, failures, config.loginLockMinutes)
          : auditText.auth.passwordFailed(ctx.actor.username, failures),
      wrong: new AppError('WRONG_PASSWORD'),
    });
  }
  await clearFailures(ctx.db, src);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx.db, async (tx) => {
    await updateUser(tx, ctx.actor.userId, { passwordHash });
    await deleteOtherSessions(tx, ctx.actor.userId, sessionId);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'user',
      entityId: ctx.actor.userId,
      summary: auditText.auth.passwordChanged(ctx.actor.username),
    });
  });
}

// ---- for other modules: they call these, never ./users.repo.ts (lint rule) ---------------------

/** The enabled accounts linked to these cadres (for their notices). */
export { accountsOfCadres } from './users.repo.ts';
