import { ACCESS, may, WRITER_ROLES } from '../../../../../common/access.ts';
import type { Role } from '../types/auth';

/** Cadres and inspectors read only; the server enforces this too — hiding buttons is courtesy. */
export function canWrite(role: Role): boolean {
  return may(WRITER_ROLES, role);
}

export function canReadAudit(role: Role): boolean {
  return may(ACCESS.audit.read, role);
}
