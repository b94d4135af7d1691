import { text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { isPhone, PHONE_INVALID } from './phone.ts';

export { LANDLINE_RE, MOBILE_RE, PHONE_INVALID, PHONE_RE } from './phone.ts';

/** A phone number (trimmed): 11-digit mobile or a fixed line with its area code. */
export const ZPhoneSchema = text('电话', MAX_LEN.phone).refine(isPhone, PHONE_INVALID);
