import type { Role } from '../../auth/types/auth';

/** server/modules/cases/cases.policy.ts: who may enter cases and edit categories. */
const creators: readonly Role[] = ['admin', 'office', 'unit_admin', 'cadre'];
export const categoryEditorRoles: readonly Role[] = ['admin', 'office'];
/** 诉求件 list in the menu: those who oversee cases; a cadre has his 诉求清单. */
export const caseListRoles: readonly Role[] = ['admin', 'office', 'unit_admin', 'inspector'];

export const canEnterCases = (role: Role): boolean => creators.includes(role);
export const canEditCategories = (role: Role): boolean => categoryEditorRoles.includes(role);
