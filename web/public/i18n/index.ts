import { type Messages, zhCN } from './zh-CN';

type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted path to one message, e.g. `'home.submit'`. */
export type MessageKey = LeafKeys<Messages>;

function lookup(key: MessageKey): string {
  let node: unknown = zhCN;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}

/** Translate a message key, filling `{placeholders}` from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = lookup(key);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
