import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../types/audit';
import { objectLink } from './objectLink';

const row = (entity: string, entityId: string | null, name: string | null = '名') =>
  ({
    entity,
    entityId,
    object: name === null ? { name: null, campaignId: null } : { name, campaignId: 'c1' },
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
  });

  it('gives no link to a deleted object, one without an id, or a kind without a page', () => {
    expect(objectLink(row('household', 'h1', null))).toBeNull();
    expect(objectLink(row('household', null))).toBeNull();
    expect(objectLink(row('cadre', 'x1'))).toBeNull();
  });
});
