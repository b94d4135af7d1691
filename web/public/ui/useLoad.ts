import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';

export type Loaded<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
  /** replaces the data with a newer answer (e.g. the one a write returned) */
  set(data: T): void;
};

/**
 * Loads once per `key` (null: nothing to load) and again on `reload()`. A slow answer for an old
 * key is dropped, so a quick second look-up never shows the first one's result.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError }>({
    key: null,
  });
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is how reload() asks again
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => (s.key === key ? { key, data: s.data } : { key }));
    loadRef.current().then(
      (data) => current && setState({ key, data }),
      (error: unknown) =>
        current &&
        setState({
          key,
          error: error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const set = useCallback((data: T) => setState({ key, data }), [key]);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: key !== null && (!fresh || (state.data === undefined && state.error === undefined)),
    reload,
    set,
  };
}
