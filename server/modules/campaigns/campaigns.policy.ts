import { ALL_ROLES, type Role } from '../../platform/access.ts';

/** 局活动办 and the system admin plan campaigns; everyone reads them. */
const PLANNERS: readonly Role[] = ['admin', 'office'];

export const campaignPolicy = { read: ALL_ROLES, write: PLANNERS };

/**
 * The office assigns activities to units; a unit admin reports its units' progress (the unit's
 * scope decides which assignments); everyone reads the assignments in their scope.
 */
export const assignmentPolicy = {
  read: ALL_ROLES,
  assign: PLANNERS,
  report: ['unit_admin'] as readonly Role[],
};

/** Quota rules are edited by the office only (audited); everyone reads them. */
export const quotaRulePolicy = { read: ALL_ROLES, write: PLANNERS };
