/**
 * The one phone rule of every form (public site, Open311, staff: cases, households, cadres).
 * Without zod, so the citizens' site can use it without the library (`phone-schema.ts` has the
 * zod schema).
 */

/** 中国大陆手机号：11 位，1 开头，第二位 3–9 */
export const MOBILE_RE = /^1[3-9]\d{9}$/;
/** 固定电话：区号-号码，如 0799-1234567（短横可省，分机可选：0799-1234567-801） */
export const LANDLINE_RE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
/** either of the two */
export const PHONE_RE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

/** The same words wherever a phone is refused. */
export const PHONE_INVALID = '电话应为 11 位手机号，或带区号的固定电话（如 0799-1234567）';

export const isPhone = (value: string): boolean => PHONE_RE.test(value.trim());
