import { readJson, writeJson } from '../../ui/storage';

/**
 * The codes submitted from this phone, newest first — an elderly citizen who lost the slip of
 * paper finds the code again. Codes open no personal data, so keeping them on the phone is safe.
 */
const KEY = 'tiexin.public.codes';
const KEEP = 10;

export type RecentCode = { code: string; at: string };

export function recentCodes(): RecentCode[] {
  const list = readJson<RecentCode[]>(KEY);
  return Array.isArray(list) ? list.filter((r) => typeof r?.code === 'string') : [];
}

export function rememberCode(code: string, at: string): void {
  const rest = recentCodes().filter((r) => r.code !== code);
  writeJson(KEY, [{ code, at }, ...rest].slice(0, KEEP));
}
