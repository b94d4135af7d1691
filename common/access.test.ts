import { describe, expect, it } from 'vitest';
import { ACCESS, mayWriteCadreRecord, type TRole } from './access.ts';

describe('mayWriteCadreRecord (走访: a cadre his own, the writers any cadre in scope)', () => {
  const own = 'cadre-1';
  it.each<[TRole, string | null, string | undefined, boolean]>([
    ['admin', null, 'cadre-2', true],
    ['office', null, 'cadre-2', true],
    ['unit_admin', null, 'cadre-2', true],
    ['cadre', own, own, true],
    ['cadre', own, 'cadre-2', false],
    ['cadre', own, undefined, true],
    ['cadre', null, undefined, false],
    ['cadre', null, own, false],
    ['inspector', null, undefined, false],
    ['inspector', own, own, false],
  ])('%s linked to %s, record of %s → %s', (role, cadreId, recordCadreId, allowed) => {
    expect(mayWriteCadreRecord(ACCESS.visits, { role, cadreId }, recordCadreId)).toBe(allowed);
  });
});
