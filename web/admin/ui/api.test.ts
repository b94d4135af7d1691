import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition, toQueryString } from './api';

describe('toQueryString', () => {
  it('leaves out empty values', () => {
    expect(toQueryString({ q: '张', page: 1, orgId: undefined, rank: null, leading: false })).toBe(
      `?q=${encodeURIComponent('张')}&page=1&leading=false`,
    );
    expect(toQueryString({ q: '' })).toBe('');
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 file name', () => {
    const header = `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('干部名单.xlsx')}`;
    expect(fileNameFromDisposition(header)).toBe('干部名单.xlsx');
  });

  it('falls back to the plain file name, or null', () => {
    expect(fileNameFromDisposition('attachment; filename="orgs.xlsx"')).toBe('orgs.xlsx');
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
