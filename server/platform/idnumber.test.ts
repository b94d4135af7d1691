import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberCheckChar, maskIdNumber, maskPhone } from './idnumber.ts';

describe('GB 11643 ID numbers', () => {
  it('accepts valid numbers, including the X check character', () => {
    // the standard's worked example
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(checkIdNumber('11010519491231002X')).toBeNull();
    expect(checkIdNumber('11010519491231002x')).toBeNull();
    const first17 = '36030219800101123';
    expect(checkIdNumber(first17 + idNumberCheckChar(first17))).toBeNull();
  });

  it('names the problem of an invalid number', () => {
    expect(checkIdNumber('110105194912310021')).toBe('checksum');
    expect(checkIdNumber('1101051949123100')).toBe('format');
    expect(checkIdNumber('11010519491231002Y')).toBe('format');
    const feb30 = '36030219800230123';
    expect(checkIdNumber(feb30 + idNumberCheckChar(feb30))).toBe('birthdate');
    const future = '36030230000101123';
    expect(checkIdNumber(future + idNumberCheckChar(future))).toBe('birthdate');
  });

  it('masks the birth date and the middle of a phone number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber(null)).toBeNull();
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
