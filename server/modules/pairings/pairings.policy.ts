import { ACCESS } from '../../../common/access.ts';

/** Everyone reads the pairings of the cadres in their scope; unit admins and above pair. */
export const pairingPolicy = ACCESS.pairings;
