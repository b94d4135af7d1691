import type { AuditEvent } from '../types/audit';

/** The tab of the campaign page (/campaigns/:id?tab=…) that shows each part of a campaign. */
const campaignTab: Record<string, string> = {
  campaign_phase: 'phases',
  campaign_activity: 'activities',
  assignment: 'assignments',
  assignment_report: 'assignments',
  quota_rule: 'rules',
};

/**
 * The admin page of an audit row's object (the routes of App.tsx), or null where none exists: a
 * case and a campaign have their own pages, a campaign's parts are tabs of the campaign's page.
 * Units, cadres, households … have list pages only, so they are shown by name without a link.
 */
export function objectLink(event: AuditEvent): string | null {
  const { entity, entityId, object } = event;
  if (!entityId || !object?.name) return null;
  if (entity === 'case') return `/cases/${encodeURIComponent(entityId)}`;
  if (entity === 'campaign') return `/campaigns/${encodeURIComponent(entityId)}`;
  const tab = campaignTab[entity];
  if (tab && object.campaignId)
    return `/campaigns/${encodeURIComponent(object.campaignId)}?tab=${tab}`;
  return null;
}
