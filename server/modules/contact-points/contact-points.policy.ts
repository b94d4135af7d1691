import { ALL_ROLES, WRITER_ROLES } from '../../platform/access.ts';

export const contactPointPolicy = { read: ALL_ROLES, write: WRITER_ROLES };
