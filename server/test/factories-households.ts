import type { THouseholdCategory } from '../../common/households.ts';
import type { Db } from '../db/client.ts';
import { insertAssistance } from '../modules/assistance/assistance.repo.ts';
import { insertHouseholds } from '../modules/households/households.repo.ts';
import { insertPairings } from '../modules/pairings/pairings.repo.ts';
import { idNumberCheckChar } from '../platform/idnumber.ts';

let n = 0;
const seq = () => ++n;

/** A valid, unique GB 11643 ID number (born 1960-01-01 in 360302, 安源区). */
export function makeIdNumber(serial = seq()): string {
  const first17 = `36030219600101${String(serial % 1000).padStart(3, '0')}`;
  // vary the birth day too so that many numbers stay unique
  const day = String((Math.floor(serial / 1000) % 28) + 1).padStart(2, '0');
  const body = `${first17.slice(0, 12)}${day}${first17.slice(14)}`;
  return `${body}${idNumberCheckChar(body)}`;
}

/** A household (户) at a contact point. */
export async function makeHousehold(
  db: Db,
  contactPoint: { id: string },
  opts: {
    headName?: string;
    categories?: THouseholdCategory[];
    idNumber?: string | null;
    phone?: string | null;
    address?: string;
    active?: boolean;
  } = {},
): Promise<{ id: string; headName: string }> {
  const headName = opts.headName ?? `户主${seq()}`;
  const [row] = await insertHouseholds(db, [
    {
      contactPointId: contactPoint.id,
      headName,
      idNumber: opts.idNumber ?? null,
      phone: opts.phone ?? null,
      address: opts.address ?? '某镇某村',
      categories: opts.categories ?? [],
      active: opts.active ?? true,
    },
  ]);
  if (!row) throw new Error('no household');
  return { id: row.id, headName };
}

/** A pairing (结对) of a cadre with a household; open unless `endDate` is given. */
export async function makePairing(
  db: Db,
  cadre: { id: string },
  household: { id: string },
  opts: { startDate?: string; endDate?: string | null; endReason?: string } = {},
): Promise<{ id: string }> {
  const [row] = await insertPairings(db, [
    {
      cadreId: cadre.id,
      householdId: household.id,
      startDate: opts.startDate ?? '2014-01-01',
      endDate: opts.endDate ?? null,
      endReason: opts.endDate ? (opts.endReason ?? '调整结对') : null,
    },
  ]);
  if (!row) throw new Error('no pairing');
  return { id: row.id };
}

/** An assistance record (帮扶) by a cadre for a household. */
export async function makeAssistance(
  db: Db,
  cadre: { id: string },
  household: { id: string },
  opts: { date?: string; measure?: string; result?: string } = {},
): Promise<{ id: string }> {
  const id = await insertAssistance(db, {
    cadreId: cadre.id,
    householdId: household.id,
    date: opts.date ?? '2014-03-10',
    measure: opts.measure ?? '送去慰问金',
    result: opts.result ?? '',
  });
  return { id };
}
