import { ALL_ROLES, WRITER_ROLES } from '../../platform/access.ts';

/** Everyone reads cadres in their scope; admins, the office and unit admins write them. */
export const cadrePolicy = { read: ALL_ROLES, write: WRITER_ROLES };
