import { ACCESS } from '../../../common/access.ts';

/** 报告: the overseers read their scope's reports; the writers generate them (GET routes that record one). */
export const reportPolicy = ACCESS.reports;
export const generatePolicy = { read: ACCESS.reports.generate, write: ACCESS.reports.generate };
