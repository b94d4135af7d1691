/**
 * localStorage, forgiving: a phone in private mode or with a full storage still works, it only
 * forgets.
 */
export function readJson<T>(key: string): T | null {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // nothing to do: the value is only kept for this visit
  }
}

export function remove(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // see writeJson
  }
}
