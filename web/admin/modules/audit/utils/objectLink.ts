import type { AuditEvent } from '../types/audit';

/** The tab of the campaign page (/campaigns/:id?tab=…) that shows each part of a campaign. */
const campaignTab: Record<string, string> = {
  campaign_phase: 'phases',
  campaign_activity: 'activities',
  assignment: 'assignments',
  assignment_report: 'assignments',
  quota_rule: 'rules',
};

/** The list pages that find an object by the words the server gives (`object.search`). */
const searchedList: Record<string, string> = {
  cadre: '/cadres',
  user: '/users',
  contact_point: '/contact-points',
};

/**
 * The admin page of an audit row's object (the routes of App.tsx), or null where none exists: a
 * case and a campaign have their own pages, a campaign's parts are tabs of the campaign's page, a
 * household and an outbox message open in their list page's detail drawer (`?view=`), a unit is
 * chosen in the tree (`?id=`), a setting stands on the one 系统设置 page; cadres, accounts and
 * contact points open their list searched for them (`?q=`). Kinds with no page (a pairing, a
 * visit …) are shown by name without a link.
 */
export function objectLink(event: AuditEvent): string | null {
  const { entity, entityId, object } = event;
  if (!entityId || !object?.name) return null;
  if (entity === 'case') return `/cases/${encodeURIComponent(entityId)}`;
  if (entity === 'campaign') return `/campaigns/${encodeURIComponent(entityId)}`;
  if (entity === 'household') return `/households?view=${encodeURIComponent(entityId)}`;
  if (entity === 'outbox') return `/outbox?view=${encodeURIComponent(entityId)}`;
  if (entity === 'org') return `/orgs?id=${encodeURIComponent(entityId)}`;
  if (entity === 'setting') return '/settings';
  // shown in a list only: the list, searched for it
  const list = searchedList[entity];
  if (list && object.search) return `${list}?q=${encodeURIComponent(object.search)}`;
  const tab = campaignTab[entity];
  if (tab && object.campaignId)
    return `/campaigns/${encodeURIComponent(object.campaignId)}?tab=${tab}`;
  return null;
}
