import { ACCESS } from '../../../common/access.ts';

/** 审计日志 is read by the admin and the inspector (common/access.ts); nobody writes it by API. */
export const auditPolicy = ACCESS.audit;
