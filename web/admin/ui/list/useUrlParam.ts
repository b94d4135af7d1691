import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * One value of the page's address (`?view=<id>`) as state: a link (the audit log's, a shared
 * one) opens the page with that row shown, the back button closes it again, and the other
 * parameters of the address stay as they were.
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name);
  const set = useCallback(
    (next: string | null) =>
      setParams((current) => {
        const p = new URLSearchParams(current);
        if (next === null) p.delete(name);
        else p.set(name, next);
        return p;
      }),
    [name, setParams],
  );
  return [value, set];
}
