import { type MouseEvent, type ReactNode, useSyncExternalStore } from 'react';

/** Everything of the citizens' site lives under this path (server/app.ts spaPageFor). */
export const BASE = '/public';
const CHANGE = 'tiexin:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current location inside the site: `/track/ABC` for `/public/track/ABC`, and its query. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  const inside = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname;
  return { path: inside.replace(/\/+$/, '') || '/', query: url.searchParams };
}

/** `to` is a path inside the site, such as `/track/ABC`. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const href = `${BASE}${to}`;
  if (opts.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(CHANGE));
}

/** A plain link that changes page without reloading (and still opens in a new tab when asked). */
export function Link(props: { to: string; className?: string; children: ReactNode }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={`${BASE}${props.to}`} className={props.className} onClick={onClick}>
      {props.children}
    </a>
  );
}
