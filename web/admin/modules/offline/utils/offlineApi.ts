/**
 * Which API answers the admin app's service worker keeps for use without a connection: only what
 * a cadre needs to open 我的本月 and 登记走访 in a village with no signal (ADR 0005). Every other
 * answer, personal or not, goes to the network and nowhere else.
 */

/** The Cache Storage name of those answers; cleared at every logout and login. */
export const OFFLINE_API_CACHE = 'tiexin-offline-api';

/**
 * The oldest answer used offline: a session lives at most SESSION_MAX_HOURS (12 by default), so an
 * older copy of /api/auth/me describes a session that has surely ended.
 */
export const OFFLINE_API_MAX_AGE_SECONDS = 12 * 3600;

/**
 * True for a GET whose answer is kept for offline use. Self-contained on purpose: workbox-build
 * copies this function's source text into sw.js, where nothing around it exists.
 */
export function isOfflineReadable({ url, sameOrigin }: { url: URL; sameOrigin: boolean }): boolean {
  if (!sameOrigin) return false;
  switch (url.pathname) {
    case '/api/auth/me': // who is signed in, so an offline reload does not land on /login
    case '/api/compliance/me': // 我的本月
    case '/api/compliance/calendar': // its calendar
    case '/api/campaigns': // the month 我的本月 opens on
    case '/api/orgs': // which contact points are the cadre's unit's
    case '/api/contact-points': // 登记走访: the points
      return true;
    case '/api/households':
      // 登记走访: the picker's query (one contact point's households) — not the 住户 list, its
      // searches or its filters
      return (
        url.searchParams.has('contactPointId') &&
        [...url.searchParams.keys()].every((key) =>
          ['contactPointId', 'active', 'page', 'pageSize'].includes(key),
        )
      );
    default:
      return false;
  }
}
