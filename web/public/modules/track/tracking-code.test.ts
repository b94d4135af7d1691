import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACKING_ALPHABET } from '../../cases';
import { cleanTrackingInput, isTrackingCode, trackingCandidates } from './tracking-code';

describe('tracking code input', () => {
  it('takes lower case, spaces, dashes and full-width characters', () => {
    expect(cleanTrackingInput(' abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(cleanTrackingInput('ＡＢＣＤＥ　２３４５６')).toBe('ABCDE23456');
    expect(trackingCandidates('abcde fghjk')).toEqual(['ABCDEFGHJK']);
  });

  it('reads 0/O and 1/I as the letters a code has instead', () => {
    expect(trackingCandidates('ABCDE2345O')).toEqual(['ABCDE2345D', 'ABCDE2345Q']);
    expect(trackingCandidates('0BCDE23451')).toEqual([
      'DBCDE2345L',
      'DBCDE2345J',
      'DBCDE2345T',
      'QBCDE2345L',
      'QBCDE2345J',
      'QBCDE2345T',
    ]);
    // too many readings: only the most likely one, never a guessing spree
    expect(trackingCandidates('OOOOO11111')).toEqual(['DDDDDLLLLL']);
  });

  it('gives nothing for input that cannot be a code', () => {
    expect(trackingCandidates('')).toEqual([]);
    expect(trackingCandidates('ABC')).toEqual([]);
    expect(trackingCandidates('ABCDEFGHJKL')).toEqual([]);
    expect(trackingCandidates('ABCDE2345中')).toEqual([]);
  });

  it('leaves every valid code as it is, and only ever proposes valid codes', () => {
    const code = fc.stringMatching(/^[2-9A-HJ-NP-Z]{10}$/);
    fc.assert(
      fc.property(code, (c) => {
        expect(trackingCandidates(c.toLowerCase())).toEqual([c]);
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 10, maxLength: 12 }), (s) => {
        for (const c of trackingCandidates(s)) expect(isTrackingCode(c)).toBe(true);
      }),
    );
    expect([...TRACKING_ALPHABET].every((c) => isTrackingCode(c.repeat(10)))).toBe(true);
  });
});
