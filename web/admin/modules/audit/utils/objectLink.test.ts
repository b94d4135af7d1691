import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../types/audit';
import { objectLink } from './objectLink';

const row = (
  entity: string,
  entityId: string | null,
  name: string | null = '名',
  search = '找我',
) =>
  ({
    entity,
    entityId,
    object:
      name === null
        ? { name: null, campaignId: null, search: null }
        : { name, campaignId: 'c1', search },
  }) as AuditEvent;

describe('objectLink', () => {
  it('links each object to where it is shown', () => {
    expect(objectLink(row('case', 'k1'))).toBe('/cases/k1');
    expect(objectLink(row('campaign', 'c1'))).toBe('/campaigns/c1');
    expect(objectLink(row('campaign_phase', 'p1'))).toBe('/campaigns/c1?tab=phases');
    expect(objectLink(row('household', 'h1'))).toBe('/households?view=h1');
    expect(objectLink(row('outbox', 'm1'))).toBe('/outbox?view=m1');
    expect(objectLink(row('org', 'o1'))).toBe('/orgs?id=o1');
    expect(objectLink(row('setting', 'receipts.perRecipientPerDay'))).toBe('/settings');
    expect(objectLink(row('cadre', 'x1', '万晓峰（农技中心）', '万晓峰'))).toBe(
      `/cadres?q=${encodeURIComponent('万晓峰')}`,
    );
    expect(objectLink(row('user', 'u1', '名', 'unit'))).toBe('/users?q=unit');
    expect(objectLink(row('contact_point', 'p1', '名', '凤凰街社区'))).toBe(
      `/contact-points?q=${encodeURIComponent('凤凰街社区')}`,
    );
  });

  it('gives no link to a deleted object, one without an id, or a kind without a page', () => {
    expect(objectLink(row('household', 'h1', null))).toBeNull();
    expect(objectLink(row('household', null))).toBeNull();
    expect(objectLink(row('pairing', 'x1'))).toBeNull();
  });
});
