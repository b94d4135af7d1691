import { ACCESS } from '../../../common/access.ts';

/** Every account logs out, changes its password and lists its sessions for itself. */
export const authPolicy = ACCESS.auth;
