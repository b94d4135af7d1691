import { ACCESS } from '../../../common/access.ts';

/**
 * Everyone staff reads cases in scope; the inspector only reads; the rest may enter cases
 * (common/access.ts: `cases`, `caseCategories`).
 */
export const casePolicy = {
  read: ACCESS.cases.read,
  create: ACCESS.cases.write,
  /** may take lifecycle steps; which ones is the lifecycle table's business */
  act: ACCESS.cases.write,
  /** edit categories and their time limits */
  categories: ACCESS.caseCategories.write,
  /** see the citizen's phone unmasked (audited); a cadre only on the cases he handles */
  contact: ACCESS.cases.contact,
  /** may ask for 显示联系方式: `contact`, and a cadre (the service lets him only as the handler) */
  revealContact: ACCESS.cases.revealContact,
};
