import { describe, expect, it } from 'vitest';
import { isOfflineReadable } from './offlineApi';

const at = (path: string, sameOrigin = true) =>
  isOfflineReadable({ url: new URL(path, 'http://tiexin.test'), sameOrigin });

describe('isOfflineReadable', () => {
  it('keeps what 我的本月 and 登记走访 need', () => {
    for (const path of [
      '/api/auth/me',
      '/api/compliance/me?month=2014-06',
      '/api/compliance/calendar?cadreId=c1&from=2014-06-01&to=2014-06-30',
      '/api/campaigns?page=1&pageSize=100',
      '/api/orgs?page=1&pageSize=200',
      '/api/contact-points?page=1&pageSize=200',
      '/api/households?contactPointId=p1&active=true&page=1&pageSize=200',
    ]) {
      expect(at(path), path).toBe(true);
    }
  });

  it('keeps nothing else: the 住户 list, its searches, single households, other endpoints', () => {
    for (const path of [
      '/api/households?page=1&pageSize=20',
      '/api/households?contactPointId=p1&q=%E5%BC%A0',
      '/api/households?contactPointId=p1&duplicateIdNumber=true',
      '/api/households/h1?reveal=true',
      '/api/cadres?page=1',
      '/api/visits?month=2014-06',
      '/api/audit',
      '/api/notifications',
      '/api/auth/me/extra',
      '/public/track/ABC',
    ]) {
      expect(at(path), path).toBe(false);
    }
  });

  it('keeps nothing from another origin', () => {
    expect(at('/api/auth/me', false)).toBe(false);
  });

  it('uses nothing from outside its own body (workbox copies its source into sw.js)', () => {
    // rebuilt from its text alone, as in the service worker, it still answers the same
    const copy = new Function(
      `return (${isOfflineReadable.toString()})`,
    )() as typeof isOfflineReadable;
    const url = new URL('http://tiexin.test/api/households?contactPointId=p1&active=true');
    expect(copy({ url, sameOrigin: true })).toBe(true);
    expect(copy({ url: new URL('http://tiexin.test/api/cadres'), sameOrigin: true })).toBe(false);
  });
});
