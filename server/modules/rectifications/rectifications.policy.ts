import { ACCESS } from '../../../common/access.ts';

/**
 * 整改清单: everyone reads his scope (a cadre his own items); staff write — a cadre his own, the
 * unit and the office for a cadre in scope (`ofAnyCadre`); 销号 and 退回 (`signOff`) are the unit's
 * or the office's, never the item's own cadre (the lifecycle's `signer` relation).
 */
export const rectificationPolicy = ACCESS.rectifications;

/** The office's and the units' command: remind the overdue (the writers for any cadre). */
export const reminderPolicy = {
  read: ACCESS.rectifications.read,
  write: ACCESS.rectifications.ofAnyCadre,
};
