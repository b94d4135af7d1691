import { isPhone, PHONE_INVALID } from './phone.ts';
import { z } from './zod.ts';

export { LANDLINE_RE, MOBILE_RE, PHONE_INVALID, PHONE_RE } from './phone.ts';

/** A phone number (trimmed): 11-digit mobile or a fixed line with its area code. */
export const ZPhoneSchema = z.string().trim().refine(isPhone, PHONE_INVALID);
