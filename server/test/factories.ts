import { v7 as uuidv7 } from 'uuid';
import type { TOrgKind, TRank } from '../../common/org.ts';
import type { Db } from '../db/client.ts';
import { insertCadres } from '../modules/cadres/cadres.repo.ts';
import { insertContactPoint } from '../modules/contact-points/contact-points.repo.ts';
import { insertOrg } from '../modules/orgs/orgs.repo.ts';
import { insertUser } from '../modules/users/users.repo.ts';
import type { Role } from '../platform/access.ts';
import { hashPassword } from '../platform/password.ts';

export type TestOrg = { id: string; path: string; name: string };

let n = 0;
const seq = () => ++n;

export async function makeOrg(
  db: Db,
  opts: { parent?: TestOrg; name?: string; kind?: TOrgKind } = {},
): Promise<TestOrg> {
  const id = uuidv7();
  const path = `${opts.parent?.path ?? '/'}${id}/`;
  const name = opts.name ?? `测试单位${seq()}`;
  await insertOrg(db, {
    id,
    parentId: opts.parent?.id ?? null,
    name,
    kind: opts.kind ?? (opts.parent ? 'unit' : 'bureau'),
    path,
    sortOrder: 0,
  });
  return { id, path, name };
}

export async function makeCadre(
  db: Db,
  org: TestOrg,
  opts: {
    name?: string;
    rank?: TRank;
    leading?: boolean;
    phone?: string | null;
    active?: boolean;
  } = {},
) {
  const [row] = await insertCadres(db, [
    {
      orgId: org.id,
      name: opts.name ?? `干部${seq()}`,
      rank: opts.rank ?? 'section',
      post: '科员',
      phone: opts.phone === undefined ? `139${String(10_000_000 + seq()).slice(0, 8)}` : opts.phone,
      leading: opts.leading ?? false,
      active: opts.active ?? true,
    },
  ]);
  if (!row) throw new Error('no cadre');
  return row;
}

export async function makeContactPoint(db: Db, org: TestOrg, name = `联系点${seq()}`) {
  const id = await insertContactPoint(db, {
    orgId: org.id,
    name,
    kind: 'village',
    county: '芦溪县',
    address: '某镇某村',
  });
  return { id, name };
}

const passwordCache = new Map<string, Promise<string>>();
export const TEST_PASSWORD = 'test-password-1';

export async function makeUser(
  db: Db,
  role: Role,
  opts: { org?: TestOrg; username?: string; password?: string; cadreId?: string } = {},
) {
  const password = opts.password ?? TEST_PASSWORD;
  if (!passwordCache.has(password)) passwordCache.set(password, hashPassword(password));
  const username = opts.username ?? `${role}${seq()}`;
  const user = await insertUser(db, {
    username,
    name: `${role} 用户`,
    role,
    orgId: opts.org?.id ?? null,
    cadreId: opts.cadreId ?? null,
    passwordHash: (await passwordCache.get(password)) as string,
  });
  return { ...user, password };
}
