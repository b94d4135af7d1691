import { ACCESS, may } from '../../../common/access.ts';
import type { Actor } from '../../platform/access.ts';

/**
 * 学习资料: everyone reads the materials and (in scope) their sendings; the office registers and
 * sends; `receipt` confirms a sending of a unit in scope; `view` marks one studied (a cadre's own).
 */
export const materialPolicy = ACCESS.materials;

/** The office (and the admin) may take back a sending not yet received. */
export const mayRemoveSending = (actor: Actor) => may(materialPolicy.write, actor.role);
/** Who confirms a receipt for a unit in his scope. */
export const mayConfirm = (actor: Actor) => may(materialPolicy.receipt, actor.role);
