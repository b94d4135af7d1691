import { ACCESS } from '../../../common/access.ts';

/** Everyone reads cadres in their scope; admins, the office and unit admins write them. */
export const cadrePolicy = ACCESS.cadres;
