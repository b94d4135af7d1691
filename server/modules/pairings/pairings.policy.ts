import { ALL_ROLES, WRITER_ROLES } from '../../platform/access.ts';

/** Everyone reads the pairings of the cadres in their scope; unit admins and above pair. */
export const pairingPolicy = { read: ALL_ROLES, write: WRITER_ROLES };
