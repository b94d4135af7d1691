import { ACCESS } from '../../../common/access.ts';

/** Everyone reads the contact points in reach; writers keep their own subtree's. */
export const contactPointPolicy = ACCESS.contactPoints;
