import type { Role } from '../../platform/access.ts';

/** Everyone staff reads cases in scope; the inspector only reads; the rest may enter cases. */
export const casePolicy = {
  read: ['admin', 'office', 'unit_admin', 'cadre', 'inspector'] as readonly Role[],
  create: ['admin', 'office', 'unit_admin', 'cadre'] as readonly Role[],
  /** may take lifecycle steps; which ones is the lifecycle table's business */
  act: ['admin', 'office', 'unit_admin', 'cadre'] as readonly Role[],
  /** edit categories and their time limits */
  categories: ['admin', 'office'] as readonly Role[],
  /** see the citizen's phone unmasked (audited); a cadre only on the cases he handles */
  contact: ['admin', 'office', 'unit_admin'] as readonly Role[],
  /** may ask for 显示联系方式: `contact`, and a cadre (the service lets him only as the handler) */
  revealContact: ['admin', 'office', 'unit_admin', 'cadre'] as readonly Role[],
};
