import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { applyFieldErrors, fieldErrors, inRange, queryFieldError, RANGE_FIELDS } from './forms';

const reversed = (where: 'body' | 'querystring') =>
  new ApiError(400, 'VALIDATION', '输入有误', [
    { field: `${where}.endDate`, message: '结束日期不能早于开始日期' },
    { field: `${where}.to`, message: '结束日期不能早于开始日期' },
  ]);

describe('inRange', () => {
  it('is a form rule that refuses out of range in words (instead of clamping)', () => {
    expect(inRange(0, 27)).toEqual({
      type: 'number',
      min: 0,
      max: 27,
      message: '应在 0 到 27 之间',
    });
  });
});

describe('applyFieldErrors', () => {
  const fakeForm = (values: object) => {
    const set: unknown[] = [];
    const form = {
      getFieldsValue: () => values,
      setFields: (fields: unknown[]) => set.push(...fields),
    } as unknown as FormInstance;
    return { form, set };
  };

  it("puts a period's end error under its RangePicker field", () => {
    const { form, set } = fakeForm({ name: 'x', dates: [] });
    expect(applyFieldErrors(form, reversed('body'), RANGE_FIELDS)).toBe(true);
    expect(set).toEqual([{ name: 'dates', errors: ['结束日期不能早于开始日期'] }]);
  });

  it('without the alias the error is not under any field (the caller shows it generally)', () => {
    const { form } = fakeForm({ name: 'x', dates: [] });
    expect(applyFieldErrors(form, reversed('body'))).toBe(false);
  });
});

describe('fieldErrors', () => {
  const invalid = new ApiError(400, 'VALIDATION', '输入有误', [
    { field: 'body.phone', message: '电话应为 11 位手机号' },
    { field: 'body.members.0.name', message: '请输入姓名' },
    { field: 'body.endDate', message: '结束日期不能早于开始日期' },
    { field: 'body.secret', message: '不在表单里' },
  ]);

  it("maps the API's 400 details onto the form's fields, a nested one onto its top field", () => {
    expect(fieldErrors(invalid, new Set(['phone', 'members', 'dates']), RANGE_FIELDS)).toEqual([
      { name: 'phone', errors: ['电话应为 11 位手机号'] },
      { name: 'members', errors: ['请输入姓名'] },
      { name: 'dates', errors: ['结束日期不能早于开始日期'] },
    ]);
  });

  it("leaves out fields the form does not have, and errors that are not the API's", () => {
    expect(fieldErrors(invalid, new Set(['name']))).toEqual([]);
    expect(fieldErrors(new Error('网络'), new Set(['phone']))).toEqual([]);
  });
});

describe('queryFieldError', () => {
  it("finds the server's message on a filter's query field", () => {
    expect(queryFieldError(reversed('querystring'), 'from', 'to')).toBe('结束日期不能早于开始日期');
    expect(queryFieldError(reversed('querystring'), 'q')).toBeUndefined();
    expect(queryFieldError(new Error('x'), 'to')).toBeUndefined();
  });
});
