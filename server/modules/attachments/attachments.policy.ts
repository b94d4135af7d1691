import { ACCESS } from '../../../common/access.ts';

/** Everyone who writes records may upload; inspectors only read. */
export const attachmentPolicy = ACCESS.attachments;
