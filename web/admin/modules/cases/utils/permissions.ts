import { ACCESS, pageRoles } from '../../../../../common/access.ts';
import type { Role } from '../../auth/types/auth';

/** common/access.ts (the server's cases policy): who may enter cases and edit categories. */
export const categoryEditorRoles = ACCESS.caseCategories.write;
/** 诉求件 list in the menu: those who oversee cases; a cadre has his 诉求清单. */
export const caseListRoles = pageRoles('cases');

export const canEnterCases = (role: Role): boolean => ACCESS.cases.write.includes(role);
export const canEditCategories = (role: Role): boolean => categoryEditorRoles.includes(role);
