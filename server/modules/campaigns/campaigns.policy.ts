import { ACCESS } from '../../../common/access.ts';

/** 局活动办 and the system admin plan campaigns; everyone reads them (common/access.ts). */
export const campaignPolicy = ACCESS.campaigns;

/**
 * The office assigns activities to units; a unit admin reports its units' progress (the unit's
 * scope decides which assignments); everyone reads the assignments in their scope.
 */
export const assignmentPolicy = {
  read: ACCESS.assignments.read,
  assign: ACCESS.assignments.write,
  report: ACCESS.assignments.report,
};

/** Quota rules are edited by the office only (audited); everyone reads them. */
export const quotaRulePolicy = ACCESS.quotaRules;
