import { ACCESS } from '../../../common/access.ts';

/** Everyone reads the compliance of his scope; the office also sends the reminders by hand. */
export const compliancePolicy = { read: ACCESS.compliance.read, remind: ACCESS.compliance.write };
