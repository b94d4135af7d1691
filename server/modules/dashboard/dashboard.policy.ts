import { ACCESS } from '../../../common/access.ts';

/**
 * 首页统计: the bureau's roles (admin, office, inspector) see the bureau, a unit admin their unit
 * and those below it (another unit's orgId is a 404, as everywhere); a cadre has 我的本月 instead.
 */
export const dashboardPolicy = ACCESS.dashboard;
