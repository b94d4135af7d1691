import type { Role } from '../types/auth';

const writerRoles: readonly Role[] = ['admin', 'office', 'unit_admin'];
const auditReaderRoles: readonly Role[] = ['admin', 'inspector'];

/** Cadres and inspectors read only; the server enforces this too — hiding buttons is courtesy. */
export function canWrite(role: Role): boolean {
  return writerRoles.includes(role);
}

export function canReadAudit(role: Role): boolean {
  return auditReaderRoles.includes(role);
}
