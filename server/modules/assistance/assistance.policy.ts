import { ACCESS } from '../../../common/access.ts';

/**
 * Everyone reads the assistance records of the cadres in their scope. Cadres record their own;
 * unit admins, the office and admins record for any cadre in their scope (common/access.ts).
 */
export const assistancePolicy = ACCESS.assistance;
