/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character computed with ISO 7064
 * MOD 11-2. Also checks that the birth date inside it is a real date.
 */
import { text } from './i18n/zh-CN.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

export type IdNumberProblem = 'format' | 'birthdate' | 'checksum';

export function checkIdNumber(raw: string): IdNumberProblem | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    birth.getUTCFullYear() !== y ||
    birth.getUTCMonth() !== m - 1 ||
    birth.getUTCDate() !== d ||
    birth.getTime() > Date.now()
  ) {
    return 'birthdate';
  }
  return idNumberCheckChar(id.slice(0, 17)) === id[17] ? null : 'checksum';
}

/** What each problem says, from the catalog. */
export const idNumberMessages: Record<IdNumberProblem, string> = {
  format: text('VALIDATION.idNumberFormat'),
  birthdate: text('VALIDATION.idNumberBirthdate'),
  checksum: text('VALIDATION.idNumberChecksum'),
};

/** 110101********1234 — the region code and the last four stay, the birth date is hidden. */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}

/** 138****5678 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
