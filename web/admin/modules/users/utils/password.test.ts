import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../i18n/zh-CN';
import { statusOf } from '../types/user';
import { passwordProblem } from './password';

describe('passwordProblem', () => {
  it('accepts 8+ characters with a letter and a digit', () => {
    expect(passwordProblem('secret123')).toBeNull();
    expect(passwordProblem('12345678a')).toBeNull();
  });

  it('names the first problem in Chinese', () => {
    expect(passwordProblem('abc123')).toBe(zhCN.users.passwordTooShort);
    expect(passwordProblem('12345678')).toBe(zhCN.users.passwordNeedsLetter);
    expect(passwordProblem('abcdefgh')).toBe(zhCN.users.passwordNeedsDigit);
  });
});

describe('statusOf', () => {
  it('puts disabled before locked', () => {
    expect(statusOf({ locked: false, disabled: false })).toBe('normal');
    expect(statusOf({ locked: true, disabled: false })).toBe('locked');
    expect(statusOf({ locked: true, disabled: true })).toBe('disabled');
  });
});
